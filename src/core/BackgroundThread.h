#pragma once

#include <QThread>

// A thread for work that may wait whenever deliveries are being answered or the window is busy:
// building the calendar feed, copying the log back into the store, counting facets, exporting.
//
// QThread::LowPriority changes nothing on Linux (Qt maps it onto SCHED_OTHER, whose only static
// priority is 0), so this thread lowers its own nice value when it starts: the kernel keeps one
// per thread. Elsewhere it asks for QThread::LowPriority.
class BackgroundThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundThread)

public:
    // How much lower than the thread that started it a background thread runs, in nice steps.
    static constexpr int NiceIncrement = 10;

    explicit BackgroundThread(QObject *parent = nullptr);
    ~BackgroundThread() override;

    // For a thread made otherwise, such as by QThread::create(): call first thing in it.
    static void lowerCurrentThreadPriority();
    // The calling thread's nice value; 0 where there is none.
    static int currentNiceValue();

protected:
    void run() override;
};
