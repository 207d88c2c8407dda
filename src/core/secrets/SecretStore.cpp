#include "secrets/SecretStore.h"

#include "Logging.h"

#include <QEventLoop>
#include <QtGlobal>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include <optional>

namespace {

// QtKeychain says "OtherError" both for a missing session bus and for odd failures; the bus
// check tells the user which one it is.
bool sessionBusMissing()
{
#if defined(Q_OS_LINUX)
    return !QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

// libsecret answers a read from a locked collection whose unlock prompt could not be shown
// (no display, prompt dismissed) as "no such entry". Asking the Secret Service whether the
// default collection is locked tells "not set yet" from "locked".
bool defaultCollectionLocked()
{
#if defined(Q_OS_LINUX)
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
#else
    return false;
#endif
}

SecretResult::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::Status::Unavailable;
    case QKeychain::OtherError:
        return sessionBusMissing() ? SecretResult::Status::Unavailable
                                   : SecretResult::Status::Failed;
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::Status::Failed;
    }
    return SecretResult::Status::Failed;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral(EVENTWATCH_APP_ID), parent)
{}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(done));
}

void SecretStore::write(const QString &key, const QByteArray &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, std::move(done));
}

void SecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(done));
}

void SecretStore::run(QKeychain::Job *job, Callback done)
{
    // The QSettings fallback of QtKeychain would keep the secret in a plain file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *job) {
        const SecretResult result = resultOf(job);
        if (result.status != SecretResult::Status::Ok
            && result.status != SecretResult::Status::NotFound)
            qCDebug(lcSecrets).noquote() << "keychain:" << result.cause;
        done(result);
    });
    job->start();
}

SecretResult SecretStore::resultOf(QKeychain::Job *job)
{
    SecretResult result;
    result.status = statusOf(job->error());
    if (result.status == SecretResult::Status::NotFound && defaultCollectionLocked()) {
        result.status = SecretResult::Status::Locked;
        result.cause = QObject::tr("its unlock prompt was dismissed or could not be shown");
        return result;
    }
    if (result.status == SecretResult::Status::Ok) {
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.secret = read->binaryData();
        return result;
    }
    result.cause = job->errorString();
    if (result.status == SecretResult::Status::Unavailable && sessionBusMissing())
        result.cause = QObject::tr("there is no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is %1")
                           .arg(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                                    ? QObject::tr("not set")
                                    : QObject::tr("set, but nobody answers there"));
    return result;
}

SecretResult SecretStore::wait(const std::function<void(Callback)> &operation)
{
    QEventLoop loop;
    std::optional<SecretResult> outcome;
    operation([&](const SecretResult &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}
