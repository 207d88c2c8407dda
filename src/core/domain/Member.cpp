#include "domain/Member.h"
