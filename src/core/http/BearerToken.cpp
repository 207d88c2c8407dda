#include "http/BearerToken.h"

#include <QCryptographicHash>

BearerToken::BearerToken(QByteArrayView token)
    : m_digest(token.isEmpty() ? QByteArray() : digest(token))
{}

bool BearerToken::matches(QByteArrayView authorizationHeader) const
{
    if (m_digest.isEmpty())
        return false;
    const QByteArrayView header = authorizationHeader.trimmed();
    constexpr QByteArrayView scheme("bearer ");
    if (header.size() <= scheme.size()
        || header.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    return matchesToken(header.sliced(scheme.size()).trimmed());
}

bool BearerToken::matchesToken(QByteArrayView token) const
{
    if (m_digest.isEmpty() || token.isEmpty())
        return false;
    return constantTimeEqualDigests(digest(token), m_digest);
}

// Comparing digests makes the work independent of both lengths.
QByteArray BearerToken::digest(QByteArrayView text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

bool BearerToken::constantTimeEqualDigests(const QByteArray &a, const QByteArray &b)
{
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
