#include "tunnel/BoundedLineReader.h"

namespace {

QString lineOf(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

QStringList BoundedLineReader::feed(const QByteArray &data)
{
    QStringList lines;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype end = data.indexOf('\n', from);
        const qsizetype stop = end < 0 ? data.size() : end;
        if (!m_discarding) {
            m_pending.append(data.constData() + from,
                             std::min(stop - from, MaxLineBytes - m_pending.size()));
            if (m_pending.size() >= MaxLineBytes && end < 0)
                m_discarding = true;
        }
        if (end < 0)
            break;
        if (m_discarding && m_pending.isEmpty()) {
            // The cut line was already handed out: its end only closes it.
        } else {
            lines << lineOf(m_pending);
        }
        m_pending.clear();
        m_discarding = false;
        from = end + 1;
    }
    if (m_discarding && !m_pending.isEmpty()) {
        lines << lineOf(m_pending);
        m_pending.clear();
    }
    return lines;
}

QString BoundedLineReader::flush()
{
    const QString line = m_pending.isEmpty() ? QString() : lineOf(m_pending);
    m_pending.clear();
    m_discarding = false;
    return line;
}
