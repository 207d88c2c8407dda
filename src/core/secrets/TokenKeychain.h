#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QString>

// One named token of one data directory (the webhook token, say), kept in the system keychain
// under "<name>/<profile id of the data directory>".
class TokenKeychain final
{
public:
    static inline const QString WebhookToken = QStringLiteral("webhook-token");
    // Opens the calendar feed (GET /calendar.ics) and nothing else.
    static inline const QString FeedToken = QStringLiteral("feed-token");
    // The longest token `token set` accepts; Mighty Networks' keys are far shorter.
    static constexpr qsizetype MaxTokenBytes = 4096;
    static constexpr qsizetype MinTokenBytes = 16;

    TokenKeychain(SecretStore &store, const QString &dataDir, const QString &name = WebhookToken);

    // NotFound when the data directory has no token yet.
    void load(SecretStore::Callback done) const;
    // Creates the data directory's profile id first when it has none.
    void store(const QByteArray &token, SecretStore::Callback done) const;
    // Ok also when there was nothing to remove.
    void clear(SecretStore::Callback done) const;

    // The same, waiting for the outcome in a local event loop: for the command line, which has
    // nothing else to do meanwhile.
    SecretResult loadNow() const;
    SecretResult storeNow(const QByteArray &token) const;
    SecretResult clearNow() const;

    // 32 random bytes from the system's generator, base64url without padding (43 characters).
    static QByteArray generate();
    // What to tell someone whose data directory has no token yet, in one line.
    static QString notSetMessage(const QString &dataDir);
    static QString feedNotSetMessage(const QString &dataDir);
    // Whether token can serve as a bearer token; a one-line reason in error when not.
    static bool isAcceptable(const QByteArray &token, QString *error);

private:
    QString keyFor(const QString &profileId) const;

    SecretStore &m_store;
    QString m_dataDir;
    QString m_name;
};
