#include "DeliveryLogModel.h"
