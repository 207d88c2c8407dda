#include "store/DeliveryDeriver.h"
