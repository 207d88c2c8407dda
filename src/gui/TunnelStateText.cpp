#include "TunnelStateText.h"

#include "tunnel/TunnelController.h"

QString TunnelStateText::brief(TunnelProvider provider, const TunnelController &tunnel,
                               const QUrl &manualUrl)
{
    if (provider == TunnelProvider::None)
        return manualUrl.isEmpty() ? tr("No public URL") : tr("Public URL set by hand");
    const QString tool = TunnelController::programName(provider);
    switch (tunnel.state()) {
    case TunnelController::State::Off:
        return tr("%1: off (the receiver is not running)").arg(tool);
    case TunnelController::State::Starting:
        return tr("%1: starting…").arg(tool);
    case TunnelController::State::Up:
        return tr("%1: up").arg(tool);
    case TunnelController::State::Down:
        return tr("%1: down (%2)").arg(tool, tunnel.reason());
    }
    return {};
}

QString TunnelStateText::detailed(TunnelProvider provider, const TunnelController &tunnel,
                                  const QUrl &manualUrl)
{
    if (provider == TunnelProvider::None)
        return manualUrl.isEmpty()
                   ? tr("No public URL yet: until you enter one, Mighty Networks cannot reach "
                        "Eventwatch, and the address shown is only reachable from this computer.")
                   : tr("Mighty Networks posts to the address you entered; make sure it forwards "
                        "to this computer's receiver.");
    const QString tool = TunnelController::programName(provider);
    switch (tunnel.state()) {
    case TunnelController::State::Off:
        return tr("%1 starts once the receiver runs.").arg(tool);
    case TunnelController::State::Starting:
        return tr("%1 is starting: %2…").arg(tool, tunnel.reason());
    case TunnelController::State::Up:
        return tr("%1 is up at %2.").arg(tool, tunnel.publicUrl().toString());
    case TunnelController::State::Down:
        return tr("%1 is down: %2.").arg(tool, tunnel.reason());
    }
    return {};
}
