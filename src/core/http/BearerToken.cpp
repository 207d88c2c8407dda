#include "http/BearerToken.h"
