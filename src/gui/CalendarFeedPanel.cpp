#include "CalendarFeedPanel.h"

#include "TokenReplacement.h"
#include "feed/CalendarFeed.h"
#include "secrets/WebhookTokenController.h"
#include "ui_CalendarFeedPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHostAddress>
#include <QUrlQuery>

CalendarFeedPanel::CalendarFeedPanel(WebhookTokenController &feedTokens, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(new Ui::CalendarFeedPanel)
    , m_tokens(feedTokens)
{
    m_ui->setupUi(this);
    m_ui->spaceCombo->addItem(tr("Every space"), QString());
    connect(m_ui->spaceCombo, &QComboBox::currentIndexChanged, this, &CalendarFeedPanel::update);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CalendarFeedPanel::copy);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &CalendarFeedPanel::generate);
    connect(&m_tokens, &WebhookTokenController::stateChanged, this, &CalendarFeedPanel::update);
    connect(&m_tokens, &WebhookTokenController::failed, this, &CalendarFeedPanel::showProblem);
    update();
}

CalendarFeedPanel::~CalendarFeedPanel() = default;

void CalendarFeedPanel::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    update();
}

void CalendarFeedPanel::setSpaces(const QList<std::pair<QString, QString>> &spaces)
{
    const QString chosen = m_ui->spaceCombo->currentData().toString();
    m_ui->spaceCombo->blockSignals(true);
    while (m_ui->spaceCombo->count() > 1)
        m_ui->spaceCombo->removeItem(1);
    for (const auto &[id, name] : spaces)
        m_ui->spaceCombo->addItem(name.isEmpty() ? id : name, name.isEmpty() ? id : name);
    m_ui->spaceCombo->setCurrentIndex(std::max(0, m_ui->spaceCombo->findData(chosen)));
    m_ui->spaceCombo->blockSignals(false);
    update();
}

QString CalendarFeedPanel::subscriptionUrl() const
{
    if (m_tokens.state() != WebhookTokenController::State::Set || m_tokens.token().isEmpty()
        || !m_baseUrl.isValid())
        return {};
    return subscriptionUrl(m_baseUrl, m_tokens.token(), m_ui->spaceCombo->currentData().toString());
}

QString CalendarFeedPanel::subscriptionUrl(const QUrl &base, const QByteArray &token,
                                           const QString &space)
{
    QUrl url = base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QString(CalendarFeed::Path));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(token));
    if (!space.isEmpty())
        query.addQueryItem(QStringLiteral("space"),
                           QString::fromUtf8(QUrl::toPercentEncoding(space)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void CalendarFeedPanel::update()
{
    using State = WebhookTokenController::State;
    const State state = m_tokens.state();
    const QString url = subscriptionUrl();
    m_ui->urlEdit->setText(url);
    m_ui->urlEdit->setCursorPosition(0);
    m_ui->copyButton->setEnabled(!url.isEmpty());
    m_ui->generateButton->setVisible(m_tokens.usesKeychain());
    m_ui->generateButton->setEnabled(!m_tokens.busy() && state != State::Loading);
    m_ui->generateButton->setText(state == State::Set ? tr("Replace feed &token…")
                                                      : tr("Generate feed &token"));
    m_ui->stateLabel->setText(m_problem.isEmpty() ? stateText() : stateText() + u"\n" + m_problem);
}

QString CalendarFeedPanel::stateText() const
{
    using State = WebhookTokenController::State;
    switch (m_tokens.state()) {
    case State::Loading:
        return tr("Reading the feed token from the system keychain…");
    case State::Set: {
        const QHostAddress host(m_baseUrl.host());
        if (!host.isNull() && host.isLoopback())
            return tr("The feed is on. This address works on this computer only: calendar "
                      "services on the internet need the public address of a tunnel.");
        return tr("The feed is on.");
    }
    case State::NotSet:
        return tr("The feed is off: generate a feed token to turn it on.");
    case State::KeychainError:
        return tr("The keychain is unavailable, so the feed is off: %1").arg(m_tokens.detail());
    case State::FromFile:
    case State::NotRequired:
        break;
    }
    return {};
}

void CalendarFeedPanel::generate()
{
    if (m_tokens.state() == WebhookTokenController::State::Set
        && !TokenReplacement::confirmFeedToken(this))
        return;
    m_problem.clear();
    m_tokens.generate();
    update();
}

void CalendarFeedPanel::copy()
{
    QGuiApplication::clipboard()->setText(subscriptionUrl());
}

void CalendarFeedPanel::showProblem(const QString &message)
{
    m_problem = message;
    update();
}
