#pragma once

#include <QByteArray>
#include <QString>

// Reads the webhook token from a file the user keeps private.
class TokenFile final
{
public:
    // Returns the token (the file's content without surrounding white space), or an empty
    // array with a one-line reason in error: the file is missing, unreadable, empty, too large,
    // or readable by group or others (a token others can read is not a secret).
    static QByteArray read(const QString &path, QString *error);
};
