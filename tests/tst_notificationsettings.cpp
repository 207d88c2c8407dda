#include "NotificationSettingsPage.h"
#include "SettingsDialog.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The Notifications page of the settings dialog: what it shows, and what Apply and OK save.
class TstNotificationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void isAPageBesideTheReceiverSettings();
    void showsTheSavedPreferences();
    void applySavesWithoutRestartingTheReceiver();
    void okSavesRemindersAndCloses();
    void aMutedSpaceThatIsNotListedStaysMuted();
    void theLanguageIsSavedForTheNextStart();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QListWidgetItem *space(const QString &name) const;
    QPushButton *button(QDialogButtonBox::StandardButton which) const
    {
        return child<QDialogButtonBox>(u"buttonBox"_s)->button(which);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TstNotificationSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    NotificationPreferences preferences;
    preferences.cancellations = false;
    preferences.mutedSpaceIds = {u"3"_s};
    m_settings->setNotificationPreferences(preferences);
    m_dialog = std::make_unique<SettingsDialog>(*m_settings);
    m_dialog->setNotificationSpaces({{u"3"_s, u"Bakers"_s}, {u"5"_s, u"Runners"_s}});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TstNotificationSettings::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_dir.reset();
}

QListWidgetItem *TstNotificationSettings::space(const QString &name) const
{
    const QList<QListWidgetItem *> items =
        child<QListWidget>(u"spacesList"_s)->findItems(name, Qt::MatchExactly);
    return items.size() == 1 ? items.first() : nullptr;
}

void TstNotificationSettings::isAPageBesideTheReceiverSettings()
{
    auto *pages = child<QTabWidget>(u"pages"_s);
    QVERIFY(pages);
    QCOMPARE(pages->count(), 2);
    QCOMPARE(pages->tabText(1).remove(u'&'), u"Notifications"_s);
    QVERIFY(pages->widget(0)->isAncestorOf(child<QGroupBox>(u"receiverGroup"_s)));
    QVERIFY(pages->widget(1)->isAncestorOf(child<QCheckBox>(u"enabledCheck"_s)));
}

void TstNotificationSettings::showsTheSavedPreferences()
{
    QVERIFY(child<QCheckBox>(u"enabledCheck"_s)->isChecked());
    QVERIFY(child<QCheckBox>(u"newEventsCheck"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(u"cancellationsCheck"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(u"reminderCheck"_s)->isChecked()); // off by default
    QVERIFY(!child<QSpinBox>(u"reminderSpin"_s)->isEnabled());
    QVERIFY(!child<QGroupBox>(u"quietGroup"_s)->isChecked());
    QCOMPARE(space(u"Bakers"_s)->checkState(), Qt::Checked);
    QCOMPARE(space(u"Runners"_s)->checkState(), Qt::Unchecked);
    QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
    // Turning notifications off greys out what they would tell.
    child<QCheckBox>(u"enabledCheck"_s)->setChecked(false);
    QVERIFY(!child<QGroupBox>(u"kindsGroup"_s)->isEnabled());
    QVERIFY(!child<QGroupBox>(u"muteGroup"_s)->isEnabled());
}

void TstNotificationSettings::applySavesWithoutRestartingTheReceiver()
{
    QSignalSpy changed(m_dialog.get(), &SettingsDialog::notificationPreferencesChanged);
    QSignalSpy restart(m_dialog.get(), &SettingsDialog::applyRequested);
    space(u"Runners"_s)->setCheckState(Qt::Checked);
    child<QGroupBox>(u"quietGroup"_s)->setChecked(true);
    child<QTimeEdit>(u"quietFromEdit"_s)->setTime(QTime(21, 0));
    QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());
    button(QDialogButtonBox::Apply)->click();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(restart.size(), 0);
    QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
    const NotificationPreferences saved =
        Settings(m_settings->fileName()).notificationPreferences();
    QCOMPARE(saved.mutedSpaceIds, (QStringList{u"3"_s, u"5"_s}));
    QVERIFY(saved.quietHours);
    QCOMPARE(saved.quietFrom, QTime(21, 0));
    QVERIFY(!saved.cancellations);
}

void TstNotificationSettings::okSavesRemindersAndCloses()
{
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    child<QCheckBox>(u"reminderCheck"_s)->setChecked(true);
    QVERIFY(child<QSpinBox>(u"reminderSpin"_s)->isEnabled());
    child<QSpinBox>(u"reminderSpin"_s)->setValue(30);
    button(QDialogButtonBox::Ok)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(m_settings->notificationPreferences().reminderMinutes, 30);
}

void TstNotificationSettings::aMutedSpaceThatIsNotListedStaysMuted()
{
    m_dialog->setNotificationSpaces({{u"5"_s, u"Runners"_s}});
    QListWidgetItem *unlisted = space(u"Space 3"_s);
    QVERIFY(unlisted);
    QCOMPARE(unlisted->checkState(), Qt::Checked);
    space(u"Runners"_s)->setCheckState(Qt::Checked);
    button(QDialogButtonBox::Apply)->click();
    QCOMPARE(m_settings->notificationPreferences().mutedSpaceIds, (QStringList{u"3"_s, u"5"_s}));
}

// The General page's language choice: saved by Apply without restarting the receiver, read at
// the next start.
void TstNotificationSettings::theLanguageIsSavedForTheNextStart()
{
    QSignalSpy restart(m_dialog.get(), &SettingsDialog::applyRequested);
    auto *combo = child<QComboBox>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString()); // the system's
    QCOMPARE(combo->count(), 4);
    combo->setCurrentIndex(combo->findData(u"fr"_s));
    QCOMPARE(combo->currentText(), u"Français"_s);
    QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());
    button(QDialogButtonBox::Apply)->click();
    QCOMPARE(restart.size(), 0);
    QCOMPARE(Settings(m_settings->fileName()).language(), u"fr"_s);
    QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
}

QTEST_MAIN(TstNotificationSettings)
#include "tst_notificationsettings.moc"
