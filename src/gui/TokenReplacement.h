#pragma once

#include <QCoreApplication>

class QWidget;

// Asks before a token in use is replaced: whoever holds the old one loses access.
class TokenReplacement final
{
    Q_DECLARE_TR_FUNCTIONS(TokenReplacement)

public:
    // The webhook token: Mighty Networks must be given the new one.
    static bool confirmWebhookToken(QWidget *parent);
    // The calendar feed's token: subscribed calendars must subscribe again.
    static bool confirmFeedToken(QWidget *parent);

private:
    static bool confirm(QWidget *parent, const QString &title, const QString &consequence);
};
