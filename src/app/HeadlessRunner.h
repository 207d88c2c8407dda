#pragma once

#include "CommandLine.h"
#include "http/ReceiverConfig.h"

// Runs the receiver without a window until SIGINT or SIGTERM.
class HeadlessRunner final
{
public:
    // Needs a QCoreApplication. With a keychain token source, the token is read from the
    // keychain first, and the calendar feed's token when one is set. Returns the exit code: 0 after
    // a signal, 1 when there is no token or the receiver cannot start (the reason is printed on one
    // line).
    static int run(ReceiverConfig config, CommandLine::TokenSource tokenSource);

private:
    static QByteArray keychainToken(const QString &dataDir, QString *error);
    static QByteArray keychainFeedToken(const QString &dataDir);
};
