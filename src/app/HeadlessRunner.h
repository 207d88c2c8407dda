#pragma once

#include "CommandLine.h"
#include "http/ReceiverConfig.h"
#include "tunnel/TunnelProvider.h"

class TunnelController;

// Runs the receiver without a window until SIGINT or SIGTERM.
class HeadlessRunner final
{
public:
    // Needs a QCoreApplication. With a keychain token source, the token is read from the
    // keychain first, and the calendar feed's token when one is set. Returns the exit code: 0 after
    // a signal, 1 when there is no token or the receiver cannot start (the reason is printed on one
    // line). With a tunnel, its public webhook URL is printed once known (and again when it
    // changes), its failures as one line.
    static int run(ReceiverConfig config, CommandLine::TokenSource tokenSource,
                   TunnelProvider tunnel = TunnelProvider::None);

private:
    static QByteArray keychainToken(const QString &dataDir, QString *error);
    static QByteArray keychainFeedToken(const QString &dataDir);
    static void announceTunnel(TunnelController &tunnel);
};
