#pragma once

#include "http/ReceiverConfig.h"
#include "tunnel/TunnelProvider.h"

#include <QString>
#include <QStringList>

// The command line of the window and of headless mode (the export command has its own).
class CommandLine final
{
public:
    enum class Action {
        RunWindow,
        RunHeadless,
        ShowHelp,
        ShowVersion,
        Fail,
    };

    // Where the webhook token comes from.
    enum class TokenSource {
        Keychain, // the default: the system keychain entry of the data directory
        File,     // --token-file: read while parsing, so config.token carries it
        None,     // --no-auth
    };

    struct Result
    {
        Action action = Action::Fail;
        ReceiverConfig config;
        // Which receiver settings the command line gave; the window takes the others from its
        // saved settings.
        bool bindGiven = false;
        bool portGiven = false;
        bool maxBodyGiven = false;
        TokenSource tokenSource = TokenSource::Keychain;
        QString tokenFile; // when File
        // --feed-token-file (headless only): read while parsing, into config.feedToken.
        QString feedTokenFile;
        QString error;    // one line, when Fail
        QString helpText; // when ShowHelp
        // --tunnel: what puts the headless receiver on a public address.
        TunnelProvider tunnel = TunnelProvider::None;
    };

    // arguments include the program name, as QCoreApplication::arguments() does. Reads the
    // token file, so a Result to run carries its token; a keychain token is read later, once
    // an event loop runs.
    static Result parse(const QStringList &arguments);
    static QString defaultDataDir();
};
