#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Checks Authorization headers (or bare tokens) against a configured token. Keeps only the token's
// digest, computed once: every delivery is checked.
class BearerToken final
{
public:
    // An empty token matches nothing.
    explicit BearerToken(QByteArrayView token = {});

    // True when header is "Bearer <token>" (scheme case-insensitive). The comparison takes the
    // same time wherever the first difference is and whatever the lengths, so the token cannot
    // be guessed byte by byte from response times.
    bool matches(QByteArrayView authorizationHeader) const;
    // The same for the token itself, as a calendar application sends it in a URL's query.
    bool matchesToken(QByteArrayView token) const;
    bool isSet() const { return !m_digest.isEmpty(); }

private:
    static QByteArray digest(QByteArrayView text);
    static bool constantTimeEqualDigests(const QByteArray &a, const QByteArray &b);

    QByteArray m_digest; // empty when there is no token
};
