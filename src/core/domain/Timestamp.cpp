#include "domain/Timestamp.h"
