#include "NotificationSettingsPage.h"

#include "ui_NotificationSettingsPage.h"

#include <QListWidgetItem>

#include <algorithm>

namespace {

constexpr int SpaceIdRole = Qt::UserRole;
// The lead offered when the user turns reminders on.
constexpr int DefaultReminderMinutes = 15;

} // namespace

NotificationSettingsPage::NotificationSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::NotificationSettingsPage)
{
    m_ui->setupUi(this);
    m_ui->reminderSpin->setMaximum(NotificationPreferences::MaxReminderMinutes);
    const auto changed = [this] {
        updateEnabled();
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QCheckBox *check : {m_ui->enabledCheck, m_ui->newEventsCheck, m_ui->movesCheck,
                             m_ui->cancellationsCheck, m_ui->milestonesCheck, m_ui->reminderCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    connect(m_ui->quietGroup, &QGroupBox::toggled, this, changed);
    connect(m_ui->reminderSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->quietFromEdit, &QTimeEdit::timeChanged, this, changed);
    connect(m_ui->quietUntilEdit, &QTimeEdit::timeChanged, this, changed);
    connect(m_ui->spacesList, &QListWidget::itemChanged, this,
            [this, changed](QListWidgetItem *item) {
                const QString id = item->data(SpaceIdRole).toString();
                m_muted.removeAll(id);
                if (item->checkState() == Qt::Checked)
                    m_muted.append(id);
                changed();
            });
    setPreferences({});
}

NotificationSettingsPage::~NotificationSettingsPage() = default;

void NotificationSettingsPage::setPreferences(const NotificationPreferences &preferences)
{
    m_loading = true;
    m_ui->enabledCheck->setChecked(preferences.enabled);
    m_ui->newEventsCheck->setChecked(preferences.newEvents);
    m_ui->movesCheck->setChecked(preferences.moves);
    m_ui->cancellationsCheck->setChecked(preferences.cancellations);
    m_ui->milestonesCheck->setChecked(preferences.rsvpMilestones);
    m_ui->reminderCheck->setChecked(preferences.reminderMinutes > 0);
    m_ui->reminderSpin->setValue(preferences.reminderMinutes > 0 ? preferences.reminderMinutes
                                                                 : DefaultReminderMinutes);
    m_ui->quietGroup->setChecked(preferences.quietHours);
    m_ui->quietFromEdit->setTime(preferences.quietFrom);
    m_ui->quietUntilEdit->setTime(preferences.quietUntil);
    m_muted = preferences.mutedSpaceIds;
    rebuildSpaces();
    updateEnabled();
    m_loading = false;
}

NotificationPreferences NotificationSettingsPage::preferences() const
{
    NotificationPreferences preferences;
    preferences.enabled = m_ui->enabledCheck->isChecked();
    preferences.newEvents = m_ui->newEventsCheck->isChecked();
    preferences.moves = m_ui->movesCheck->isChecked();
    preferences.cancellations = m_ui->cancellationsCheck->isChecked();
    preferences.rsvpMilestones = m_ui->milestonesCheck->isChecked();
    preferences.reminderMinutes =
        m_ui->reminderCheck->isChecked() ? m_ui->reminderSpin->value() : 0;
    preferences.quietHours = m_ui->quietGroup->isChecked();
    preferences.quietFrom = m_ui->quietFromEdit->time();
    preferences.quietUntil = m_ui->quietUntilEdit->time();
    preferences.mutedSpaceIds = m_muted;
    return preferences;
}

void NotificationSettingsPage::setSpaces(const QList<std::pair<QString, QString>> &spaces)
{
    m_spaces = spaces;
    rebuildSpaces();
}

void NotificationSettingsPage::rebuildSpaces()
{
    QListWidget *list = m_ui->spacesList;
    const QSignalBlocker blocker(list);
    list->clear();
    QList<std::pair<QString, QString>> shown = m_spaces;
    for (const QString &id : std::as_const(m_muted)) {
        const bool listed = std::any_of(shown.cbegin(), shown.cend(),
                                        [&id](const auto &space) { return space.first == id; });
        if (!listed)
            shown.append({id, QString()});
    }
    for (const auto &[id, name] : std::as_const(shown)) {
        auto *item = new QListWidgetItem(name.isEmpty() ? tr("Space %1").arg(id) : name, list);
        item->setData(SpaceIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_muted.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    if (shown.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("No spaces yet: they appear with their first event."), list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void NotificationSettingsPage::updateEnabled()
{
    const bool on = m_ui->enabledCheck->isChecked();
    m_ui->kindsGroup->setEnabled(on);
    m_ui->quietGroup->setEnabled(on);
    m_ui->muteGroup->setEnabled(on);
    m_ui->reminderSpin->setEnabled(m_ui->reminderCheck->isChecked());
}
