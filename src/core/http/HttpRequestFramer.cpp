#include "http/HttpRequestFramer.h"
