#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Checks an Authorization header against the configured webhook token.
class BearerToken final
{
public:
    // True when header is "Bearer <token>" (scheme case-insensitive). The comparison takes the
    // same time wherever the first difference is and whatever the lengths, so the token cannot
    // be guessed byte by byte from response times.
    static bool matches(QByteArrayView authorizationHeader, QByteArrayView token);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};
