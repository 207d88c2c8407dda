#include "AvatarCache.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>

namespace {

Q_LOGGING_CATEGORY(lcAvatars, "eventwatch.gui.avatars", QtInfoMsg)

constexpr int MaxRedirects = 5;
constexpr qint64 ReadBufferBytes = 64 * 1024;

// Returns a null image and sets error for anything but a sanely sized picture. The size is read
// from the header first: a small file can declare a canvas that would take gigabytes to decode.
QImage decode(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        *error = AvatarCache::tr("The download is not an image.");
        return {};
    }
    if (size.width() > AvatarCache::MaxImageSide || size.height() > AvatarCache::MaxImageSide) {
        *error = AvatarCache::tr("The image is too large (%1 × %2 pixels).")
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    if (size.width() > AvatarCache::MaxPixmapSide || size.height() > AvatarCache::MaxPixmapSide)
        reader.setScaledSize(size.scaled(AvatarCache::MaxPixmapSide, AvatarCache::MaxPixmapSide,
                                         Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

} // namespace

AvatarCache::AvatarCache(QObject *parent)
    : AvatarCache(defaultDirectory(), parent)
{}

AvatarCache::AvatarCache(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_diskCache(new QNetworkDiskCache(m_network))
{
    m_diskCache->setCacheDirectory(cacheDirectory);
    m_diskCache->setMaximumCacheSize(MaxDiskCacheBytes);
    m_network->setCache(m_diskCache);
}

AvatarCache::~AvatarCache() = default;

QString AvatarCache::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("avatars"));
}

bool AvatarCache::isFetchable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"));
}

QString AvatarCache::cacheDirectory() const
{
    return m_diskCache->cacheDirectory();
}

void AvatarCache::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void AvatarCache::request(const QUrl &url)
{
    if (!isFetchable(url) || m_pending.contains(url))
        return;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    QNetworkReply *reply = m_network->get(request);
    // Without a bound the network thread buffers a whole body before this thread sees any of
    // it, so the size limit could only be checked after the damage.
    reply->setReadBufferSize(ReadBufferBytes);
    m_pending.insert(url, reply);
    m_downloads.insert(reply, {});
    watch(reply);
}

void AvatarCache::watch(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, reply] { checkDeclaredSize(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { collect(reply); });
    connect(reply, &QNetworkReply::redirected, this,
            [this, reply](const QUrl &target) { checkRedirect(reply, target); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    QTimer::singleShot(m_timeout, reply,
                       [this, reply] { refuse(reply, tr("The server is too slow.")); });
}

// The declared length arrives with the headers: refuse before any of the body.
void AvatarCache::checkDeclaredSize(QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > MaxDownloadBytes)
        refuse(reply, tooLarge());
}

// A body without a declared length (or with a false one) is counted as it arrives.
void AvatarCache::collect(QNetworkReply *reply)
{
    QByteArray &data = m_downloads[reply].data;
    data += reply->readAll();
    if (data.size() > MaxDownloadBytes)
        refuse(reply, tooLarge());
}

void AvatarCache::checkRedirect(QNetworkReply *reply, const QUrl &target)
{
    if (isFetchable(target))
        Q_EMIT reply->redirectAllowed();
    else
        refuse(reply, tr("The server redirected to an address that is not a web address."));
}

// Aborting finishes the reply at once, so the reason must be on record first.
void AvatarCache::refuse(QNetworkReply *reply, const QString &reason)
{
    const auto download = m_downloads.find(reply);
    if (!reply->isRunning() || download == m_downloads.end() || !download->refusal.isEmpty())
        return;
    download->refusal = reason;
    reply->abort();
}

void AvatarCache::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->request().url();
    m_pending.remove(url);
    Download download = m_downloads.take(reply);
    if (download.refusal.isEmpty())
        download.data += reply->readAll();
    QString error = problem(reply, download);
    QImage image;
    if (error.isEmpty())
        image = decode(download.data, &error);
    if (!error.isEmpty()) {
        // PreferCache would otherwise hand out a broken answer again.
        m_diskCache->remove(url);
        m_diskCache->remove(reply->url());
        // The host only: image URLs can carry signed query strings.
        qCInfo(lcAvatars).noquote() << "image from" << url.host() << "not shown:" << error;
        Q_EMIT failed(url, error);
        return;
    }
    keepFresh(reply);
    Q_EMIT ready(url, QPixmap::fromImage(image));
}

QString AvatarCache::problem(QNetworkReply *reply, const Download &download) const
{
    if (!download.refusal.isEmpty())
        return download.refusal;
    if (download.data.size() > MaxDownloadBytes)
        return tooLarge();
    if (reply->error() != QNetworkReply::NoError)
        return reply->errorString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299)
        return tr("The server answered %1.").arg(status);
    return {};
}

// Qt serves a cached answer only while it is fresh, and a server that sends no expiry makes
// it stale at once. A fresh download is therefore kept for at least MinimumFreshness; a
// server's explicit no-cache or must-revalidate is still honoured.
void AvatarCache::keepFresh(QNetworkReply *reply)
{
    if (reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool())
        return;
    QNetworkCacheMetaData metaData = m_diskCache->metaData(reply->url());
    const QDateTime freshUntil = QDateTime::currentDateTimeUtc().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(MinimumFreshness).count());
    if (!metaData.isValid()
        || (metaData.expirationDate().isValid() && metaData.expirationDate() >= freshUntil))
        return;
    metaData.setExpirationDate(freshUntil);
    m_diskCache->updateMetaData(metaData);
}

QString AvatarCache::tooLarge()
{
    return tr("The image is larger than %1 KiB.").arg(MaxDownloadBytes / 1024);
}
