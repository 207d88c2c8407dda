#include "secrets/ProfileId.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

namespace {

QString idFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1StringView(ProfileId::FileName));
}

bool isValidId(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

} // namespace

QString ProfileId::read(const QString &dataDir)
{
    QFile file(idFilePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A UUID is 36 characters; anything much longer is not ours.
    const QString id = QString::fromLatin1(file.read(64)).trimmed();
    return isValidId(id) ? id : QString();
}

QString ProfileId::readOrCreate(const QString &dataDir, QString *error)
{
    if (const QString existing = read(dataDir); !existing.isEmpty())
        return existing;
    if (!QDir().mkpath(dataDir)) {
        if (error)
            *error = QCoreApplication::translate("ProfileId", "cannot create the data directory %1")
                         .arg(QDir::toNativeSeparators(dataDir));
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile file(idFilePath(dataDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(id.toLatin1() + '\n') < 0
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ProfileId", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return {};
    }
    return id;
}
