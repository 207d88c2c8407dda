#include "BenchServerStartup.h"

#include <QHostAddress>
#include <QHttpServer>

#include <cstdio>

namespace BenchServerStartup {

std::optional<quint16> portArgument(const QStringList &arguments, int argumentCount)
{
    if (arguments.size() != argumentCount)
        return std::nullopt;
    bool ok = false;
    const uint port = arguments.at(1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

bool listenAndAnnounce(QHttpServer &server, quint16 port, const char *program)
{
    const quint16 listening = server.listen(QHostAddress::LocalHost, port);
    if (listening == 0) {
        std::fprintf(stderr, "%s: cannot listen on 127.0.0.1:%u\n", program, unsigned(port));
        return false;
    }
    std::fprintf(stderr, "listening on http://127.0.0.1:%u%s\n", unsigned(listening), WebhookPath);
    std::fflush(stderr);
    return true;
}

} // namespace BenchServerStartup
