#include "EventDetailsPanel.h"
