#include "tunnel/CloudflaredOutput.h"

#include <QRegularExpression>

QUrl CloudflaredOutput::quickTunnelUrl(const QString &line)
{
    // Only the address standing alone in a box line: error lines name
    // "https://api.trycloudflare.com/tunnel", which is not the tunnel.
    static const QRegularExpression address(
        QStringLiteral(
            R"(\|\s*(https://(?!api\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.trycloudflare\.com)/?\s*(?:\||$))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = address.match(line);
    return match.hasMatch() ? QUrl(match.captured(1).toLower()) : QUrl();
}

QString CloudflaredOutput::errorMessage(const QString &line)
{
    // cloudflared's console format: "2024-05-01T10:00:00Z ERR message key=value".
    static const QRegularExpression error(QStringLiteral(R"(^\S*\s*(?:ERR|FTL)\s+(.*)$)"));
    const QRegularExpressionMatch match = error.match(line.trimmed());
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}
