#include "CommandLine.h"

#include "secrets/TokenFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

namespace {

constexpr qint64 MaxBodyCeiling = 64 * 1024 * 1024;

struct Options
{
    QCommandLineOption headless{
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Run the receiver without a window.")};
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep the database in <dir> (default: %1).")
            .arg(CommandLine::defaultDataDir()),
        QStringLiteral("dir")};
    QCommandLineOption bind{QStringLiteral("bind"),
                            QCoreApplication::translate(
                                "CommandLine", "Listen on address <addr> (default: 127.0.0.1)."),
                            QStringLiteral("addr")};
    QCommandLineOption port{
        QStringLiteral("port"),
        QCoreApplication::translate("CommandLine",
                                    "Listen on port <n> (default: %1; 0 picks a free one).")
            .arg(ReceiverConfig::DefaultPort),
        QStringLiteral("n")};
    QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QCoreApplication::translate(
            "CommandLine", "Read the webhook token from <file> (must not be readable by others) "
                           "instead of the system keychain."),
        QStringLiteral("file")};
    QCommandLineOption feedTokenFile{
        QStringLiteral("feed-token-file"),
        QCoreApplication::translate(
            "CommandLine", "With --headless: read the calendar feed's token from <file> (must not "
                           "be readable by others) instead of the system keychain."),
        QStringLiteral("file")};
    QCommandLineOption maxBody{
        QStringLiteral("max-body"),
        QCoreApplication::translate("CommandLine",
                                    "Refuse bodies larger than <bytes> (default: %1).")
            .arg(ReceiverConfig::DefaultMaxBodyBytes),
        QStringLiteral("bytes")};
    QCommandLineOption tunnel{
        QStringLiteral("tunnel"),
        QCoreApplication::translate("CommandLine",
                                    "With --headless: put the receiver on a public address with "
                                    "<tool>: ngrok, cloudflared or none (default: none)."),
        QStringLiteral("tool")};
    QCommandLineOption noAuth{
        QStringLiteral("no-auth"),
        QCoreApplication::translate(
            "CommandLine", "Accept deliveries without a token (only on a loopback address).")};
};

CommandLine::Result failure(const QString &error)
{
    CommandLine::Result result;
    result.action = CommandLine::Action::Fail;
    result.error = error;
    return result;
}

std::optional<QHostAddress> parseBindAddress(const QString &text)
{
    if (text.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

// The usage line names the program as it is called from PATH, not by the path it was started
// from (which is what the parser takes from the application's arguments).
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QString started = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                         : QStringLiteral("<executable_name>");
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0)
        text.replace(at, started.size(), QStringLiteral("eventwatch"));
    return text;
}

} // namespace

QString CommandLine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Receives Mighty Networks webhooks and shows the scheduled events.\n\n"
                       "Other commands:\n"
                       "  eventwatch export --help   Write the stored events as CSV, JSON or "
                       "NDJSON.\n"
                       "  eventwatch token --help    Generate, show, set or clear the webhook "
                       "token in the system keychain."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    parser.addOptions({options.headless, options.dataDir, options.bind, options.port,
                       options.tokenFile, options.feedTokenFile, options.maxBody, options.noAuth,
                       options.tunnel});
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(help)) {
        Result result;
        result.action = Action::ShowHelp;
        result.helpText = helpText(parser);
        return result;
    }
    if (parser.isSet(version)) {
        Result result;
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(
            QCoreApplication::translate("CommandLine", "unknown command: %1 (see --help)")
                .arg(parser.positionalArguments().first()));

    Result result;
    result.action = parser.isSet(options.headless) ? Action::RunHeadless : Action::RunWindow;
    ReceiverConfig &config = result.config;
    config.dataDir =
        parser.isSet(options.dataDir) ? parser.value(options.dataDir) : defaultDataDir();
    if (config.dataDir.isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--data-dir must not be empty"));
    result.bindGiven = parser.isSet(options.bind);
    result.portGiven = parser.isSet(options.port);
    result.maxBodyGiven = parser.isSet(options.maxBody);
    if (parser.isSet(options.bind)) {
        const std::optional<QHostAddress> address = parseBindAddress(parser.value(options.bind));
        if (!address)
            return failure(
                QCoreApplication::translate("CommandLine", "--bind: %1 is not an IP address")
                    .arg(parser.value(options.bind)));
        config.bindAddress = *address;
    }
    if (parser.isSet(options.port)) {
        bool ok = false;
        const uint port = parser.value(options.port).toUInt(&ok);
        if (!ok || port > 65535)
            return failure(QCoreApplication::translate("CommandLine",
                                                       "--port: %1 is not a port number (0-65535)")
                               .arg(parser.value(options.port)));
        config.port = quint16(port);
    }
    if (parser.isSet(options.maxBody)) {
        bool ok = false;
        const qint64 bytes = parser.value(options.maxBody).toLongLong(&ok);
        if (!ok || bytes < 1 || bytes > MaxBodyCeiling)
            return failure(QCoreApplication::translate(
                               "CommandLine", "--max-body: give a number of bytes from 1 to %1")
                               .arg(MaxBodyCeiling));
        config.maxBodyBytes = bytes;
    }
    if (parser.isSet(options.tunnel)) {
        const std::optional<TunnelProvider> tunnel =
            TunnelProviderName::parse(QLatin1StringView(parser.value(options.tunnel).toLatin1()));
        if (!tunnel)
            return failure(QCoreApplication::translate(
                               "CommandLine", "--tunnel: %1 is not ngrok, cloudflared or none")
                               .arg(parser.value(options.tunnel)));
        if (result.action != Action::RunHeadless && *tunnel != TunnelProvider::None)
            return failure(QCoreApplication::translate(
                "CommandLine", "--tunnel is for --headless; the window sets the tunnel in "
                               "Settings (Ctrl+,)"));
        result.tunnel = *tunnel;
    }
    config.allowNoAuth = parser.isSet(options.noAuth);
    if (config.allowNoAuth && parser.isSet(options.tokenFile))
        return failure(QCoreApplication::translate(
            "CommandLine", "--no-auth and --token-file exclude each other"));
    if (config.allowNoAuth && !config.bindAddress.isLoopback())
        return failure(QCoreApplication::translate(
                           "CommandLine",
                           "--no-auth is refused on %1: without a token only a loopback "
                           "address may be used")
                           .arg(config.bindAddress.toString()));
    if (parser.isSet(options.tokenFile)) {
        QString error;
        result.tokenSource = TokenSource::File;
        result.tokenFile = parser.value(options.tokenFile);
        config.token = TokenFile::read(result.tokenFile, &error);
        if (config.token.isEmpty())
            return failure(error);
    } else if (config.allowNoAuth) {
        result.tokenSource = TokenSource::None;
    }
    if (parser.isSet(options.feedTokenFile)) {
        if (result.action != Action::RunHeadless)
            return failure(QCoreApplication::translate(
                "CommandLine", "--feed-token-file is for --headless; the window keeps the feed "
                               "token in the keychain (Settings, Calendar feed)"));
        QString error;
        result.feedTokenFile = parser.value(options.feedTokenFile);
        config.feedToken = TokenFile::read(result.feedTokenFile, &error);
        if (config.feedToken.isEmpty())
            return failure(error);
    }
    return result;
}
