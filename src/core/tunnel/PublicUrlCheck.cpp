#include "tunnel/PublicUrlCheck.h"

#include "Logging.h"
#include "http/TestDeliverySender.h"
#include "query/StoredDeliveryQuery.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

PublicUrlCheck::PublicUrlCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_network(new QNetworkAccessManager(this))
{}

void PublicUrlCheck::run(const QUrl &webhookUrl, const QByteArray &token)
{
    if (m_reply)
        return;
    const QByteArray body = TestDeliverySender::sampleBody(QDateTime::currentDateTimeUtc());
    const QString eventId =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("event_id")).toString();
    QNetworkRequest request(webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(TimeoutMs);
    // A redirect would carry the token elsewhere; Mighty Networks does not follow one either.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCInfo(lcTunnel).noquote() << "checking from outside:" << webhookUrl.toString();
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::downloadProgress, m_reply,
            [reply = m_reply](qint64 received, qint64) {
                if (received > MaxAnswerBytes)
                    reply->abort();
            });
    connect(m_reply, &QNetworkReply::finished, this, [this, eventId] { onFinished(eventId); });
}

void PublicUrlCheck::onFinished(const QString &eventId)
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    QString message;
    const Outcome outcome = classify(reply, eventId, &message);
    qCInfo(lcTunnel).noquote() << "check from outside:" << outcome << message;
    Q_EMIT finished(outcome, message);
}

PublicUrlCheck::Outcome PublicUrlCheck::classify(QNetworkReply *reply, const QString &eventId,
                                                 QString *message) const
{
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::HostNotFoundError) {
        *message = tr("DNS: the host %1 is not found. Check the public URL; a quick tunnel gets a "
                      "new address each time it starts.")
                       .arg(host);
        return Outcome::HostNotFound;
    }
    if (status == 0) {
        *message = tr("The tunnel is down: %1 did not answer (%2). Check that the tunnel runs.")
                       .arg(host, reply->errorString());
        return Outcome::TunnelDown;
    }
    // The tunnel answers for Eventwatch when it cannot reach it: 502/504 from ngrok and
    // cloudflared, Cloudflare's 530, and ngrok's error pages, which name their error code.
    if (status == 502 || status == 503 || status == 504 || status == 530
        || reply->hasRawHeader("ngrok-error-code")) {
        *message = tr("The tunnel is down: %1 answered %2 for it. Check that the tunnel runs and "
                      "forwards to Eventwatch's port.")
                       .arg(host)
                       .arg(status);
        return Outcome::TunnelDown;
    }
    if (status == 401) {
        *message = tr("Wrong token: Eventwatch answered through the tunnel but refused the "
                      "token (401).");
        return Outcome::WrongToken;
    }
    if (status == 200) {
        QString error;
        if (isStored(eventId, &error)) {
            *message = tr("Passed: the test delivery went out to %1 and came back in.").arg(host);
            return Outcome::Passed;
        }
        if (!error.isEmpty()) {
            *message =
                tr("The test delivery was answered, but the store cannot be read: %1").arg(error);
            return Outcome::Failed;
        }
    }
    if (status == 200 || status == 404) {
        *message = tr("Wrong port or service: %1 answered %2, but the delivery did not arrive "
                      "here. The tunnel forwards to another port or program.")
                       .arg(host)
                       .arg(status);
        return Outcome::WrongService;
    }
    *message = tr("%1 answered %2 (%3).")
                   .arg(host)
                   .arg(status)
                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return Outcome::Failed;
}

bool PublicUrlCheck::isStored(const QString &eventId, QString *error) const
{
    Database store(m_databasePath, Database::Mode::ReadOnly);
    if (!store.open(error))
        return false;
    return StoredDeliveryQuery::contains(store.connection(), eventId, error).value_or(false);
}
