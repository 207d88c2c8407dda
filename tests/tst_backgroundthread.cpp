#include "BackgroundThread.h"
#include "ProcessStat.h"
#include "http/ReceiverService.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

// Background work really runs below the threads that answer deliveries and paint the window:
// QThread::LowPriority alone does not do that on Linux.
class TstBackgroundThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsBelowTheThreadThatStartedIt();
    void threadMadeOtherwiseLowersItself();
    void receiverAnswersAtNormalPriorityAndWorksInTheBackgroundBelowIt();

private:
    static int expectedBackgroundNice(int starter);
};

void TstBackgroundThread::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("thread nice values are a Linux feature");
#endif
}

int TstBackgroundThread::expectedBackgroundNice(int starter)
{
    return qMin(starter + BackgroundThread::NiceIncrement, 19);
}

void TstBackgroundThread::runsBelowTheThreadThatStartedIt()
{
    BackgroundThread thread;
    QObject worker;
    worker.moveToThread(&thread);
    thread.start();
    int inside = -100;
    QThread *const here = QThread::currentThread();
    QMetaObject::invokeMethod(
        &worker,
        [&] {
            inside = BackgroundThread::currentNiceValue();
            worker.moveToThread(here); // only its own thread may hand it back
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QCOMPARE(inside, expectedBackgroundNice(BackgroundThread::currentNiceValue()));
    // The thread that started it keeps its own priority.
    QVERIFY(BackgroundThread::currentNiceValue() < inside
            || BackgroundThread::currentNiceValue() == 19);
}

void TstBackgroundThread::threadMadeOtherwiseLowersItself()
{
    int inside = -100;
    std::unique_ptr<QThread> thread(QThread::create([&inside] {
        BackgroundThread::lowerCurrentThreadPriority();
        inside = BackgroundThread::currentNiceValue();
    }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QCOMPARE(inside, expectedBackgroundNice(BackgroundThread::currentNiceValue()));
}

void TstBackgroundThread::receiverAnswersAtNormalPriorityAndWorksInTheBackgroundBelowIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ReceiverConfig config;
    config.dataDir = dir.path();
    config.port = 0;
    config.token = "a-token-for-this-test";
    config.feedToken = "a-feed-token-for-this-test";
    ReceiverService receiver(config);
    QString error;
    QVERIFY2(receiver.start(&error), qPrintable(error));

    const int normal = BackgroundThread::currentNiceValue();
    // Thread names as the kernel keeps them: at most 15 bytes.
    const QHash<QString, int> nice = ProcessStat::threadNiceValues();
    QCOMPARE(nice.value(QStringLiteral("eventwatch-http"), -100), normal);
    QCOMPARE(nice.value(QStringLiteral("eventwatch-stor"), -100), normal);
    QCOMPARE(nice.value(QStringLiteral("eventwatch-feed"), -100), expectedBackgroundNice(normal));
    QCOMPARE(nice.value(QStringLiteral("eventwatch-chec"), -100), expectedBackgroundNice(normal));
}

QTEST_GUILESS_MAIN(TstBackgroundThread)
#include "tst_backgroundthread.moc"
