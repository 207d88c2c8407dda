#pragma once

#include "feed/FeedAnswer.h"
#include "feed/FeedLimits.h"
#include "feed/FeedRequest.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class Database;

// Builds the answers of GET /calendar.ics on a thread of its own, with its own read-only
// connection, so that the server thread never waits for a calendar: the events of the last
// FeedLimits::recentDays days and all later ones, and the repeating events that began earlier,
// as CalendarExporter writes them, bounded by FeedLimits. The validator (ETag, Last-Modified) comes
// from the store's latest event revision, the day (the window moves at midnight UTC) and the space,
// so a calendar that asks again with If-None-Match gets 304 without a calendar being built.
class CalendarFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarFeed)

public:
    static constexpr QLatin1StringView Path{"/calendar.ics"};

    CalendarFeed(QString databasePath, FeedLimits limits, QObject *parent = nullptr);
    ~CalendarFeed() override;

    // On the feed's thread, before the first build().
    bool open(QString *error);
    // Answers request through answered().
    void build(const FeedRequest &request);

Q_SIGNALS:
    void answered(const FeedAnswer &answer);

private:
    struct Version
    {
        QByteArray etag;
        QDateTime lastModified;
    };
    struct Built
    {
        QByteArray etag;
        QByteArray body;
    };

    FeedAnswer answerFor(const FeedRequest &request);
    // The space ids request.space names; nothing when no stored event is in such a space.
    std::optional<QStringList> spaceIds(const QString &space, bool *failed) const;
    std::optional<Version> versionOf(const QStringList &spaceIds, const QDateTime &now) const;
    QByteArray calendar(const QStringList &spaceIds, const QDateTime &now, QString *error) const;
    static bool isFresh(const FeedRequest &request, const Version &version);

    QString m_databasePath;
    FeedLimits m_limits;
    std::unique_ptr<Database> m_database;
    // The latest calendar of each space asked for: a repeated request without validators (many
    // calendar applications send none) costs no rebuild while nothing changed.
    std::map<QString, Built> m_built;
};
