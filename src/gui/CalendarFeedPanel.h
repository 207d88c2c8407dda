#pragma once

#include <QGroupBox>
#include <QList>
#include <QScopedPointer>
#include <QUrl>

#include <utility>

class WebhookTokenController;

namespace Ui {
class CalendarFeedPanel;
}

// The calendar feed in the settings dialog: the subscription address to copy (the public base
// URL once a tunnel is known, else where the receiver listens), a space to narrow it to, what
// subscribing does, and Generate / Replace for the feed's own token.
class CalendarFeedPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeedPanel)

public:
    CalendarFeedPanel(WebhookTokenController &feedTokens, QWidget *parent = nullptr);
    ~CalendarFeedPanel() override;

    // Where the receiver is reached from outside (MainWindow::publicBaseUrl()).
    void setBaseUrl(const QUrl &baseUrl);
    // The spaces to offer, as (id, name); the address names the chosen one.
    void setSpaces(const QList<std::pair<QString, QString>> &spaces);

    QString subscriptionUrl() const;
    // base + /calendar.ics?token=…[&space=…], the query encoded for a URL.
    static QString subscriptionUrl(const QUrl &base, const QByteArray &token, const QString &space);

private:
    void update();
    void generate();
    void copy();
    QString stateText() const;
    void showProblem(const QString &message);

    QScopedPointer<Ui::CalendarFeedPanel> m_ui;
    WebhookTokenController &m_tokens;
    QUrl m_baseUrl;
    QString m_problem;
};
