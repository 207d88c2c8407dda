#include "EventListLoader.h"
