#include "UnixSignalWatcher.h"
