#include "TokenCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "secrets/SecretStore.h"
#include "secrets/TokenKeychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView DataDirOption("data-dir");
constexpr QLatin1StringView ReplaceOption("replace");
constexpr QLatin1StringView FeedOption("feed");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The first line of standard input, without its line end and surrounding white space.
QByteArray readTokenFromStandardInput()
{
    if (isatty(STDIN_FILENO))
        ConsoleOutput::printLine(stderr, QCoreApplication::translate(
                                             "TokenCommand", "Paste the token, then press Enter:"));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return input.readLine(TokenKeychain::MaxTokenBytes + 2).trimmed();
}

} // namespace

int TokenCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOption(
        {QString(DataDirOption),
         QCoreApplication::translate("TokenCommand", "The data directory whose token is meant "
                                                     "(default: %1).")
             .arg(CommandLine::defaultDataDir()),
         QStringLiteral("dir")});
    parser.addOption({QString(ReplaceOption),
                      QCoreApplication::translate(
                          "TokenCommand", "generate: replace a token that is already set.")});
    parser.addOption({QString(FeedOption),
                      QCoreApplication::translate(
                          "TokenCommand", "The calendar feed's token instead of the webhook's.")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("generate|show|set|clear"));
    if (!parser.parse(QStringList{QStringLiteral("eventwatch token")} + arguments))
        return ConsoleOutput::fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(helpText(parser)), stdout);
        return ConsoleOutput::ExitSuccess;
    }
    const QStringList actions = parser.positionalArguments();
    if (actions.size() != 1)
        return ConsoleOutput::fail(QCoreApplication::translate(
            "TokenCommand",
            "give one of generate, show, set, clear (see `eventwatch token --help`)"));
    const QString dataDir =
        parser.isSet(DataDirOption) ? parser.value(DataDirOption) : CommandLine::defaultDataDir();
    if (dataDir.isEmpty())
        return ConsoleOutput::fail(
            QCoreApplication::translate("TokenCommand", "--data-dir must not be empty"));
    const QString action = actions.first();
    const Kind kind = parser.isSet(FeedOption) ? Kind::Feed : Kind::Webhook;
    if (action == QLatin1StringView("generate"))
        return generate(dataDir, kind, parser.isSet(ReplaceOption));
    if (action == QLatin1StringView("show"))
        return show(dataDir, kind);
    if (action == QLatin1StringView("set"))
        return set(dataDir, kind);
    if (action == QLatin1StringView("clear"))
        return clear(dataDir, kind);
    return ConsoleOutput::fail(
        QCoreApplication::translate("TokenCommand",
                                    "unknown token action '%1': use generate, show, set or clear")
            .arg(action));
}

QString TokenCommand::keyName(Kind kind)
{
    return kind == Kind::Feed ? TokenKeychain::FeedToken : TokenKeychain::WebhookToken;
}

int TokenCommand::generate(const QString &dataDir, Kind kind, bool replace)
{
    SecretStore store;
    const SecretResult existing = TokenKeychain(store, dataDir, keyName(kind)).loadNow();
    if (existing.ok() && !replace && kind == Kind::Feed)
        return ConsoleOutput::fail(
            QCoreApplication::translate(
                "TokenCommand",
                "a calendar feed token is already set for %1 and calendars may be subscribed with "
                "it; `eventwatch token show --feed` prints it, `eventwatch token generate --feed "
                "--replace` replaces it")
                .arg(nativePath(dataDir)));
    if (existing.ok() && !replace)
        return ConsoleOutput::fail(
            QCoreApplication::translate(
                "TokenCommand",
                "a webhook token is already set for %1 and Mighty Networks may be using it; "
                "`eventwatch token show` prints it, `eventwatch token generate --replace` replaces "
                "it")
                .arg(nativePath(dataDir)));
    if (!existing.ok() && existing.status != SecretResult::Status::NotFound)
        return ConsoleOutput::fail(existing.message());
    const QByteArray token = TokenKeychain::generate();
    const SecretResult stored = TokenKeychain(store, dataDir, keyName(kind)).storeNow(token);
    if (!stored.ok())
        return ConsoleOutput::fail(stored.message());
    if (kind == Kind::Feed) {
        QString told = QCoreApplication::translate("TokenCommand",
                                                   "Stored a new calendar feed token for %1 in the "
                                                   "system keychain. Subscribe to "
                                                   "<address>/calendar.ics?token=<token>.")
                           .arg(nativePath(dataDir));
        if (existing.ok())
            told += u' '
                    + QCoreApplication::translate(
                        "TokenCommand", "The previous subscription address no longer works.");
        ConsoleOutput::printLine(stderr, told);
    } else
        ConsoleOutput::printLine(stderr, QCoreApplication::translate(
                                             "TokenCommand",
                                             "Stored a new webhook token for %1 in the system "
                                             "keychain. Give it to Mighty Networks as the "
                                             "webhook's API key; `eventwatch token show` prints it "
                                             "again.")
                                             .arg(nativePath(dataDir)));
    ConsoleOutput::printLine(stdout, QString::fromLatin1(token));
    return ConsoleOutput::ExitSuccess;
}

int TokenCommand::show(const QString &dataDir, Kind kind)
{
    SecretStore store;
    const SecretResult result = TokenKeychain(store, dataDir, keyName(kind)).loadNow();
    if (result.status == SecretResult::Status::NotFound)
        return ConsoleOutput::fail(kind == Kind::Feed ? TokenKeychain::feedNotSetMessage(dataDir)
                                                      : TokenKeychain::notSetMessage(dataDir));
    if (!result.ok())
        return ConsoleOutput::fail(result.message());
    ConsoleOutput::printLine(stdout, QString::fromLatin1(result.secret));
    return ConsoleOutput::ExitSuccess;
}

int TokenCommand::set(const QString &dataDir, Kind kind)
{
    const QByteArray token = readTokenFromStandardInput();
    QString error;
    if (!TokenKeychain::isAcceptable(token, &error))
        return ConsoleOutput::fail(error);
    SecretStore store;
    // One secret for both would let whoever reads a calendar's URL post deliveries.
    const Kind other = kind == Kind::Feed ? Kind::Webhook : Kind::Feed;
    const SecretResult otherToken = TokenKeychain(store, dataDir, keyName(other)).loadNow();
    if (otherToken.ok() && otherToken.secret == token)
        return ConsoleOutput::fail(QCoreApplication::translate(
            "TokenCommand", "the webhook token and the calendar feed token must differ"));
    const SecretResult stored = TokenKeychain(store, dataDir, keyName(kind)).storeNow(token);
    if (!stored.ok())
        return ConsoleOutput::fail(stored.message());
    if (kind == Kind::Feed)
        ConsoleOutput::printLine(
            stderr,
            QCoreApplication::translate("TokenCommand", "Stored the calendar feed token for %1.")
                .arg(nativePath(dataDir)));
    else
        ConsoleOutput::printLine(
            stderr, QCoreApplication::translate("TokenCommand", "Stored the webhook token for %1.")
                        .arg(nativePath(dataDir)));
    return ConsoleOutput::ExitSuccess;
}

int TokenCommand::clear(const QString &dataDir, Kind kind)
{
    SecretStore store;
    const SecretResult removed = TokenKeychain(store, dataDir, keyName(kind)).clearNow();
    if (!removed.ok())
        return ConsoleOutput::fail(removed.message());
    if (kind == Kind::Feed)
        ConsoleOutput::printLine(
            stderr, QCoreApplication::translate("TokenCommand",
                                                "Removed the calendar feed token of %1: the feed "
                                                "answers 404 until a new one is set.")
                        .arg(nativePath(dataDir)));
    else
        ConsoleOutput::printLine(
            stderr, QCoreApplication::translate(
                        "TokenCommand", "Removed the webhook token of %1: deliveries are refused "
                                        "until a new one is set.")
                        .arg(nativePath(dataDir)));
    return ConsoleOutput::ExitSuccess;
}

QString TokenCommand::helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.replace(0, firstLineEnd,
                 QCoreApplication::translate(
                     "TokenCommand",
                     "Usage: eventwatch token generate|show|set|clear [--data-dir DIR]\n\n"
                     "The webhook token Mighty Networks sends as its API key, kept in the system "
                     "keychain.\n"
                     "  generate  create a random token, store it and print it (last line)\n"
                     "  show      print the stored token\n"
                     "  set       store a token read from standard input\n"
                     "  clear     remove the stored token")
                     + u"\n\n"_s
                     + QCoreApplication::translate(
                         "TokenCommand",
                         "With --feed, the same for the calendar feed's token: it opens "
                         "/calendar.ics?token=<token> for calendar applications and nothing "
                         "else."));
    return text;
}
