#pragma once

#include "feed/FeedLimits.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <chrono>

// Everything the receiver needs to run. The tokens are secrets: never log or persist them.
struct ReceiverConfig
{
    static constexpr quint16 DefaultPort = 8765;
    static constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

    QString dataDir;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort; // 0 picks a free port
    QByteArray token;           // empty: no authentication (only with allowNoAuth)
    bool allowNoAuth = false;
    // Opens GET /calendar.ics (read-only, never a delivery); empty: the feed answers 404.
    QByteArray feedToken;
    FeedLimits feedLimits;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
    qsizetype maxHeaderBytes = 16 * 1024;
    int maxConnections = 256;
    std::chrono::milliseconds idleTimeout{30000};
    std::chrono::milliseconds headerTimeout{10000};
    int refusalLogLimit = 10000;
};
