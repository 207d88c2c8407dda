#pragma once

#include "secrets/SecretResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// The only code that talks to the system keychain (QtKeychain: the Secret Service on Linux,
// the Keychain on macOS, the Credential Store on Windows). Every operation is an asynchronous
// job whose outcome reaches the callback on the caller's thread; nothing is ever written to a
// plain file as a fallback.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    // Entries live under service, the application id unless a test gives another.
    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    void read(const QString &key, Callback done);
    void write(const QString &key, const QByteArray &secret, Callback done);
    void remove(const QString &key, Callback done);

    // Waits for an operation in a local event loop: for the command line, which has nothing
    // else to do meanwhile.
    static SecretResult wait(const std::function<void(Callback)> &operation);

private:
    void run(QKeychain::Job *job, Callback done);
    static SecretResult resultOf(QKeychain::Job *job);

    QString m_service;
};
