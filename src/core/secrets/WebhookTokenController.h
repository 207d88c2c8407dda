#pragma once

#include "secrets/SecretResult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class SecretStore;

// The webhook token of a running Eventwatch: where it comes from (the keychain, a token file,
// or none because --no-auth was given), what state it is in, and the changes the user asks for.
// Only keychain tokens can be generated here; a token file is the user's to edit. The calendar
// feed's token follows the same rules under another keychain key, so it is handled by the same
// class.
class WebhookTokenController final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Loading,       // asking the keychain
        Set,           // a keychain token is in use
        NotSet,        // the keychain has none for this data directory yet
        KeychainError, // the keychain could not be read: problem() says why
        FromFile,      // --token-file: fixed for this run
        NotRequired,   // --no-auth: deliveries need no token
    };
    Q_ENUM(State)

    // A token kept in the keychain for dataDir; call load() to read it.
    WebhookTokenController(const QString &dataDir, QObject *parent = nullptr);
    // Another token of dataDir kept the same way, e.g. TokenKeychain::FeedToken.
    WebhookTokenController(const QString &dataDir, const QString &keyName,
                           QObject *parent = nullptr);
    // A token fixed by the command line: from a file, or none with --no-auth.
    static WebhookTokenController *fixed(const QByteArray &token, const QString &origin,
                                         QObject *parent = nullptr);

    State state() const { return m_state; }
    QByteArray token() const { return m_token; }
    // For FromFile, the file; for KeychainError, what went wrong and what to do.
    QString detail() const { return m_detail; }
    bool usesKeychain() const;
    bool busy() const { return m_busy; }

    void load();
    // Makes a new random token and keeps it in the keychain; tokenChanged() when it is stored.
    void generate();

Q_SIGNALS:
    void stateChanged();
    void tokenChanged(const QByteArray &token);
    // A change the user asked for did not happen; message says why, in one line.
    void failed(const QString &message);

private:
    WebhookTokenController(QObject *parent);
    void onLoaded(const SecretResult &result);
    void setState(State state, const QString &detail = {});

    SecretStore *m_store = nullptr;
    QString m_dataDir;
    QString m_keyName;
    State m_state = State::Loading;
    QByteArray m_token;
    QString m_detail;
    bool m_busy = false;
};
