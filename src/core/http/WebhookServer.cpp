#include "http/WebhookServer.h"
