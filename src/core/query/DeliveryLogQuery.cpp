#include "query/DeliveryLogQuery.h"
