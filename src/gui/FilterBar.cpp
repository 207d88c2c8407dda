#include "FilterBar.h"
