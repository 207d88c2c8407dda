#include "HeadlessRunner.h"

#include "UnixSignalWatcher.h"
#include "http/ReceiverService.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int HeadlessRunner::run(const ReceiverConfig &config)
{
    ReceiverService receiver(config);
    QString error;
    if (!receiver.start(&error)) {
        std::fprintf(stderr, "eventwatch: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::fprintf(stderr, "listening on %s\n", qUtf8Printable(receiver.webhookUrl()));
    std::fflush(stderr);
    UnixSignalWatcher signals({SIGINT, SIGTERM});
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, qApp, [&receiver] {
        receiver.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
