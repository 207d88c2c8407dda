#include "tunnel/NgrokApiClient.h"

#include "tunnel/NgrokTunnelList.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

NgrokApiClient::NgrokApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_apiBaseUrl(QStringLiteral("http://127.0.0.1:4040"))
{
    // The agent is on this machine: a configured proxy must not see the question.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void NgrokApiClient::query(quint16 port)
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    QUrl url = m_apiBaseUrl;
    url.setPath(QStringLiteral("/api/tunnels"));
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setRawHeader("Accept", "application/json");
    // The API answers directly; a redirect means something else listens there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, port] { onFinished(reply, port); });
}

void NgrokApiClient::onFinished(QNetworkReply *reply, quint16 port)
{
    reply->deleteLater();
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        Q_EMIT answered(Outcome::NoAgent, {},
                        tr("no ngrok agent answers at %1").arg(m_apiBaseUrl.toString()));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        Q_EMIT answered(
            Outcome::Failed, {},
            tr("the ngrok API at %1 answered too slowly or too much").arg(m_apiBaseUrl.toString()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        Q_EMIT answered(Outcome::Failed, {},
                        tr("the ngrok API at %1 failed: %2")
                            .arg(m_apiBaseUrl.toString(), reply->errorString()));
        return;
    }
    QString error;
    const QUrl url = NgrokTunnelList::publicUrlFor(reply->read(MaxAnswerBytes), port, &error);
    if (!error.isEmpty())
        Q_EMIT answered(Outcome::Failed, {},
                        tr("%1 does not answer like an ngrok agent").arg(m_apiBaseUrl.toString()));
    else if (url.isEmpty())
        Q_EMIT answered(Outcome::NoTunnel, {}, {});
    else
        Q_EMIT answered(Outcome::Found, url, {});
}
