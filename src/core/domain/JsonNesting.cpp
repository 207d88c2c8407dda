#include "domain/JsonNesting.h"
