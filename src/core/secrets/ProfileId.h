#pragma once

#include <QString>

// The identity of one data directory in the keychain. Each data directory keeps a random id
// in a file of its own, so two data directories have two tokens, and a copied or moved data
// directory keeps its token. The id is not a secret.
class ProfileId final
{
public:
    static constexpr const char *FileName = "profile-id";

    // The id stored in dataDir; empty when there is none yet (or it is unreadable).
    static QString read(const QString &dataDir);
    // The stored id, created first when there is none (and dataDir with it); empty with a
    // one-line reason in error when the directory or the file cannot be written.
    static QString readOrCreate(const QString &dataDir, QString *error);
};
