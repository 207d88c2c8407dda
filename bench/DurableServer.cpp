// The durable baseline of the ingest benchmark (bench/run-ingest.sh): the bare server's QHttpServer
// and JSON parsing, plus the least a receiver that answers 200 only for a synced delivery must do:
// each body is inserted, unique by its event_id, into one SQLite table (DurableBaselineStore, on
// its own thread, group commit, synchronous=FULL), and answered after its commit returned. No
// token, no bounds, no classification: what it measures is the machine's durable floor.
//
// Usage: bench_durable_server PORT DATABASE_FILE   (the "listening on" line names the port)
// Exits with 0 on SIGTERM or SIGINT.

#include "BenchServerStartup.h"
#include "DurableBaselineStore.h"
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <map>
#include <optional>

namespace {

// A client may close its connection while its delivery commits; Qt 6.4 then deletes the socket
// that the responder still points to, so the answer checks the socket first.
struct WaitingAnswer
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
};

void answer(QHttpServerResponder &responder, QHttpServerResponder::StatusCode status,
            const QByteArray &json)
{
    responder.write(json, QByteArrayLiteral("application/json"), status);
}

void answerCommitted(WaitingAnswer &waiting, bool durable)
{
    if (!waiting.socket || waiting.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client has gone
    if (durable)
        answer(waiting.responder, QHttpServerResponder::StatusCode::Ok,
               QByteArrayLiteral(R"({"status":"stored"})"));
    else
        answer(waiting.responder, QHttpServerResponder::StatusCode::ServiceUnavailable,
               QByteArrayLiteral(R"({"error":"not stored"})"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments();
    const std::optional<quint16> port = BenchServerStartup::portArgument(arguments, 3);
    if (!port) {
        std::fprintf(stderr, "usage: bench_durable_server PORT DATABASE_FILE\n");
        return 2;
    }
    const TerminationSignals terminationSignals;
    if (!terminationSignals.installed()) {
        std::perror("bench_durable_server: cannot install signal handlers");
        return 1;
    }

    auto *store = new DurableBaselineStore;
    QString error;
    if (!store->open(arguments.at(2), &error)) {
        std::fprintf(stderr, "bench_durable_server: cannot open %s: %s\n",
                     qPrintable(arguments.at(2)), qPrintable(error));
        delete store;
        return 1;
    }
    QThread storeThread;
    store->moveToThread(&storeThread);
    QObject::connect(&storeThread, &QThread::finished, store, &QObject::deleteLater);
    storeThread.start();

    QHttpServer server;
    quint64 nextTicket = 0;
    std::map<quint64, WaitingAnswer> waiting;
    server.route(QLatin1String(BenchServerStartup::WebhookPath), QHttpServerRequest::Method::Post,
                 [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     const QJsonDocument document = QJsonDocument::fromJson(request.body());
                     const QString eventId =
                         document.object().value(QLatin1String("event_id")).toString();
                     if (eventId.isEmpty()) {
                         answer(responder, QHttpServerResponder::StatusCode::BadRequest,
                                QByteArrayLiteral(R"({"error":"no event_id"})"));
                         return;
                     }
                     const quint64 ticket = nextTicket++;
                     QTcpSocket *socket = responder.socket();
                     waiting.emplace(ticket, WaitingAnswer{std::move(responder), socket});
                     store->enqueue(ticket, eventId.toUtf8(), request.body());
                 });
    QObject::connect(store, &DurableBaselineStore::committed, &server,
                     [&](const QList<quint64> &tickets, bool durable) {
                         for (const quint64 ticket : tickets) {
                             const auto found = waiting.find(ticket);
                             answerCommitted(found->second, durable);
                             waiting.erase(found);
                         }
                     });

    if (!BenchServerStartup::listenAndAnnounce(server, *port, "bench_durable_server")) {
        storeThread.quit();
        storeThread.wait();
        return 1;
    }

    const int status = QCoreApplication::exec();
    storeThread.quit();
    storeThread.wait();
    return status;
}
