#pragma once

#include "BackgroundThread.h"
#include "DeliveryLogLoader.h"
#include "query/DeliveryLogQuery.h"

#include <QScopedPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

class DeliveryLogModel;
class QSortFilterProxyModel;

namespace Ui {
class DeliveriesView;
}

// Every delivery and every refused attempt, newest first, under a one-line summary of the last
// 24 hours, so a manager sees at a glance that the token is wrong or Mighty Networks is retrying.
//
// A DeliveryLogLoader reads the store on a thread of its own (at most
// DeliveryLogQuery::DefaultLimit rows of each table: 50-80 ms on two busy shared cores); the GUI
// thread only shows the result. scheduleRefresh() reads at most once a second.
class DeliveriesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesView)

public:
    explicit DeliveriesView(QWidget *parent = nullptr);
    ~DeliveriesView() override;

    // The store to read; it is opened (read-only) by the next refresh, and shown as empty while
    // the file does not exist yet.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }

    // A refresh was asked for and its result is not shown yet.
    bool isLoading() const { return m_loadingSerial != 0; }

public Q_SLOTS:
    // Reads the log and the summary again, now, off the GUI thread; refreshed() follows.
    void refresh();
    // Refreshes within a second, once for a burst of calls (a flood of refused attempts);
    // while the view is hidden, when it is shown next.
    void scheduleRefresh();

Q_SIGNALS:
    // The newest refresh is shown (or its error).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct SelectionKey
    {
        int kind = -1;
        qint64 rowId = 0;
    };

    void setUpKindFilter();
    void setUpTable();
    DeliveryLogQuery::Filter currentFilter() const;
    bool isFiltered() const;
    void applyResult(const DeliveryLogLoader::Result &result);
    void applyFailure(quint64 serial, const QString &message);
    void showEntries(QList<DeliveryLogEntry> entries);
    void showSummary(const DeliveryLogQuery::Summary &summary);
    void showError(const QString &message);
    void showEmptyState();
    void setSummary(const QString &text, bool warning);
    SelectionKey selectedKey() const;
    void select(const SelectionKey &key);

    static QString countText(int count);
    static QString summaryText(const DeliveryLogQuery::Summary &summary);
    static QString refusedText(const DeliveryLogQuery::Summary &summary);
    static QString retriedText(int retried);

    QScopedPointer<Ui::DeliveriesView> m_ui;
    DeliveryLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_databasePath;
    BackgroundThread m_thread;
    DeliveryLogLoader *m_loader; // lives on m_thread, deleted when it finishes
    quint64 m_lastSerial = 0;
    quint64 m_loadingSerial = 0; // 0 when idle
    QTimer m_burstTimer;         // scheduleRefresh(): at most one refresh per interval
    QTimer m_typingTimer;        // the filter text: refresh once typing pauses
    bool m_stale = true;         // a refresh was wanted while hidden
    bool m_columnsSized = false;
};
