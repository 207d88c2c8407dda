#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

// Fetches avatars and event images for display, through a disk cache so that looking at an
// event again costs no network. The URLs come from webhook payloads, i.e. from strangers, so
// only http and https are fetched (redirects included), a download is aborted past
// MaxDownloadBytes or after the timeout, and an image is decoded only if its dimensions are
// sane. Lives on the GUI thread (it hands out QPixmaps).
class AvatarCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarCache)

public:
    static constexpr qint64 MaxDownloadBytes = 2 * 1024 * 1024;
    static constexpr qint64 MaxDiskCacheBytes = 50 * 1024 * 1024;
    // Larger images are refused before decoding (a small file can claim a huge canvas).
    static constexpr int MaxImageSide = 4096;
    // Decoded images are scaled down to fit this square: they are shown as thumbnails.
    static constexpr int MaxPixmapSide = 512;
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};
    // How long a downloaded image is used without asking the server again, when the server
    // itself allows less (or says nothing): looking at an event again should cost no network.
    static constexpr std::chrono::hours MinimumFreshness{24};

    // Caches in defaultDirectory().
    explicit AvatarCache(QObject *parent = nullptr);
    // Caches in cacheDirectory (tests use a temporary directory).
    explicit AvatarCache(const QString &cacheDirectory, QObject *parent = nullptr);
    ~AvatarCache() override;

    // QStandardPaths::CacheLocation/avatars.
    static QString defaultDirectory();
    // Whether url may be fetched at all: an http or https URL with a host.
    static bool isFetchable(const QUrl &url);

    QString cacheDirectory() const;
    // How long one fetch may take in total, redirects included.
    void setTimeout(std::chrono::milliseconds timeout);

    // Fetches url, from the disk cache when it holds it, and later emits ready or failed for it
    // exactly once. A request for a URL already under way joins it; a URL that is not
    // fetchable is ignored.
    void request(const QUrl &url);

Q_SIGNALS:
    void ready(const QUrl &url, const QPixmap &pixmap);
    void failed(const QUrl &url, const QString &reason);

private:
    // One fetch under way.
    struct Download
    {
        QByteArray data;
        QString refusal; // why it was aborted, told apart from a network error
    };

    void watch(QNetworkReply *reply);
    void checkDeclaredSize(QNetworkReply *reply);
    void collect(QNetworkReply *reply);
    void checkRedirect(QNetworkReply *reply, const QUrl &target);
    void refuse(QNetworkReply *reply, const QString &reason);
    void finish(QNetworkReply *reply);
    QString problem(QNetworkReply *reply, const Download &download) const;
    void keepFresh(QNetworkReply *reply);
    static QString tooLarge();

    QNetworkAccessManager *m_network = nullptr;
    QNetworkDiskCache *m_diskCache = nullptr;
    QHash<QUrl, QNetworkReply *> m_pending;
    QHash<QNetworkReply *, Download> m_downloads;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
