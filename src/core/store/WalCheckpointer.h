#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class Database;

// Copies the write-ahead log back into the database file on a connection and thread of its
// own. The writer's connection has automatic checkpoints switched off, so a checkpoint (which
// writes and syncs many pages) never sits between a delivery and its answer.
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    explicit WalCheckpointer(QString databasePath, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    // On the checkpointer's thread.
    bool open(QString *error);
    void checkpoint();

private:
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    QTimer m_timer;
};
