#include "http/ReceiverService.h"
