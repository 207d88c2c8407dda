#pragma once

#include <QString>

#include <cstdio>

// How the command-line commands speak: whole lines, flushed at once, and failures as a single
// line "eventwatch: <reason>" on stderr that scripts can read.
class ConsoleOutput final
{
public:
    static constexpr int ExitSuccess = 0;
    static constexpr int ExitFailure = 1;

    static void printLine(std::FILE *stream, const QString &text);
    // Prints the reason as one line (line breaks inside it become spaces); returns ExitFailure.
    static int fail(QString reason);
};
