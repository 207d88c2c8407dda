#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// `eventwatch token generate|show|set|clear [--data-dir DIR]`: the webhook token of a data
// directory, kept in the system keychain. Only `generate` and `show` write the token, and only
// to standard output; nothing here writes it to a file or a log.
class TokenCommand final
{
public:
    // arguments are the words after "token". Returns the process exit code: 0 on success, 1 with
    // a one-line reason on stderr otherwise.
    static int run(const QStringList &arguments);

private:
    static int generate(const QString &dataDir, bool replace);
    static int show(const QString &dataDir);
    static int set(const QString &dataDir);
    static int clear(const QString &dataDir);
    static QString helpText(const QCommandLineParser &parser);
};
