#include "TestDeliveries.h"
#include "store/Database.h"
#include "store/DeliveryWriter.h"
#include "store/PendingDelivery.h"
#include "store/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <optional>

using namespace std::chrono_literals;

// The write-ahead log under steady traffic: copied back while it grows, not only once a second,
// and started over again and again instead of growing for as long as the traffic lasts.
class TstWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void logStartsOverUnderSteadyTraffic();
    void idlePassCopiesWhatATrickleLeft();

private:
    void startCheckpointer(std::chrono::milliseconds idleInterval);
    // How many times the log started over: the checkpoint sequence number in its header.
    std::optional<quint32> logGeneration() const;
    void storeBatch(int first, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeliveryWriter> m_writer;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

void TstWalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = Database::pathIn(m_dir->path());
    m_writer = std::make_unique<DeliveryWriter>(path, 1000);
    QString error;
    QVERIFY2(m_writer->open(&error), qPrintable(error));
}

void TstWalCheckpointer::startCheckpointer(std::chrono::milliseconds idleInterval)
{
    m_checkpointer =
        std::make_unique<WalCheckpointer>(Database::pathIn(m_dir->path()), idleInterval);
    QString error;
    QVERIFY2(m_checkpointer->open(&error), qPrintable(error));
    m_checkpointer->serve(m_writer.get());
}

void TstWalCheckpointer::cleanup()
{
    m_checkpointer.reset();
    m_writer.reset();
    m_dir.reset();
}

std::optional<quint32> TstWalCheckpointer::logGeneration() const
{
    QFile log(Database::pathIn(m_dir->path()) + QStringLiteral("-wal"));
    if (!log.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = log.read(16);
    if (header.size() < 16)
        return std::nullopt;
    return qFromBigEndian<quint32>(header.constData() + 12);
}

void TstWalCheckpointer::storeBatch(int first, int count)
{
    QSignalSpy stored(m_writer.get(), &DeliveryWriter::stored);
    for (int i = first; i < first + count; ++i) {
        PendingDelivery delivery;
        delivery.ticket = quint64(i);
        delivery.envelope.eventId = QStringLiteral("delivery-%1").arg(i);
        delivery.envelope.type = QStringLiteral("EventCreated");
        delivery.envelope.classifiedBy = ClassificationSource::Path;
        delivery.envelope.shape = PayloadShape::Event;
        delivery.envelope.subjectId = QString::number(i);
        TestDeliveries::Event event;
        event.id = i;
        event.title = QStringLiteral("Steady traffic %1").arg(i);
        delivery.body = TestDeliveries::event(delivery.envelope.eventId, event);
        delivery.receivedAt = QDateTime::currentDateTimeUtc();
        delivery.remoteAddress = QStringLiteral("127.0.0.1");
        m_writer->enqueue(std::move(delivery));
    }
    QVERIFY(stored.wait(10000));
}

void TstWalCheckpointer::logStartsOverUnderSteadyTraffic()
{
    // An idle pass never comes during the test: whatever is copied, growth asked for.
    startCheckpointer(24h);
    constexpr int BatchSize = 20;
    constexpr int MaxDeliveries = 40000;
    constexpr quint32 RestartsWanted = 3;
    std::optional<quint32> firstGeneration;
    quint32 restarts = 0;
    int sent = 0;
    // Batch after batch, each sent as soon as the one before is stored; the log's generation
    // moves on only when a checkpoint copied all of it and the writer started it over.
    while (sent < MaxDeliveries && restarts < RestartsWanted) {
        storeBatch(sent, BatchSize);
        if (QTest::currentTestFailed())
            return;
        sent += BatchSize;
        const std::optional<quint32> generation = logGeneration();
        if (!generation)
            continue;
        if (!firstGeneration)
            firstGeneration = generation;
        restarts = *generation - *firstGeneration;
    }
    QVERIFY2(firstGeneration, "no write-ahead log was written");
    QVERIFY2(restarts >= RestartsWanted,
             qPrintable(QStringLiteral("the log started over %1 times in %2 deliveries")
                            .arg(restarts)
                            .arg(sent)));
    qInfo("the log started over %u times in %d deliveries", restarts, sent);
}

void TstWalCheckpointer::idlePassCopiesWhatATrickleLeft()
{
    startCheckpointer(50ms);
    const QString databasePath = Database::pathIn(m_dir->path());
    const qint64 before = QFileInfo(databasePath).size();
    storeBatch(0, 5);
    // Far less than a growth pass asks for: only the idle pass copies it into the file.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(databasePath).size() > before, 5000);
}

QTEST_GUILESS_MAIN(TstWalCheckpointer)
#include "tst_walcheckpointer.moc"
