#include "HeadlessRunner.h"

#include "ConsoleOutput.h"
#include "UnixSignalWatcher.h"
#include "http/ReceiverService.h"
#include "http/WebhookServer.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenKeychain.h"
#include "tunnel/TunnelController.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int HeadlessRunner::run(ReceiverConfig config, CommandLine::TokenSource tokenSource,
                        TunnelProvider tunnelProvider)
{
    // Signals are caught from before the receiver starts, so a stop request right after the
    // listening line still shuts down cleanly.
    UnixSignalWatcher signals({SIGINT, SIGTERM});
    QString error;
    if (tokenSource == CommandLine::TokenSource::Keychain) {
        config.token = keychainToken(config.dataDir, &error);
        if (config.token.isEmpty())
            return ConsoleOutput::fail(error);
        if (config.feedToken.isEmpty())
            config.feedToken = keychainFeedToken(config.dataDir);
    }
    // The feed's token travels in the address a calendar keeps, and ends up in its logs.
    if (!config.feedToken.isEmpty() && config.feedToken == config.token)
        return ConsoleOutput::fail(QCoreApplication::translate(
            "HeadlessRunner", "the calendar feed's token must differ from the webhook token"));
    // The receiver's threads have no use for GLib's event loop, which only adds cost to every
    // delivery. The keychain does need it (libsecret runs on it), so the main thread keeps it;
    // each thread picks its event loop from the environment when it starts.
    qputenv("QT_NO_GLIB", "1");
    ReceiverService receiver(config);
    if (!receiver.start(&error))
        return ConsoleOutput::fail(error);
    ConsoleOutput::printLine(stderr, QStringLiteral("listening on %1").arg(receiver.webhookUrl()));
    TunnelController tunnel;
    announceTunnel(tunnel);
    tunnel.start(tunnelProvider, receiver.port());
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, qApp, [&receiver, &tunnel] {
        tunnel.stop();
        receiver.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

void HeadlessRunner::announceTunnel(TunnelController &tunnel)
{
    QObject::connect(&tunnel, &TunnelController::publicUrlChanged, &tunnel, [](const QUrl &url) {
        if (!url.isEmpty())
            ConsoleOutput::printLine(
                stderr,
                QStringLiteral("public URL: %1%2").arg(url.toString(), WebhookServer::WebhookPath));
    });
    QObject::connect(
        &tunnel, &TunnelController::stateChanged, &tunnel,
        [&tunnel](TunnelController::State state) {
            if (state != TunnelController::State::Down)
                return;
            // Asking for ngrok on the command line is the request to start it.
            if (tunnel.canStartNgrok()) {
                ConsoleOutput::printLine(stderr, QCoreApplication::translate(
                                                     "HeadlessRunner", "tunnel: starting ngrok"));
                tunnel.startNgrok();
                return;
            }
            ConsoleOutput::printLine(
                stderr,
                QCoreApplication::translate("HeadlessRunner", "tunnel: %1").arg(tunnel.reason()));
        });
}

// The feed is optional: without its token the receiver runs and /calendar.ics answers 404.
QByteArray HeadlessRunner::keychainFeedToken(const QString &dataDir)
{
    SecretStore store;
    const SecretResult result = TokenKeychain(store, dataDir, TokenKeychain::FeedToken).loadNow();
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        ConsoleOutput::printLine(
            stderr, QCoreApplication::translate("HeadlessRunner", "the calendar feed is off: %1")
                        .arg(result.message()));
    return result.ok() ? result.secret : QByteArray();
}

QByteArray HeadlessRunner::keychainToken(const QString &dataDir, QString *error)
{
    SecretStore store;
    const SecretResult result = TokenKeychain(store, dataDir).loadNow();
    if (result.ok())
        return result.secret;
    *error = result.status == SecretResult::Status::NotFound ? TokenKeychain::notSetMessage(dataDir)
                                                             : result.message();
    return {};
}
