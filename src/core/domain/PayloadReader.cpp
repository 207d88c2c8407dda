#include "domain/PayloadReader.h"
