#include "BackgroundThread.h"

#include "Logging.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#endif

BackgroundThread::BackgroundThread(QObject *parent)
    : QThread(parent)
{}

BackgroundThread::~BackgroundThread() = default;

void BackgroundThread::run()
{
    lowerCurrentThreadPriority();
    QThread::run();
}

void BackgroundThread::lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // With PRIO_PROCESS, Linux takes a thread id and changes that thread alone (setpriority(2)).
    const int target = qMin(currentNiceValue() + NiceIncrement, 19);
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), target) != 0)
        qCWarning(lcStore).noquote()
            << "cannot lower the priority of" << QThread::currentThread()->objectName() << ":"
            << std::strerror(errno);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int BackgroundThread::currentNiceValue()
{
#ifdef Q_OS_LINUX
    // getpriority() may return -1 as a value: errno tells an error apart.
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}
