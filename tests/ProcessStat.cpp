#include "ProcessStat.h"

#include <QDir>
#include <QFile>

std::optional<ProcessStat> ProcessStat::read(const QString &statPath)
{
    QFile file(statPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    // "pid (name) state ..." where the name may hold spaces and parentheses; nice is field 19.
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 17 || fields.first().isEmpty())
        return std::nullopt;
    ProcessStat stat;
    stat.name = QString::fromUtf8(line.mid(open + 1, close - open - 1));
    stat.state = fields.first().at(0);
    stat.nice = fields.at(16).toInt();
    return stat;
}

bool ProcessStat::processRuns(qint64 pid)
{
    const std::optional<ProcessStat> stat = read(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat && stat->state != 'Z';
}

QHash<QString, int> ProcessStat::threadNiceValues()
{
    QHash<QString, int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &id : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (const std::optional<ProcessStat> stat =
                read(tasks.filePath(id + QStringLiteral("/stat"))))
            values.insert(stat->name, stat->nice);
    }
    return values;
}

qint64 ProcessStat::pidInFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}
