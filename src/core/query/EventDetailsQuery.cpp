#include "query/EventDetailsQuery.h"
