// The baseline of the ingest benchmark (bench/run-ingest.sh): a bare QHttpServer that parses each
// webhook body as JSON and answers 200 (400 when the body is not a JSON object), storing nothing
// and checking no token. Eventwatch's durable ingest is measured against it with the same wrk
// script.
//
// Usage: bench_bare_server PORT   (0 picks a free port; the "listening on" line names it)
// Exits with 0 on SIGTERM or SIGINT.

#include "BenchServerStartup.h"
#include "TerminationSignals.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <optional>

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

    const std::optional<quint16> port =
        BenchServerStartup::portArgument(QCoreApplication::arguments(), 2);
    if (!port) {
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
    server.route(QLatin1String(BenchServerStartup::WebhookPath), QHttpServerRequest::Method::Post,
                 [](const QHttpServerRequest &request) { return handleDelivery(request); });

    if (!BenchServerStartup::listenAndAnnounce(server, *port, "bench_bare_server"))
        return 1;
    return QCoreApplication::exec();
}
