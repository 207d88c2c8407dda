#include "HeadlessRunner.h"
