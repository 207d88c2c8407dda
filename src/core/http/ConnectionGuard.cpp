#include "http/ConnectionGuard.h"
