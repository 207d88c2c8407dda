#include "tunnel/TunnelProcess.h"

#include "Logging.h"

#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace {

constexpr int StopGraceMs = 3000;

} // namespace

TunnelProcess::TunnelProcess(QString program, QStringList arguments, ErrorReader errorReader,
                             QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_errorReader(std::move(errorReader))
    , m_process(this)
    , m_restartTimer(this)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec. The death signal survives exec; the parent check
    // closes the window in which Eventwatch died before prctl took effect.
    m_process.setChildProcessModifier([parent = ::getpid()] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &TunnelProcess::launch);
    connect(&m_process, &QProcess::readyRead, this, &TunnelProcess::readOutput);
    connect(&m_process, &QProcess::started, this, &TunnelProcess::started);
    connect(&m_process, &QProcess::finished, this, &TunnelProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &TunnelProcess::onErrorOccurred);
}

TunnelProcess::~TunnelProcess()
{
    stop();
}

void TunnelProcess::setBackoff(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    m_nextDelayMs = firstMs;
}

void TunnelProcess::start()
{
    m_wanted = true;
    m_nextDelayMs = m_firstDelayMs;
    if (!isRunning())
        launch();
}

void TunnelProcess::resetBackoff()
{
    m_nextDelayMs = m_firstDelayMs;
}

void TunnelProcess::stop()
{
    m_wanted = false;
    m_restartTimer.stop();
    if (!isRunning())
        return;
    qCInfo(lcTunnel).noquote() << "stopping" << m_program << "pid" << m_process.processId();
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

void TunnelProcess::launch()
{
    if (!m_wanted)
        return;
    m_reader = BoundedLineReader();
    qCInfo(lcTunnel).noquote() << "starting" << m_program << m_arguments.join(u' ');
    m_process.start(m_program, m_arguments, QIODevice::ReadOnly);
}

void TunnelProcess::readOutput()
{
    for (const QString &line : m_reader.feed(m_process.readAll())) {
        if (const QString error = m_errorReader ? m_errorReader(line) : QString(); !error.isEmpty())
            m_lastError = error;
        Q_EMIT lineRead(line);
    }
}

void TunnelProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (const QString rest = m_reader.flush(); !rest.isEmpty())
        Q_EMIT lineRead(rest);
    if (!m_wanted)
        return;
    QString reason = m_lastError;
    if (reason.isEmpty())
        reason = status == QProcess::CrashExit
                     ? tr("%1 crashed").arg(m_program)
                     : tr("%1 exited with status %2").arg(m_program).arg(exitCode);
    scheduleRestart(reason);
}

void TunnelProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // A crash or a failed read also ends in finished(); only a failed start ends here.
    if (error != QProcess::FailedToStart || !m_wanted)
        return;
    m_lastError = tr("cannot start %1: %2").arg(m_program, m_process.errorString());
    scheduleRestart(m_lastError);
}

void TunnelProcess::scheduleRestart(const QString &reason)
{
    const int delay = m_nextDelayMs;
    m_nextDelayMs = std::min(m_nextDelayMs * 2, m_maxDelayMs);
    qCWarning(lcTunnel).noquote() << m_program << "stopped:" << reason << "- restart in" << delay
                                  << "ms";
    m_restartTimer.start(delay);
    Q_EMIT died(reason, delay);
}
