// The baseline of the ingest benchmark (bench/run-ingest.sh): a bare QHttpServer that parses each
// webhook body as JSON and answers 200 (400 when the body is not a JSON object), storing nothing
// and checking no token. Eventwatch's durable ingest is measured against it with the same wrk
// script.
//
// Usage: bench_bare_server PORT   (0 picks a free port; the "listening on" line names it)
// Exits with 0 on SIGTERM or SIGINT.

#include "TerminationSignals.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cstdio>

namespace {

QHttpServerResponse handleDelivery(const QHttpServerRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   QByteArrayLiteral(R"({"error":"body is not a JSON object"})"),
                                   QHttpServerResponse::StatusCode::BadRequest);
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QByteArrayLiteral(R"({"status":"ok"})"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments();
    bool portOk = false;
    const uint requestedPort = arguments.size() == 2 ? arguments.at(1).toUInt(&portOk) : 0;
    if (!portOk || requestedPort > 65535) {
        std::fprintf(stderr, "usage: bench_bare_server PORT\n");
        return 2;
    }

    const TerminationSignals terminationSignals;
    if (!terminationSignals.installed()) {
        std::perror("bench_bare_server: cannot install signal handlers");
        return 1;
    }

    QHttpServer server;
    // Qt 6.4's route() needs a callable object (it inspects operator()), not a plain function.
    server.route(QStringLiteral("/webhooks/mighty-networks"), QHttpServerRequest::Method::Post,
                 [](const QHttpServerRequest &request) { return handleDelivery(request); });

    const quint16 port =
        server.listen(QHostAddress::LocalHost, static_cast<quint16>(requestedPort));
    if (port == 0) {
        std::fprintf(stderr, "bench_bare_server: cannot listen on 127.0.0.1:%u\n", requestedPort);
        return 1;
    }
    std::fprintf(stderr, "listening on http://127.0.0.1:%u/webhooks/mighty-networks\n",
                 static_cast<unsigned>(port));
    std::fflush(stderr);

    return QCoreApplication::exec();
}
