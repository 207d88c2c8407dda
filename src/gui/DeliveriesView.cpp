#include "DeliveriesView.h"

#include "DeliveryLogModel.h"
#include "ui_DeliveriesView.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace {

constexpr int BurstIntervalMs = 1000;
constexpr int TypingPauseMs = 200;
// Reasons named in the summary line; the rest are counted together.
constexpr int SummaryReasons = 3;

QString number(int value)
{
    return QLocale().toString(value);
}

} // namespace

DeliveriesView::DeliveriesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DeliveriesView)
    , m_model(new DeliveryLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_loader(new DeliveryLogLoader)
{
    m_ui->setupUi(this);
    qRegisterMetaType<DeliveryLogLoader::Result>();
    m_thread.setObjectName(QStringLiteral("eventwatch-deliveries"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DeliveryLogLoader::loaded, this, &DeliveriesView::applyResult);
    connect(m_loader, &DeliveryLogLoader::failed, this, &DeliveriesView::applyFailure);
    m_thread.start();
    setUpKindFilter();
    setUpTable();
    m_burstTimer.setSingleShot(true);
    m_burstTimer.setInterval(BurstIntervalMs);
    connect(&m_burstTimer, &QTimer::timeout, this, &DeliveriesView::refresh);
    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingPauseMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &DeliveriesView::refresh);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_typingTimer, qOverload<>(&QTimer::start));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &DeliveriesView::refresh);
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &DeliveriesView::refresh);
    showEmptyState();
}

DeliveriesView::~DeliveriesView()
{
    m_thread.quit();
    m_thread.wait();
}

void DeliveriesView::setUpKindFilter()
{
    using Kind = DeliveryLogQuery::KindFilter;
    m_ui->kindCombo->addItem(tr("All attempts"), int(Kind::All));
    m_ui->kindCombo->addItem(tr("Accepted"), int(Kind::Accepted));
    m_ui->kindCombo->addItem(tr("Refused"), int(Kind::Refused));
    m_ui->kindCombo->addItem(tr("Retried"), int(Kind::Retried));
}

void DeliveriesView::setUpTable()
{
    // Sorting a few thousand rows in a proxy takes milliseconds; the query caps the rows.
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeliveryLogModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(DeliveryLogModel::TimeColumn, Qt::DescendingOrder);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void DeliveriesView::setDatabasePath(const QString &path)
{
    if (path == m_databasePath)
        return;
    m_databasePath = path;
    m_stale = true;
    scheduleRefresh();
}

void DeliveriesView::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Not restarted: under a steady flood the view still refreshes every interval.
    if (!m_burstTimer.isActive())
        m_burstTimer.start();
}

void DeliveriesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DeliveriesView::refresh()
{
    m_burstTimer.stop();
    m_typingTimer.stop();
    m_stale = false;
    m_loadingSerial = ++m_lastSerial;
    m_loader->request(
        {m_loadingSerial, m_databasePath, currentFilter(), QDateTime::currentDateTimeUtc()});
}

void DeliveriesView::applyResult(const DeliveryLogLoader::Result &result)
{
    if (result.serial != m_loadingSerial)
        return; // superseded while it was on its way
    m_loadingSerial = 0;
    if (result.storeExists) {
        showSummary(result.summary);
        showEntries(result.entries);
    } else {
        showEmptyState();
    }
    Q_EMIT refreshed();
}

void DeliveriesView::applyFailure(quint64 serial, const QString &message)
{
    if (serial != m_loadingSerial)
        return;
    m_loadingSerial = 0;
    showError(message);
    Q_EMIT refreshed();
}

DeliveryLogQuery::Filter DeliveriesView::currentFilter() const
{
    return {m_ui->filterEdit->text(),
            DeliveryLogQuery::KindFilter(m_ui->kindCombo->currentData().toInt())};
}

bool DeliveriesView::isFiltered() const
{
    const DeliveryLogQuery::Filter filter = currentFilter();
    return !filter.text.trimmed().isEmpty() || filter.kind != DeliveryLogQuery::KindFilter::All;
}

void DeliveriesView::showEntries(QList<DeliveryLogEntry> entries)
{
    const SelectionKey selected = selectedKey();
    const int count = int(entries.size());
    m_model->reload(std::move(entries));
    select(selected);
    // Once: later the widths are the user's.
    if (!m_columnsSized && count > 0) {
        m_ui->table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    m_ui->countLabel->setText(countText(count));
    if (count > 0) {
        m_ui->stack->setCurrentWidget(m_ui->table);
        return;
    }
    m_ui->emptyLabel->setText(
        isFiltered() ? tr("No deliveries match the filter.")
                     : tr("No deliveries yet. Deliveries and refused attempts show up here as "
                          "they arrive."));
    m_ui->stack->setCurrentWidget(m_ui->emptyLabel);
}

void DeliveriesView::showSummary(const DeliveryLogQuery::Summary &summary)
{
    setSummary(summaryText(summary), summary.refusedCount > 0);
}

void DeliveriesView::showError(const QString &message)
{
    setSummary(tr("Cannot read the deliveries: %1").arg(message), true);
}

void DeliveriesView::showEmptyState()
{
    setSummary(summaryText({}), false);
    showEntries({});
}

void DeliveriesView::setSummary(const QString &text, bool warning)
{
    m_ui->summaryLabel->setText(text);
    if (warning) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_ui->summaryIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    }
    m_ui->summaryIcon->setVisible(warning);
}

DeliveriesView::SelectionKey DeliveriesView::selectedKey() const
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return {current.data(DeliveryLogModel::KindRole).toInt(),
            current.data(DeliveryLogModel::RowIdRole).toLongLong()};
}

void DeliveriesView::select(const SelectionKey &key)
{
    if (key.kind < 0)
        return;
    const int row = m_model->rowOf(DeliveryLogEntry::Kind(key.kind), key.rowId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
}

QString DeliveriesView::countText(int count)
{
    if (count >= DeliveryLogQuery::DefaultLimit)
        return tr("the newest %1").arg(number(count));
    if (count == 1)
        return tr("1 entry");
    return tr("%1 entries").arg(number(count));
}

QString DeliveriesView::summaryText(const DeliveryLogQuery::Summary &summary)
{
    return tr("In the last 24 hours: %1; %2")
        .arg(refusedText(summary), retriedText(summary.retriedCount));
}

QString DeliveriesView::refusedText(const DeliveryLogQuery::Summary &summary)
{
    if (summary.refusedCount == 0)
        return tr("nothing refused");
    QStringList parts;
    int named = 0;
    for (const DeliveryLogQuery::ReasonCount &reason : summary.refusalsByReason) {
        if (parts.size() == SummaryReasons)
            break;
        parts << tr("%1 × %2").arg(number(reason.count), reason.reason);
        named += reason.count;
    }
    if (named < summary.refusedCount)
        parts << tr("%1 × other reasons").arg(number(summary.refusedCount - named));
    return tr("%1 refused — %2")
        .arg(number(summary.refusedCount), parts.join(QStringLiteral(", ")));
}

QString DeliveriesView::retriedText(int retried)
{
    if (retried == 0)
        return tr("no delivery was retried");
    if (retried == 1)
        return tr("1 delivery was retried by Mighty Networks");
    return tr("%1 deliveries were retried by Mighty Networks").arg(number(retried));
}
