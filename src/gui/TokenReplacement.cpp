#include "TokenReplacement.h"

#include <QMessageBox>

bool TokenReplacement::confirmWebhookToken(QWidget *parent)
{
    return confirm(parent, tr("Replace the webhook token?"),
                   tr("Mighty Networks sends the current token. After replacing it, deliveries are "
                      "refused until you paste the new token into Mighty Networks."));
}

bool TokenReplacement::confirmFeedToken(QWidget *parent)
{
    return confirm(parent, tr("Replace the feed token?"),
                   tr("Calendars subscribed with the current address stop receiving updates until "
                      "they are subscribed again with the new address."));
}

bool TokenReplacement::confirm(QWidget *parent, const QString &title, const QString &consequence)
{
    return QMessageBox::question(parent, title, consequence, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
           == QMessageBox::Yes;
}
