#include "query/EventQuery.h"
