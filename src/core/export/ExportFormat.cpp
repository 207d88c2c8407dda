#include "export/ExportFormat.h"
