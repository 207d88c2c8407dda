#pragma once

#include <QString>
#include <QUrl>

// Reads the lines cloudflared logs while it opens a quick tunnel: the boxed banner that names the
// https://….trycloudflare.com address, and the error lines worth showing when it fails.
class CloudflaredOutput final
{
public:
    // The quick-tunnel address in a line of the banner ("|  https://x-y-z.trycloudflare.com  |"),
    // or an empty URL.
    static QUrl quickTunnelUrl(const QString &line);
    // The message of an error line ("… ERR failed to …", "… FTL …"), without the timestamp
    // and level; empty for other lines.
    static QString errorMessage(const QString &line);
};
