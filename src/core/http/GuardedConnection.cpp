#include "http/GuardedConnection.h"
