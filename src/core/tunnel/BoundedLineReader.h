#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Splits a child's output into lines without trusting it: a line longer than MaxLineBytes is cut
// there (the rest of it is dropped), so a tool that prints without newlines cannot grow memory.
class BoundedLineReader final
{
public:
    static constexpr qsizetype MaxLineBytes = 4096;

    // Returns the complete lines in data (and in what was kept from earlier calls), without
    // their line ends; an unfinished line is kept for the next call.
    QStringList feed(const QByteArray &data);
    // The unfinished line, if any, once the output has ended.
    QString flush();

private:
    QByteArray m_pending;
    bool m_discarding = false; // the current line passed the cap: skip to its end
};
