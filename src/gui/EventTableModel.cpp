#include "EventTableModel.h"
