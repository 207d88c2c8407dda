#include "http/TestDeliverySender.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace {

constexpr int TimeoutMs = 10000;

} // namespace

TestDeliverySender::TestDeliverySender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QByteArray TestDeliverySender::sampleBody(const QDateTime &now)
{
    const QDateTime start(now.toUTC().date().addDays(1), QTime(18, 0), Qt::UTC);
    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00");
    const QJsonObject creator{
        {QStringLiteral("id"), 1},
        {QStringLiteral("first_name"), QStringLiteral("Eventwatch")},
        {QStringLiteral("last_name"), QStringLiteral("Test")},
        {QStringLiteral("email"), QStringLiteral("test@example.com")},
        {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
    };
    const QJsonObject payload{
        {QStringLiteral("id"), 1},
        {QStringLiteral("post_type"), QStringLiteral("event")},
        {QStringLiteral("title"), QStringLiteral("Eventwatch test event")},
        {QStringLiteral("summary"),
         QStringLiteral("<p>A sample event sent by Eventwatch to check the receiver.</p>")},
        {QStringLiteral("event_type"), QStringLiteral("online_meeting")},
        {QStringLiteral("starts_at"), start.toString(iso)},
        {QStringLiteral("ends_at"), start.addSecs(3600).toString(iso)},
        {QStringLiteral("time_zone"), QStringLiteral("Etc/UTC")},
        {QStringLiteral("location"), QStringLiteral("https://example.com/meeting")},
        {QStringLiteral("created_at"), now.toUTC().toString(iso)},
        {QStringLiteral("updated_at"), now.toUTC().toString(iso)},
        {QStringLiteral("space_id"), 1},
        {QStringLiteral("creator_id"), 1},
        {QStringLiteral("creator"), creator},
        {QStringLiteral("space"),
         QJsonObject{{QStringLiteral("id"), 1},
                     {QStringLiteral("name"), QStringLiteral("Test space")}}},
    };
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("event_id"),
                              QString(QStringLiteral("test-")
                                      + QUuid::createUuid().toString(QUuid::WithoutBraces))},
                             {QStringLiteral("event_timestamp"), now.toUTC().toString(iso)},
                             {QStringLiteral("payload"), payload},
                         })
        .toJson(QJsonDocument::Compact);
}

void TestDeliverySender::send(const QUrl &webhookUrl, const QByteArray &token)
{
    QNetworkRequest request(webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->post(request, sampleBody(QDateTime::currentDateTimeUtc()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1StringView("error"))
                                  .toString();
        if (status == 200)
            Q_EMIT finished(status, tr("The test delivery was received and stored."));
        else if (status != 0)
            Q_EMIT finished(status, tr("The receiver answered %1: %2").arg(status).arg(error));
        else
            Q_EMIT finished(
                status,
                tr("No answer from %1: %2").arg(reply->url().toString(), reply->errorString()));
    });
}
