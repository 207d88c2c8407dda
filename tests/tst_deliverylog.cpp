#include "DeliveriesView.h"
#include "DeliveryLogModel.h"
#include "domain/Timestamp.h"
#include "query/DeliveryLogQuery.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <time.h>

namespace {

using Kind = DeliveryLogQuery::KindFilter;

const QString TokenReason = QStringLiteral("missing or wrong bearer token");
const QString BodyReason = QStringLiteral("request body larger than the limit");

// A fixed instant for the tests that only care about order.
const QDateTime Base(QDate(2025, 11, 7), QTime(12, 0), Qt::UTC);

// What identifies an entry in an expectation: the event id of a delivery, the reason of a
// refusal.
QString labelOf(const DeliveryLogEntry &entry)
{
    return entry.kind == DeliveryLogEntry::Accepted ? entry.eventId : entry.reason;
}

QStringList labelsOf(const QList<DeliveryLogEntry> &entries)
{
    QStringList labels;
    for (const DeliveryLogEntry &entry : entries)
        labels << labelOf(entry);
    return labels;
}

DeliveryLogEntry accepted(const QString &eventId, const QDateTime &time, int attempts = 1)
{
    DeliveryLogEntry entry;
    entry.time = time;
    entry.status = 200;
    entry.type = QStringLiteral("EventCreated");
    entry.reason = DeliveryLogQuery::acceptedReason(attempts);
    entry.remoteAddress = QStringLiteral("198.51.100.1");
    entry.eventId = eventId;
    entry.attempts = attempts;
    entry.rowId = qHash(eventId);
    return entry;
}

DeliveryLogEntry refused(int status, const QString &reason, const QDateTime &time, qint64 rowId)
{
    DeliveryLogEntry entry;
    entry.time = time;
    entry.kind = DeliveryLogEntry::Refused;
    entry.status = status;
    entry.reason = reason;
    entry.remoteAddress = QStringLiteral("203.0.113.7");
    entry.path = QStringLiteral("/webhooks/mighty");
    entry.rowId = rowId;
    return entry;
}

// CPU time the calling thread has used: what a refresh costs the GUI thread, whatever the
// other threads do meanwhile.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

// Waits, without sleeping, until the view shows the result of its newest refresh.
bool waitUntilShown(DeliveriesView &view)
{
    QSignalSpy refreshed(&view, &DeliveriesView::refreshed);
    while (view.isLoading()) {
        if (!refreshed.wait(10000))
            return false;
    }
    return true;
}

} // namespace

class TstDeliveryLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unionIsNewestFirst();
    void kindFilter_data();
    void kindFilter();
    void textFilter_data();
    void textFilter();
    void limitKeepsTheNewestOfTheUnion();
    void exactEventIdFindsAnOlderDelivery();
    void emptyStore();
    void summaryGroupsRefusalsOfTheLastDay();
    void summaryOfEmptyStore();

    void modelPassesTheTester();
    void modelShowsResultsAndMarksRefusals();
    void modelReloadResetsAndFindsRows();

    void viewShowsTheSummary();
    void viewShowsTheEmptyState_data();
    void viewShowsTheEmptyState();
    void viewFilters();
    void viewKeepsTheSelectionAcrossRefresh();
    void viewRefreshesWhenScheduledOrShown();
    void viewReadsOffTheGuiThreadNewestWins();
    void viewRefreshCost();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    qint64 insertDelivery(const QString &eventId, const QString &type,
                          const QDateTime &lastReceivedAt, int attempts = 1,
                          const QString &remoteAddress = QStringLiteral("198.51.100.1"),
                          const QByteArray &body = "{}");
    qint64 insertRefusal(const QDateTime &at, int status, const QString &reason,
                         const QString &remoteAddress = QStringLiteral("203.0.113.7"),
                         const QString &path = QStringLiteral("/webhooks/mighty"));
    void insertMixedLog();
    QList<DeliveryLogEntry> entries(const QString &text = {}, Kind kind = Kind::All,
                                    int limit = DeliveryLogQuery::DefaultLimit) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TstDeliveryLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(Database::pathIn(m_dir->path()));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
}

void TstDeliveryLog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TstDeliveryLog::insertDelivery(const QString &eventId, const QString &type,
                                      const QDateTime &lastReceivedAt, int attempts,
                                      const QString &remoteAddress, const QByteArray &body)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO deliveries (event_id, type, classified_by, received_at, last_received_at,"
        " attempts, remote_address, body) VALUES (?, ?, 'explicit', ?, ?, ?, ?, ?)"));
    query.addBindValue(eventId);
    query.addBindValue(type);
    query.addBindValue(Timestamp::toIsoUtc(lastReceivedAt.addSecs(-60 * (attempts - 1))));
    query.addBindValue(Timestamp::toIsoUtc(lastReceivedAt));
    query.addBindValue(attempts);
    query.addBindValue(remoteAddress);
    query.addBindValue(body);
    if (!query.exec())
        qFatal("insert delivery: %s", qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

qint64 TstDeliveryLog::insertRefusal(const QDateTime &at, int status, const QString &reason,
                                     const QString &remoteAddress, const QString &path)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO refusals (at, status, reason, method, path,"
                                 " remote_address) VALUES (?, ?, ?, 'POST', ?, ?)"));
    query.addBindValue(Timestamp::toIsoUtc(at));
    query.addBindValue(status);
    query.addBindValue(reason);
    query.addBindValue(path);
    query.addBindValue(remoteAddress);
    if (!query.exec())
        qFatal("insert refusal: %s", qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

// Two deliveries (one retried, whose latest attempt is the newest entry) and two refusals,
// rows inserted in arrival order as the writer does.
void TstDeliveryLog::insertMixedLog()
{
    insertDelivery(QStringLiteral("evt-retried"), QStringLiteral("EventUpdated"), Base.addSecs(50),
                   3, QStringLiteral("198.51.100.9"));
    insertDelivery(QStringLiteral("evt-first"), QStringLiteral("EventCreated"), Base.addSecs(10));
    insertRefusal(Base.addSecs(20), 401, TokenReason);
    insertRefusal(Base.addSecs(30), 404, QStringLiteral("not found"), QStringLiteral("192.0.2.44"),
                  QStringLiteral("/favicon.ico"));
}

QList<DeliveryLogEntry> TstDeliveryLog::entries(const QString &text, Kind kind, int limit) const
{
    QString error;
    const auto result = DeliveryLogQuery(db()).entries({text, kind}, limit, &error);
    if (!result)
        qFatal("entries: %s", qPrintable(error));
    return *result;
}

void TstDeliveryLog::unionIsNewestFirst()
{
    insertMixedLog();
    const QList<DeliveryLogEntry> log = entries();
    QCOMPARE(labelsOf(log), (QStringList{QStringLiteral("evt-retried"), QStringLiteral("not found"),
                                         TokenReason, QStringLiteral("evt-first")}));

    const DeliveryLogEntry &retried = log.at(0);
    QCOMPARE(retried.kind, DeliveryLogEntry::Accepted);
    QCOMPARE(retried.time, Base.addSecs(50));
    QCOMPARE(retried.time.timeSpec(), Qt::UTC);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.type, QStringLiteral("EventUpdated"));
    QCOMPARE(retried.attempts, 3);
    QCOMPARE(retried.reason, QStringLiteral("retried 2 times"));
    QCOMPARE(retried.remoteAddress, QStringLiteral("198.51.100.9"));
    QVERIFY(retried.path.isEmpty());

    const DeliveryLogEntry &notFound = log.at(1);
    QCOMPARE(notFound.kind, DeliveryLogEntry::Refused);
    QCOMPARE(notFound.time, Base.addSecs(30));
    QCOMPARE(notFound.status, 404);
    QVERIFY(notFound.type.isEmpty());
    QVERIFY(notFound.eventId.isEmpty());
    QCOMPARE(notFound.path, QStringLiteral("/favicon.ico"));
    QCOMPARE(notFound.remoteAddress, QStringLiteral("192.0.2.44"));

    QCOMPARE(log.at(3).reason, QStringLiteral("stored"));
    QCOMPARE(log.at(3).attempts, 1);
}

void TstDeliveryLog::kindFilter_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all") << Kind::All
                         << QStringList{QStringLiteral("evt-retried"), QStringLiteral("not found"),
                                        TokenReason, QStringLiteral("evt-first")};
    QTest::newRow("accepted") << Kind::Accepted
                              << QStringList{QStringLiteral("evt-retried"),
                                             QStringLiteral("evt-first")};
    QTest::newRow("refused") << Kind::Refused
                             << QStringList{QStringLiteral("not found"), TokenReason};
    QTest::newRow("retried") << Kind::Retried << QStringList{QStringLiteral("evt-retried")};
}

void TstDeliveryLog::kindFilter()
{
    QFETCH(Kind, kind);
    QFETCH(QStringList, expected);
    insertMixedLog();
    QCOMPARE(labelsOf(entries({}, kind)), expected);
}

void TstDeliveryLog::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("expected");

    const QString retried = QStringLiteral("evt-retried");
    const QString first = QStringLiteral("evt-first");
    const QString notFound = QStringLiteral("not found");
    QTest::newRow("webhook type") << QStringLiteral("EventCreated") << Kind::All
                                  << QStringList{first};
    QTest::newRow("refusal reason")
        << QStringLiteral("bearer") << Kind::All << QStringList{TokenReason};
    QTest::newRow("accepted reason")
        << QStringLiteral("retried 2") << Kind::All << QStringList{retried};
    QTest::newRow("remote address")
        << QStringLiteral("192.0.2.44") << Kind::All << QStringList{notFound};
    QTest::newRow("event id part") << QStringLiteral("first") << Kind::All << QStringList{first};
    QTest::newRow("status") << QStringLiteral("401") << Kind::All << QStringList{TokenReason};
    QTest::newRow("status of accepted")
        << QStringLiteral("200") << Kind::All << QStringList{retried, first};
    QTest::newRow("path") << QStringLiteral("favicon") << Kind::All << QStringList{notFound};
    QTest::newRow("case-insensitive")
        << QStringLiteral("BEARER TOKEN") << Kind::All << QStringList{TokenReason};
    QTest::newRow("every word must match")
        << QStringLiteral("401 192.0.2.44") << Kind::All << QStringList{};
    QTest::newRow("words across fields")
        << QStringLiteral("  404   192.0.2.44 ") << Kind::All << QStringList{notFound};
    QTest::newRow("with kind filter")
        << QStringLiteral("evt") << Kind::Retried << QStringList{retried};
    QTest::newRow("text and kind exclude each other")
        << QStringLiteral("bearer") << Kind::Accepted << QStringList{};
    QTest::newRow("no match") << QStringLiteral("nothing like this") << Kind::All << QStringList{};
}

void TstDeliveryLog::textFilter()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QStringList, expected);
    insertMixedLog();
    QCOMPARE(labelsOf(entries(text, kind)), expected);
}

void TstDeliveryLog::limitKeepsTheNewestOfTheUnion()
{
    QVERIFY(db().transaction());
    for (int i = 0; i < 30; ++i) {
        insertDelivery(QStringLiteral("evt-%1").arg(i), QStringLiteral("Rsvp"),
                       Base.addSecs(2 * i));
        insertRefusal(Base.addSecs(2 * i + 1), 401, TokenReason);
    }
    QVERIFY(db().commit());

    const QList<DeliveryLogEntry> newest = entries({}, Kind::All, 10);
    QCOMPARE(newest.size(), 10);
    for (int i = 0; i < newest.size(); ++i)
        QCOMPARE(newest.at(i).time, Base.addSecs(59 - i));

    const QList<DeliveryLogEntry> refusals = entries({}, Kind::Refused, 10);
    QCOMPARE(refusals.size(), 10);
    QCOMPARE(refusals.constFirst().time, Base.addSecs(59));
    QCOMPARE(refusals.constLast().time, Base.addSecs(41));

    // A filter narrows what the limit keeps; it does not reach further back than the newest
    // rows of each table.
    const QList<DeliveryLogEntry> filtered = entries(QStringLiteral("evt-2"), Kind::All, 10);
    QCOMPARE(labelsOf(filtered), (QStringList{QStringLiteral("evt-29"), QStringLiteral("evt-28"),
                                              QStringLiteral("evt-27"), QStringLiteral("evt-26"),
                                              QStringLiteral("evt-25"), QStringLiteral("evt-24"),
                                              QStringLiteral("evt-23"), QStringLiteral("evt-22"),
                                              QStringLiteral("evt-21"), QStringLiteral("evt-20")}));
}

void TstDeliveryLog::exactEventIdFindsAnOlderDelivery()
{
    insertDelivery(QStringLiteral("old-delivery"), QStringLiteral("EventCreated"), Base);
    for (int i = 0; i < 10; ++i)
        insertDelivery(QStringLiteral("new-%1").arg(i), QStringLiteral("Rsvp"),
                       Base.addSecs(i + 1));

    QVERIFY(!labelsOf(entries({}, Kind::All, 5)).contains(QStringLiteral("old-delivery")));
    QVERIFY(entries(QStringLiteral("old-del"), Kind::All, 5).isEmpty());
    QCOMPARE(labelsOf(entries(QStringLiteral(" old-delivery "), Kind::All, 5)),
             QStringList{QStringLiteral("old-delivery")});
    QCOMPARE(labelsOf(entries(QStringLiteral("old-delivery"), Kind::Accepted, 5)),
             QStringList{QStringLiteral("old-delivery")});
    QVERIFY(entries(QStringLiteral("old-delivery"), Kind::Refused, 5).isEmpty());
}

void TstDeliveryLog::emptyStore()
{
    for (const Kind kind : {Kind::All, Kind::Accepted, Kind::Refused, Kind::Retried}) {
        QVERIFY(entries({}, kind).isEmpty());
        QVERIFY(entries(QStringLiteral("x"), kind).isEmpty());
    }
}

void TstDeliveryLog::summaryGroupsRefusalsOfTheLastDay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    insertRefusal(now.addSecs(-25 * 3600), 401, TokenReason); // a day ago: not counted
    insertDelivery(QStringLiteral("retried-long-ago"), QStringLiteral("Rsvp"),
                   now.addSecs(-30 * 3600), 4);
    insertRefusal(now.addSecs(-3600), 413, BodyReason);
    insertRefusal(now.addSecs(-600), 401, TokenReason);
    insertDelivery(QStringLiteral("retried"), QStringLiteral("Rsvp"), now.addSecs(-300), 2);
    insertDelivery(QStringLiteral("once"), QStringLiteral("Rsvp"), now.addSecs(-200));
    insertRefusal(now.addSecs(-60), 401, TokenReason);
    insertRefusal(now.addSecs(-30), 400, QStringLiteral("not JSON"));
    insertRefusal(now.addSecs(-10), 401, TokenReason);

    QString error;
    const auto summary = DeliveryLogQuery(db()).summary(now, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->refusedCount, 5);
    QCOMPARE(summary->retriedCount, 1);
    QCOMPARE(summary->refusalsByReason.size(), 3);
    const DeliveryLogQuery::ReasonCount &top = summary->refusalsByReason.at(0);
    QCOMPARE(top.status, 401);
    QCOMPARE(top.reason, TokenReason);
    QCOMPARE(top.count, 3);
    // Ties in count are ordered by reason.
    QCOMPARE(summary->refusalsByReason.at(1).reason, QStringLiteral("not JSON"));
    QCOMPARE(summary->refusalsByReason.at(2).reason, BodyReason);
    QCOMPARE(summary->refusalsByReason.at(2).status, 413);
    QCOMPARE(summary->refusalsByReason.at(2).count, 1);
}

void TstDeliveryLog::summaryOfEmptyStore()
{
    const auto summary = DeliveryLogQuery(db()).summary(QDateTime::currentDateTimeUtc());
    QVERIFY(summary);
    QCOMPARE(summary->refusedCount, 0);
    QCOMPARE(summary->retriedCount, 0);
    QVERIFY(summary->refusalsByReason.isEmpty());
}

void TstDeliveryLog::modelPassesTheTester()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload({accepted(QStringLiteral("a"), Base), refused(401, TokenReason, Base, 1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DeliveryLogModel::ColumnCount));
    model.reload({});
    QCOMPARE(model.rowCount(), 0);
    model.reload({accepted(QStringLiteral("b"), Base, 3)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
}

void TstDeliveryLog::modelShowsResultsAndMarksRefusals()
{
    DeliveryLogModel model;
    model.reload({accepted(QStringLiteral("evt-1"), Base.addSecs(5), 2),
                  refused(401, TokenReason, Base, 7)});
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(model.headerData(DeliveryLogModel::ResultColumn, Qt::Horizontal).toString(),
             QStringLiteral("Result"));
    QCOMPARE(model.headerData(DeliveryLogModel::FromColumn, Qt::Horizontal).toString(),
             QStringLiteral("From"));

    QCOMPARE(text(0, DeliveryLogModel::TimeColumn),
             Base.addSecs(5).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(text(0, DeliveryLogModel::ResultColumn), QStringLiteral("200 stored"));
    QCOMPARE(text(0, DeliveryLogModel::TypeColumn), QStringLiteral("EventCreated"));
    QCOMPARE(text(0, DeliveryLogModel::ReasonColumn), QStringLiteral("retried once"));
    QCOMPARE(text(0, DeliveryLogModel::FromColumn), QStringLiteral("198.51.100.1"));
    QCOMPARE(text(0, DeliveryLogModel::EventIdColumn), QStringLiteral("evt-1"));
    QCOMPARE(text(1, DeliveryLogModel::ResultColumn), QStringLiteral("401 refused"));
    QCOMPARE(text(1, DeliveryLogModel::ReasonColumn), TokenReason);
    QCOMPARE(text(1, DeliveryLogModel::FromColumn), QStringLiteral("203.0.113.7"));
    QVERIFY(text(1, DeliveryLogModel::EventIdColumn).isEmpty());

    const QModelIndex refusedResult = model.index(1, DeliveryLogModel::ResultColumn);
    QVERIFY(!refusedResult.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(refusedResult.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(refusedResult.data(Qt::ToolTipRole).toString().contains(QStringLiteral("/webhooks")));
    QVERIFY(!model.index(1, DeliveryLogModel::ReasonColumn).data(Qt::DecorationRole).isValid());
    // A retried delivery is marked too, differently.
    QVERIFY(!model.index(0, DeliveryLogModel::ResultColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    model.reload({accepted(QStringLiteral("plain"), Base)});
    QVERIFY(!model.index(0, DeliveryLogModel::ResultColumn).data(Qt::DecorationRole).isValid());
}

void TstDeliveryLog::modelReloadResetsAndFindsRows()
{
    DeliveryLogModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload(
        {accepted(QStringLiteral("a"), Base.addSecs(2)), refused(413, BodyReason, Base, 4)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowOf(DeliveryLogEntry::Refused, 4), 1);
    QCOMPARE(model.rowOf(DeliveryLogEntry::Accepted, 4), -1);
    QCOMPARE(model.index(1, 0).data(DeliveryLogModel::KindRole).toInt(),
             int(DeliveryLogEntry::Refused));
    QCOMPARE(model.index(1, 0).data(DeliveryLogModel::RowIdRole).toLongLong(), 4);
    QCOMPARE(model.index(0, DeliveryLogModel::TimeColumn).data(DeliveryLogModel::SortRole),
             QVariant(Base.addSecs(2).toMSecsSinceEpoch()));
    QCOMPARE(model.index(1, DeliveryLogModel::ResultColumn).data(DeliveryLogModel::SortRole),
             QVariant(413));
    QCOMPARE(model.entryFromIndex(model.index(1, 3))->reason, BodyReason);
    QVERIFY(!model.entryFromIndex({}));
}

void TstDeliveryLog::viewShowsTheSummary()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    insertRefusal(now.addSecs(-100), 401, TokenReason);
    insertDelivery(QStringLiteral("evt-1"), QStringLiteral("EventCreated"), now.addSecs(-90), 2);
    insertRefusal(now.addSecs(-80), 413, BodyReason);
    insertRefusal(now.addSecs(-70), 401, TokenReason);

    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    view.refresh();
    QVERIFY(waitUntilShown(view));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("In the last 24 hours: 3 refused — 2 × missing or wrong bearer token, "
                            "1 × request body larger than the limit; 1 delivery was retried by "
                            "Mighty Networks"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(view.findChild<QStackedWidget *>(QStringLiteral("stack"))->currentWidget(),
             static_cast<QWidget *>(table));
    // Newest first.
    QCOMPARE(table->model()->index(0, DeliveryLogModel::ResultColumn).data().toString(),
             QStringLiteral("401 refused"));
    QCOMPARE(table->model()->index(3, DeliveryLogModel::ResultColumn).data().toString(),
             QStringLiteral("401 refused"));
    QCOMPARE(table->model()->index(2, DeliveryLogModel::ReasonColumn).data().toString(),
             QStringLiteral("retried once"));
}

void TstDeliveryLog::viewShowsTheEmptyState_data()
{
    QTest::addColumn<bool>("storeExists");
    QTest::newRow("no store yet") << false;
    QTest::newRow("empty store") << true;
}

void TstDeliveryLog::viewShowsTheEmptyState()
{
    QFETCH(bool, storeExists);
    DeliveriesView view;
    view.setDatabasePath(storeExists ? m_database->filePath()
                                     : m_dir->filePath(QStringLiteral("missing.sqlite3")));
    view.refresh();
    QVERIFY(waitUntilShown(view));
    auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QCOMPARE(view.findChild<QStackedWidget *>(QStringLiteral("stack"))->currentWidget(),
             static_cast<QWidget *>(empty));
    QCOMPARE(empty->text(), QStringLiteral("No deliveries yet. Deliveries and refused attempts "
                                           "show up here as they arrive."));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
             QStringLiteral("In the last 24 hours: nothing refused; no delivery was retried"));
}

void TstDeliveryLog::viewFilters()
{
    insertMixedLog();
    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    view.refresh();
    QVERIFY(waitUntilShown(view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *stack = view.findChild<QStackedWidget *>(QStringLiteral("stack"));
    QCOMPARE(table->model()->rowCount(), 4);

    kind->setCurrentIndex(kind->findData(int(Kind::Refused)));
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 2);

    // Typing refreshes once it pauses.
    filter->setText(QStringLiteral("bearer"));
    QTRY_COMPARE(table->model()->rowCount(), 1);

    kind->setCurrentIndex(kind->findData(int(Kind::Accepted)));
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 0);
    auto *empty = view.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(empty));
    QCOMPARE(empty->text(), QStringLiteral("No deliveries match the filter."));

    filter->clear();
    view.refresh();
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(table));
}

void TstDeliveryLog::viewKeepsTheSelectionAcrossRefresh()
{
    insertMixedLog();
    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    view.refresh();
    QVERIFY(waitUntilShown(view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    // The token refusal, third from the top.
    table->selectRow(2);
    QCOMPARE(table->currentIndex().sibling(2, DeliveryLogModel::ReasonColumn).data().toString(),
             TokenReason);

    insertRefusal(Base.addSecs(60), 405, QStringLiteral("use POST"));
    view.refresh();
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 5);
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.row(), 3);
    QCOMPARE(current.sibling(3, DeliveryLogModel::ReasonColumn).data().toString(), TokenReason);
    QVERIFY(table->selectionModel()->isRowSelected(3, {}));
}

void TstDeliveryLog::viewRefreshesWhenScheduledOrShown()
{
    insertMixedLog();
    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    QCOMPARE(table->model()->rowCount(), 0);

    // Hidden, nothing is read; showing catches up.
    view.scheduleRefresh();
    QVERIFY(!view.isLoading());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 4);

    // A burst of new rows is picked up by one refresh.
    for (int i = 0; i < 3; ++i) {
        insertRefusal(Base.addSecs(100 + i), 401, TokenReason);
        view.scheduleRefresh();
    }
    QTRY_COMPARE(table->model()->rowCount(), 7);
}

// refresh() only asks: the rows arrive later, and of a burst of refreshes only the newest is
// shown.
void TstDeliveryLog::viewReadsOffTheGuiThreadNewestWins()
{
    insertMixedLog();
    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QSignalSpy refreshed(&view, &DeliveriesView::refreshed);
    view.refresh();
    QVERIFY(view.isLoading());
    QCOMPARE(table->model()->rowCount(), 0);
    kind->setCurrentIndex(kind->findData(int(Kind::Accepted)));
    kind->setCurrentIndex(kind->findData(int(Kind::Refused)));
    QVERIFY(waitUntilShown(view));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, 0).data(DeliveryLogModel::KindRole).toInt(),
                 int(DeliveryLogEntry::Refused));
    // Another store: the loader opens it.
    QTemporaryDir other;
    Database empty(Database::pathIn(other.path()));
    QVERIFY(empty.open(nullptr));
    view.setDatabasePath(empty.filePath());
    view.refresh();
    QVERIFY(waitUntilShown(view));
    QCOMPARE(table->model()->rowCount(), 0);
}

// Not a pass/fail check: states what a refresh at the limit costs.
void TstDeliveryLog::viewRefreshCost()
{
    const QByteArray body(1500, 'x');
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(db().transaction());
    for (int i = 0; i < 20000; ++i)
        insertDelivery(QStringLiteral("evt-%1").arg(i), QStringLiteral("EventUpdated"),
                       now.addSecs(i - 40000), i % 7 == 0 ? 2 : 1, QStringLiteral("198.51.100.1"),
                       body);
    for (int i = 0; i < 10000; ++i)
        insertRefusal(now.addSecs(i - 30000), 401, TokenReason);
    QVERIFY(db().commit());

    DeliveriesView view;
    view.setDatabasePath(m_database->filePath());
    QElapsedTimer timer;
    timer.start();
    view.refresh(); // also opens the connection and sizes the columns
    QVERIFY(waitUntilShown(view));
    const qint64 firstMs = timer.elapsed();
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    QCOMPARE(table->model()->rowCount(), DeliveryLogQuery::DefaultLimit);

    // What the GUI thread pays now is asking (the query runs on the loader's thread) and
    // showing the rows.
    const double guiCpuBefore = threadCpuMs();
    timer.restart();
    constexpr int Rounds = 5;
    for (int i = 0; i < Rounds; ++i) {
        view.refresh();
        QVERIFY(waitUntilShown(view));
    }
    const qint64 refreshMs = timer.elapsed() / Rounds;
    const double guiMs = (threadCpuMs() - guiCpuBefore) / Rounds;
    QCOMPARE(table->model()->rowCount(), DeliveryLogQuery::DefaultLimit);
    timer.restart();
    for (int i = 0; i < Rounds; ++i)
        QCOMPARE(entries({}, Kind::All).size(), DeliveryLogQuery::DefaultLimit);
    const qint64 queryMs = timer.elapsed() / Rounds;
    timer.restart();
    for (int i = 0; i < Rounds; ++i)
        QCOMPARE(entries(QStringLiteral("evt-1999"), Kind::All).size(), 11);
    const qint64 filteredMs = timer.elapsed() / Rounds;
    qInfo("refresh at %d rows: first %lld ms, then %lld ms until shown, of which the GUI thread "
          "worked %.1f ms (query %lld ms, filtered query %lld ms)",
          DeliveryLogQuery::DefaultLimit, firstMs, refreshMs, guiMs, queryMs, filteredMs);
}

QTEST_MAIN(TstDeliveryLog)
#include "tst_deliverylog.moc"
