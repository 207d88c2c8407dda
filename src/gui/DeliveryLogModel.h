#pragma once

#include "query/DeliveryLogEntry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The deliveries log as a table: a few thousand rows at most, held whole and replaced on reload.
class DeliveryLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogModel)

public:
    enum Column {
        TimeColumn,
        ResultColumn,
        TypeColumn,
        ReasonColumn,
        FromColumn,
        EventIdColumn,
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value: msecs since the epoch, status, or text
        KindRole,                // DeliveryLogEntry::Kind
        RowIdRole,               // with KindRole, a key that survives a reload
    };

    explicit DeliveryLogModel(QObject *parent = nullptr);
    ~DeliveryLogModel() override;

    // Replaces every row. Views lose their selection; keep it by (kind, rowId) and use
    // rowOf() to select the same entry again.
    void reload(QList<DeliveryLogEntry> entries);

    const DeliveryLogEntry *entryFromIndex(const QModelIndex &index) const;
    // The row of the entry with this key, or -1.
    int rowOf(DeliveryLogEntry::Kind kind, qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const DeliveryLogEntry &entry, int column) const;
    QVariant sortValue(const DeliveryLogEntry &entry, int column) const;
    QString toolTip(const DeliveryLogEntry &entry) const;
    QVariant decoration(const DeliveryLogEntry &entry, int column) const;

    QList<DeliveryLogEntry> m_entries;
    QIcon m_refusedIcon;
    QIcon m_retriedIcon;
};
