#pragma once

#include <QDateTime>
#include <QString>

// An attempt that was answered with an error: kept without its body so the window can say
// "3 deliveries refused: wrong token".
struct Refusal
{
    QDateTime at;
    int status = 0;
    QString reason;
    QString method;
    QString path;
    QString remoteAddress;
};
