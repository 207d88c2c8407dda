#include "tunnel/NgrokTunnelList.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isThisMachine(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::Any
           || address == QHostAddress::AnyIPv6;
}

} // namespace

bool NgrokTunnelList::addressPointsAt(const QString &addr, quint16 port)
{
    const QString trimmed = addr.trimmed();
    if (trimmed.isEmpty())
        return false;
    bool numeric = false;
    const uint bare = trimmed.toUInt(&numeric);
    if (numeric)
        return bare == port;
    // "localhost:8765" parses as scheme "localhost": give it one so QUrl reads host and port.
    const QUrl url = QUrl(trimmed.contains("://"_L1) ? trimmed : "http://"_L1 + trimmed);
    if (!url.isValid() || url.port() < 0)
        return false;
    return url.port() == port && isThisMachine(url.host());
}

QUrl NgrokTunnelList::publicUrlFor(const QByteArray &json, quint16 port, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue tunnels = document.object().value("tunnels"_L1);
    if (parseError.error != QJsonParseError::NoError || !tunnels.isArray()) {
        if (error)
            *error = QStringLiteral("not an ngrok API answer");
        return {};
    }
    QUrl found;
    for (const QJsonValue &tunnel : tunnels.toArray()) {
        const QJsonObject object = tunnel.toObject();
        const QString addr = object.value("config"_L1).toObject().value("addr"_L1).toString();
        const QUrl url(object.value("public_url"_L1).toString(), QUrl::StrictMode);
        if (!addressPointsAt(addr, port) || !url.isValid() || url.host().isEmpty())
            continue;
        if (url.scheme() == "https"_L1)
            return url;
        if (url.scheme() == "http"_L1 && found.isEmpty())
            found = url;
    }
    return found;
}
