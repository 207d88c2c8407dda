#include "domain/DeliveryParser.h"
