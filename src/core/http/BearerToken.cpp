#include "http/BearerToken.h"

#include <QCryptographicHash>

bool BearerToken::matches(QByteArrayView authorizationHeader, QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    const QByteArrayView header = authorizationHeader.trimmed();
    constexpr QByteArrayView scheme("bearer ");
    if (header.size() <= scheme.size()
        || header.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    return constantTimeEquals(header.sliced(scheme.size()).trimmed(), token);
}

bool BearerToken::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Comparing digests makes the work independent of both lengths.
    const QByteArray digestA = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray digestB = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < digestA.size(); ++i)
        difference |= static_cast<unsigned char>(digestA.at(i) ^ digestB.at(i));
    return difference == 0;
}
