#pragma once

#include "tunnel/BoundedLineReader.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <functional>

// A tunnel tool run as a child of Eventwatch: its output read line by line (bounded), restarted
// with a growing delay when it dies, stopped with Eventwatch. On Linux the child is also told to
// end when Eventwatch is killed (PR_SET_PDEATHSIG), so no tunnel outlives the receiver it serves.
class TunnelProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelProcess)

public:
    // Reads the last error worth showing from a line of output; empty for other lines.
    using ErrorReader = std::function<QString(const QString &line)>;

    TunnelProcess(QString program, QStringList arguments, ErrorReader errorReader,
                  QObject *parent = nullptr);
    ~TunnelProcess() override;

    // The delay before the first restart, doubled after each failed start up to maxMs.
    void setBackoff(int firstMs, int maxMs);
    void start();
    // Ends the child (SIGTERM, then SIGKILL after a grace period) and stops restarting.
    void stop();
    // The tool is working: the next failure restarts it after the first delay again.
    void resetBackoff();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QString lastError() const { return m_lastError; }
    int nextRestartMs() const { return m_nextDelayMs; }

Q_SIGNALS:
    void started();
    void lineRead(const QString &line);
    // The child ended or could not start; reason is one line for the user. A restart follows
    // after restartInMs.
    void died(const QString &reason, int restartInMs);

private:
    void launch();
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void scheduleRestart(const QString &reason);

    QString m_program;
    QStringList m_arguments;
    ErrorReader m_errorReader;
    QProcess m_process;
    BoundedLineReader m_reader;
    QTimer m_restartTimer;
    QString m_lastError;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 60000;
    int m_nextDelayMs = 1000;
    bool m_wanted = false;
};
