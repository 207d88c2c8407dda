#include "secrets/TokenFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr qint64 MaxTokenFileBytes = 4096;

} // namespace

QByteArray TokenFile::read(const QString &path, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QByteArray();
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            QCoreApplication::translate("TokenFile", "token file %1 does not exist").arg(path));
    const QFile::Permissions permissions = info.permissions();
    if (permissions & (QFile::ReadGroup | QFile::ReadOther))
        return fail(
            QCoreApplication::translate(
                "TokenFile", "token file %1 is readable by group or others; run: chmod 600 %1")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TokenFile", "cannot read token file %1: %2")
                        .arg(path, file.errorString()));
    if (file.size() > MaxTokenFileBytes)
        return fail(
            QCoreApplication::translate("TokenFile", "token file %1 is larger than %2 bytes")
                .arg(path)
                .arg(MaxTokenFileBytes));
    const QByteArray token = file.readAll().trimmed();
    if (token.isEmpty())
        return fail(QCoreApplication::translate("TokenFile", "token file %1 is empty").arg(path));
    return token;
}
