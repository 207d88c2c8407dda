#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Reads the answer of an ngrok agent's local API (GET /api/tunnels): which of its tunnels
// forwards to Eventwatch. Pure: JSON in, URL out.
class NgrokTunnelList final
{
public:
    // The public URL of the tunnel whose config.addr points at port on this machine, https
    // preferred; empty when the agent runs no such tunnel. error is set when json is not an
    // answer of the API at all.
    static QUrl publicUrlFor(const QByteArray &json, quint16 port, QString *error = nullptr);
    // Whether an ngrok addr ("http://localhost:8765", "localhost:8765", "127.0.0.1:8765",
    // "8765") forwards to port on this machine.
    static bool addressPointsAt(const QString &addr, quint16 port);
};
