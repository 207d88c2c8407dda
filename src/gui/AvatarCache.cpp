#include "AvatarCache.h"
