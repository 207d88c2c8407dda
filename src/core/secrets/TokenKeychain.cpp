#include "secrets/TokenKeychain.h"

#include "secrets/ProfileId.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace {

SecretResult immediate(SecretResult::Status status, const QString &cause = {})
{
    SecretResult result;
    result.status = status;
    result.cause = cause;
    return result;
}

// The characters RFC 6750 allows in a bearer token (b64token), minus '=' padding in the
// middle, which we never produce; printable ASCII keeps the header simple either way.
bool isTokenCharacter(char c)
{
    return c > 0x20 && c < 0x7f;
}

} // namespace

TokenKeychain::TokenKeychain(SecretStore &store, const QString &dataDir, const QString &name)
    : m_store(store)
    , m_dataDir(dataDir)
    , m_name(name)
{}

void TokenKeychain::load(SecretStore::Callback done) const
{
    const QString profileId = ProfileId::read(m_dataDir);
    if (profileId.isEmpty()) {
        done(immediate(SecretResult::Status::NotFound));
        return;
    }
    m_store.read(keyFor(profileId), std::move(done));
}

void TokenKeychain::store(const QByteArray &token, SecretStore::Callback done) const
{
    QString error;
    const QString profileId = ProfileId::readOrCreate(m_dataDir, &error);
    if (profileId.isEmpty()) {
        done(immediate(SecretResult::Status::Failed, error));
        return;
    }
    m_store.write(keyFor(profileId), token, std::move(done));
}

void TokenKeychain::clear(SecretStore::Callback done) const
{
    const QString profileId = ProfileId::read(m_dataDir);
    if (profileId.isEmpty()) {
        done(immediate(SecretResult::Status::Ok));
        return;
    }
    m_store.remove(keyFor(profileId), [done = std::move(done)](const SecretResult &result) {
        done(result.status == SecretResult::Status::NotFound ? immediate(SecretResult::Status::Ok)
                                                             : result);
    });
}

SecretResult TokenKeychain::loadNow() const
{
    return SecretStore::wait([this](SecretStore::Callback done) { load(std::move(done)); });
}

SecretResult TokenKeychain::storeNow(const QByteArray &token) const
{
    return SecretStore::wait(
        [this, &token](SecretStore::Callback done) { store(token, std::move(done)); });
}

SecretResult TokenKeychain::clearNow() const
{
    return SecretStore::wait([this](SecretStore::Callback done) { clear(std::move(done)); });
}

QByteArray TokenKeychain::generate()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool TokenKeychain::isAcceptable(const QByteArray &token, QString *error)
{
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (token.size() < MinTokenBytes)
        return refuse(QCoreApplication::translate("TokenKeychain",
                                                  "the token is too short: give at least %1 "
                                                  "characters")
                          .arg(MinTokenBytes));
    if (token.size() > MaxTokenBytes)
        return refuse(QCoreApplication::translate("TokenKeychain",
                                                  "the token is too long: at most %1 characters")
                          .arg(MaxTokenBytes));
    if (!std::all_of(token.cbegin(), token.cend(), isTokenCharacter))
        return refuse(QCoreApplication::translate(
            "TokenKeychain", "the token may only contain printable ASCII without spaces"));
    return true;
}

QString TokenKeychain::notSetMessage(const QString &dataDir)
{
    return QCoreApplication::translate("TokenKeychain",
                                       "no webhook token is set for %1 in the system keychain: run "
                                       "`eventwatch token generate --data-dir %1`, or start with "
                                       "--token-file FILE")
        .arg(QDir::toNativeSeparators(dataDir));
}

QString TokenKeychain::feedNotSetMessage(const QString &dataDir)
{
    return QCoreApplication::translate("TokenKeychain",
                                       "no calendar feed token is set for %1 in the system "
                                       "keychain: run `eventwatch token generate --feed --data-dir "
                                       "%1`")
        .arg(QDir::toNativeSeparators(dataDir));
}

QString TokenKeychain::keyFor(const QString &profileId) const
{
    return m_name + u'/' + profileId;
}
