#pragma once

#include "tunnel/TunnelProvider.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class TunnelController;

// How the window names the public address's state, in the status bar and in Settings: which
// tunnel, and whether it is starting, up or down (and why).
class TunnelStateText final
{
    Q_DECLARE_TR_FUNCTIONS(TunnelStateText)

public:
    // One short line for the status bar.
    static QString brief(TunnelProvider provider, const TunnelController &tunnel,
                         const QUrl &manualUrl);
    // A sentence or two for the Settings page.
    static QString detailed(TunnelProvider provider, const TunnelController &tunnel,
                            const QUrl &manualUrl);
};
