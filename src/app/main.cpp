#include "CommandLine.h"
#include "ExportCommand.h"
#include "HeadlessRunner.h"
#include "MainWindow.h"
#include "TokenCommand.h"
#include "UnixSignalWatcher.h"
#include "http/ReceiverService.h"
#include "i18n/Translations.h"
#include "secrets/WebhookTokenController.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("eventwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVENTWATCH_VERSION));
}

// The window keeps the receiver settings made in its settings dialog; the command line wins.
ReceiverConfig windowConfig(const CommandLine::Result &command, const Settings &settings)
{
    ReceiverConfig config = command.config;
    if (!command.bindGiven)
        config.bindAddress = QHostAddress(settings.bindAddress());
    if (!command.portGiven)
        config.port = settings.port();
    if (!command.maxBodyGiven)
        config.maxBodyBytes = settings.maxBodyBytes();
    if (config.allowNoAuth && !config.bindAddress.isLoopback())
        config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    return config;
}

WebhookTokenController *tokenControllerFor(const CommandLine::Result &command, QObject *parent)
{
    if (command.tokenSource == CommandLine::TokenSource::Keychain)
        return new WebhookTokenController(command.config.dataDir, parent);
    return WebhookTokenController::fixed(command.config.token, command.tokenFile, parent);
}

// The language chosen in Settings, or the system's.
QString chosenLanguage()
{
    const Settings settings;
    return settings.language();
}

int runWindow(int argc, char *argv[], const CommandLine::Result &command)
{
    QApplication app(argc, argv);
    const Translations translations(chosenLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Eventwatch"));
    QGuiApplication::setDesktopFileName(QStringLiteral(EVENTWATCH_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(EVENTWATCH_APP_ID)));
    UnixSignalWatcher signals({SIGINT, SIGTERM});
    Settings settings;
    ReceiverService receiver(windowConfig(command, settings));
    WebhookTokenController *tokens = tokenControllerFor(command, &app);
    QString error;
    bool ready = receiver.prepareStore(&error);
    // A keychain token arrives asynchronously; the window starts the receiver when it does.
    if (ready && !tokens->usesKeychain())
        ready = receiver.start(&error);
    MainWindow window(receiver, settings, *tokens);
    if (!ready)
        window.showReceiverError(error);
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, &window, &MainWindow::quitNow);
    window.show();
    tokens->load();
    window.openConnectGuideOnFirstRun();
    const int code = QApplication::exec();
    receiver.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // A full disk or a file size limit must be an error to handle, not a signal that kills.
    std::signal(SIGXFSZ, SIG_IGN);
    std::signal(SIGPIPE, SIG_IGN);
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    CommandLine::Result command;
    {
        // Help texts and errors are translated, so the translators come first; the window needs
        // a QApplication of its own, made once this one is gone.
        QCoreApplication app(argc, argv);
        const Translations translations(chosenLanguage());
        if (arguments.size() > 1 && arguments.at(1) == QLatin1StringView("export"))
            return ExportCommand::run(arguments.mid(2));
        if (arguments.size() > 1 && arguments.at(1) == QLatin1StringView("token"))
            return TokenCommand::run(arguments.mid(2));
        command = CommandLine::parse(arguments);
        switch (command.action) {
        case CommandLine::Action::ShowHelp:
            std::fputs(qUtf8Printable(command.helpText), stdout);
            return 0;
        case CommandLine::Action::ShowVersion:
            std::printf("eventwatch %s\n", EVENTWATCH_VERSION);
            return 0;
        case CommandLine::Action::Fail:
            std::fprintf(stderr, "eventwatch: %s\n", qUtf8Printable(command.error));
            return 1;
        case CommandLine::Action::RunHeadless:
            return HeadlessRunner::run(command.config, command.tokenSource, command.tunnel);
        case CommandLine::Action::RunWindow:
            break;
        }
    }
    return runWindow(argc, argv, command);
}
