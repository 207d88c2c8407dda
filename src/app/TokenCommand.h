#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// `eventwatch token generate|show|set|clear [--feed] [--data-dir DIR]`: the webhook token of a
// data directory (or, with --feed, the token of its calendar feed), kept in the system keychain.
// Only `generate` and `show` write the token, and only to standard output; nothing here writes it
// to a file or a log.
class TokenCommand final
{
public:
    // arguments are the words after "token". Returns the process exit code: 0 on success, 1 with
    // a one-line reason on stderr otherwise.
    static int run(const QStringList &arguments);

private:
    // Which token an action is about: the two follow the same rules under different keys.
    enum class Kind { Webhook, Feed };

    static int generate(const QString &dataDir, Kind kind, bool replace);
    static int show(const QString &dataDir, Kind kind);
    static int set(const QString &dataDir, Kind kind);
    static int clear(const QString &dataDir, Kind kind);
    static QString keyName(Kind kind);
    static QString helpText(const QCommandLineParser &parser);
};
