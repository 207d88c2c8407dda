#include "ConsoleOutput.h"

void ConsoleOutput::printLine(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int ConsoleOutput::fail(QString reason)
{
    // An SQLite error or a file name may contain line breaks; they must not split the line.
    reason.replace(u'\n', u' ').replace(u'\r', u' ');
    printLine(stderr, QStringLiteral("eventwatch: ") + reason.trimmed());
    return ExitFailure;
}
