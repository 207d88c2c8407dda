#include "DeliveryLogModel.h"

#include "domain/Timestamp.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace {

// Seconds matter in a log: retries and refusals often come in bursts.
QString localTimeText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool isRetried(const DeliveryLogEntry &entry)
{
    return entry.kind == DeliveryLogEntry::Accepted && entry.attempts > 1;
}

} // namespace

DeliveryLogModel::DeliveryLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    // Icons from the style follow the desktop theme, dark or light.
    , m_refusedIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    , m_retriedIcon(QApplication::style()->standardIcon(QStyle::SP_BrowserReload))
{}

DeliveryLogModel::~DeliveryLogModel() = default;

void DeliveryLogModel::reload(QList<DeliveryLogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const DeliveryLogEntry *DeliveryLogModel::entryFromIndex(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_entries.at(index.row());
}

int DeliveryLogModel::rowOf(DeliveryLogEntry::Kind kind, qint64 rowId) const
{
    const auto found =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [kind, rowId](const auto &entry) {
            return entry.kind == kind && entry.rowId == rowId;
        });
    return found == m_entries.cend() ? -1 : int(found - m_entries.cbegin());
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    const DeliveryLogEntry *entry = entryFromIndex(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*entry, index.column());
    case Qt::ToolTipRole:
        return toolTip(*entry);
    case Qt::DecorationRole:
        return decoration(*entry, index.column());
    case Qt::FontRole:
        if (entry->kind == DeliveryLogEntry::Refused && index.column() == ResultColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        return sortValue(*entry, index.column());
    case KindRole:
        return int(entry->kind);
    case RowIdRole:
        return entry->rowId;
    default:
        return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("Local time of the attempt; for a retried delivery, of its latest attempt");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case FromColumn:
        return tr("From");
    case EventIdColumn:
        return tr("Event id");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeliveryLogModel::displayText(const DeliveryLogEntry &entry, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return localTimeText(entry.time);
    case ResultColumn:
        return entry.kind == DeliveryLogEntry::Refused ? tr("%1 refused").arg(entry.status)
                                                       : tr("%1 stored").arg(entry.status);
    case TypeColumn:
        return entry.type;
    case ReasonColumn:
        return entry.reason;
    case FromColumn:
        return entry.remoteAddress;
    case EventIdColumn:
        return entry.eventId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryLogModel::sortValue(const DeliveryLogEntry &entry, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return entry.time.toMSecsSinceEpoch();
    case ResultColumn:
        return entry.status;
    case ReasonColumn:
        return entry.reason;
    default:
        return displayText(entry, column);
    }
}

QString DeliveryLogModel::toolTip(const DeliveryLogEntry &entry) const
{
    QStringList lines;
    if (entry.kind == DeliveryLogEntry::Refused) {
        lines << tr("Refused with HTTP %1: %2").arg(entry.status).arg(entry.reason);
        if (!entry.path.isEmpty())
            lines << tr("Path: %1").arg(entry.path);
    } else {
        lines << tr("Stored delivery %1").arg(entry.eventId);
        if (entry.attempts > 1)
            lines << tr("Mighty Networks sent it %1 times; the time is that of the latest.")
                         .arg(entry.attempts);
    }
    lines << tr("At %1").arg(Timestamp::toIsoUtc(entry.time));
    return lines.join(u'\n');
}

QVariant DeliveryLogModel::decoration(const DeliveryLogEntry &entry, int column) const
{
    if (column != ResultColumn)
        return {};
    if (entry.kind == DeliveryLogEntry::Refused)
        return m_refusedIcon;
    if (isRetried(entry))
        return m_retriedIcon;
    return {};
}
