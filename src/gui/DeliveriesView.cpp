#include "DeliveriesView.h"
