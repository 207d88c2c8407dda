#pragma once

#include <QStringList>

// `eventwatch export ...`: writes every stored event as CSV, JSON or NDJSON.
class ExportCommand final
{
public:
    // arguments are the words after "export". Returns the process exit code; errors are one line
    // on stderr.
    static int run(const QStringList &arguments);
};
