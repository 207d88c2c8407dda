#pragma once

#include "http/ReceiverConfig.h"

// Runs the receiver without a window until SIGINT or SIGTERM.
class HeadlessRunner final
{
public:
    // Needs a QCoreApplication. Returns the exit code: 0 after a signal, 1 when the receiver
    // cannot start (the reason is printed on one line).
    static int run(const ReceiverConfig &config);
};
