#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Quits the application's event loop on SIGTERM or SIGINT, so that the benchmark's servers exit 0
// when run-ingest.sh stops them. Create one, after the QCoreApplication, and check installed().
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    bool installed() const { return m_notifier != nullptr; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};
