#include "secrets/TokenFile.h"
