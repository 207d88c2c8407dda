#pragma once

#include <QByteArray>
#include <QString>

// What a keychain operation came to. The secret is only set for a successful read.
struct SecretResult
{
    enum class Status {
        Ok,
        // No entry yet: for a token this means "not set", not a failure.
        NotFound,
        // The keychain answered but refused: a locked collection, or access denied.
        Locked,
        // No keychain could be reached: no session bus, no Secret Service, no backend.
        Unavailable,
        // Anything else the keychain reported.
        Failed,
    };

    Status status = Status::Failed;
    QByteArray secret;
    // The keychain's own words for what went wrong; empty on success.
    QString cause;

    bool ok() const { return status == Status::Ok; }
    // One line for a person: what happened and what to do about it.
    QString message() const;
};
