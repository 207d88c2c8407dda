#include "ExportCommand.h"
