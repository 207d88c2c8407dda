#include "ExportCommand.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!arguments.isEmpty() && arguments.first() == QLatin1StringView("export")) {
        QCoreApplication app(argc, argv);
        return ExportCommand::run(arguments.mid(1));
    }
    return 0;
}
