#include "secrets/SecretResult.h"

#include <QCoreApplication>

QString SecretResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return QCoreApplication::translate("SecretResult", "no token is set yet");
    case Status::Locked:
        return QCoreApplication::translate(
                   "SecretResult",
                   "the system keychain is locked (%1). Unlock it (log in to the desktop, or "
                   "unlock the \"Login\" keyring), or start Eventwatch with --token-file FILE")
            .arg(cause);
    case Status::Unavailable:
        return QCoreApplication::translate(
                   "SecretResult",
                   "the system keychain cannot be reached (%1). Run Eventwatch in a desktop "
                   "session with a Secret Service such as GNOME Keyring or KWallet, or start it "
                   "with --token-file FILE")
            .arg(cause);
    case Status::Failed:
        return QCoreApplication::translate("SecretResult",
                                           "the system keychain reported an error: %1")
            .arg(cause);
    }
    return {};
}
