#include "ExportCommand.h"

int ExportCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    return 1;
}
