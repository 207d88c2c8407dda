#pragma once

#include <QHash>
#include <QString>

#include <optional>

// What the tests read of a process or thread from /proc/<pid>/stat (Linux): its name, its state
// and its nice value.
class ProcessStat
{
public:
    QString name;   // at most 15 bytes, as the kernel keeps it
    char state = 0; // 'R', 'S', 'Z' …
    int nice = 0;

    // nullopt when the process is gone or the file cannot be read.
    static std::optional<ProcessStat> read(const QString &statPath);
    // Whether a process of that pid still runs (a zombie waiting for its reaper does not).
    static bool processRuns(qint64 pid);
    // The nice value of each thread of this process, by thread name.
    static QHash<QString, int> threadNiceValues();
    // The pid written in a file (a pid file), 0 when there is none.
    static qint64 pidInFile(const QString &path);
};
