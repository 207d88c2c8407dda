#pragma once

#include <QtGlobal>

// A local TCP port that refuses every connection and stays reserved while this object lives:
// a socket bound to it but never listening. A port merely closed after use could be taken by
// a test running alongside, which would then answer where a test expects nobody.
class RefusingPort final
{
    Q_DISABLE_COPY_MOVE(RefusingPort)

public:
    RefusingPort();
    ~RefusingPort();

    // 0 when no port could be reserved.
    quint16 port() const { return m_port; }

private:
    int m_socket = -1;
    quint16 m_port = 0;
};
