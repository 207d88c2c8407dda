#include "domain/Member.h"

QString Member::displayName() const
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    return first % u' ' % last;
}
