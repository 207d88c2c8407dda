#include "HeadlessRunner.h"

#include "UnixSignalWatcher.h"
#include "http/ReceiverService.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int HeadlessRunner::run(const ReceiverConfig &config)
{
    // Signals are caught from before the receiver starts, so a stop request right after the
    // listening line still shuts down cleanly.
    UnixSignalWatcher signals({SIGINT, SIGTERM});
    ReceiverService receiver(config);
    QString error;
    if (!receiver.start(&error)) {
        std::fprintf(stderr, "eventwatch: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::fprintf(stderr, "listening on %s\n", qUtf8Printable(receiver.webhookUrl()));
    std::fflush(stderr);
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, qApp, [&receiver] {
        receiver.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
