#include "store/DeliveryWriter.h"
