#include "export/EventExporter.h"
