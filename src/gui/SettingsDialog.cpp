#include "SettingsDialog.h"

#include "NotificationSettingsPage.h"
#include "ThemeColors.h"
#include "settings/Settings.h"
#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 BytesPerKiB = 1024;

int kibFromBytes(qint64 bytes)
{
    // Round up: a limit shown smaller than it is would refuse what the user expects to pass.
    return int((bytes + BytesPerKiB - 1) / BytesPerKiB);
}

// The canonical form, so "::0001" and "::1" count as the same setting; text that is not an
// address stays as typed.
QString canonicalAddress(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text.trimmed()) ? address.toString() : text.trimmed();
}

// Both colours set, from the palette's lightness, so the message reads on light and dark themes
// alike.
QString messageStyle(ThemeColors::Tone tone, const QPalette &palette)
{
    return u"QLabel { background: %1; border: 1px solid %2; color: %3; border-radius: 4px; "
           "padding: 6px; }"_s.arg(ThemeColors::boxBackground(tone, palette).name(),
                                   ThemeColors::boxBorder(tone, palette).name(),
                                   ThemeColors::boxText(tone, palette).name());
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->maxBodySpin->setMaximum(kibFromBytes(Settings::MaxBodyBytesCeiling));
    addPages();
    addLanguages();
    load();
    setDataDirectory(QString());
    hideMessage();

    connect(m_ui->bindAddressEdit, &QLineEdit::textChanged, this, &SettingsDialog::onFieldEdited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    connect(m_ui->maxBodySpin, &QSpinBox::valueChanged, this, &SettingsDialog::onFieldEdited);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onFieldEdited);
    connect(m_notificationsPage, &NotificationSettingsPage::edited, this,
            &SettingsDialog::onFieldEdited);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            &SettingsDialog::openDataDirectory);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { apply(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateAddressHint();
    updateButtons();
    // The pages are full of wrapped explanations. At the narrow width their size hints ask for,
    // the tab widget (which ignores height-for-width) leaves them too short and clips them; at
    // the width of a comfortable line they fit.
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    adjustSize();
    // Once shown, the labels know their width and so their wrapped height.
    QTimer::singleShot(0, this,
                       [this] { resize(width(), std::max(height(), sizeHint().height())); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPages()
{
    m_notificationsPage = new NotificationSettingsPage(m_ui->pages);
    m_ui->pages->addTab(m_notificationsPage, tr("&Notifications"));
}

void SettingsDialog::addLanguages()
{
    QComboBox *combo = m_ui->languageCombo;
    // The C locale has no name; Eventwatch speaks English there.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    combo->addItem(systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage),
                   QString());
    // Each language by its own name, as the one who reads it calls it.
    combo->addItem(u"English"_s, u"en"_s);
    combo->addItem(u"Deutsch"_s, u"de"_s);
    combo->addItem(u"Français"_s, u"fr"_s);
}

void SettingsDialog::setNotificationSpaces(const QList<std::pair<QString, QString>> &spaces)
{
    m_notificationsPage->setSpaces(spaces);
}

void SettingsDialog::setDataDirectory(const QString &path)
{
    m_dataDirectory = path;
    m_ui->dataDirectoryEdit->setText(QDir::toNativeSeparators(path));
    m_ui->openFolderButton->setEnabled(!path.isEmpty());
}

void SettingsDialog::addSection(QWidget *section)
{
    // Below the General page's own groups, above its closing stretch.
    m_ui->generalLayout->insertWidget(m_ui->generalLayout->count() - 1, section);
    adjustSize();
}

void SettingsDialog::addPage(QWidget *section, const QString &title)
{
    auto *page = new QWidget(m_ui->pages);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(section);
    layout->addStretch();
    m_ui->pages->addTab(page, title);
}

void SettingsDialog::showApplyResult(bool ok, const QString &message)
{
    const bool answersUs = m_waiting;
    m_waiting = false;
    if (ok && answersUs) {
        m_saved = m_pending;
        save();
    }
    updateButtons();
    if (!ok) {
        m_closeWhenApplied = false;
        showMessage(MessageKind::Error, message);
        return;
    }
    if (answersUs && m_closeWhenApplied) {
        QDialog::accept();
        return;
    }
    showMessage(MessageKind::Success, message.isEmpty() ? tr("Applied.") : message);
}

void SettingsDialog::accept()
{
    apply(true);
}

void SettingsDialog::load()
{
    m_saved.address = canonicalAddress(m_settings.bindAddress());
    m_saved.port = m_settings.port();
    m_saved.maxBodyKiB = kibFromBytes(m_settings.maxBodyBytes());
    m_ui->bindAddressEdit->setText(m_saved.address);
    m_ui->portSpin->setValue(m_saved.port);
    m_ui->maxBodySpin->setValue(m_saved.maxBodyKiB);
    m_notificationsPage->setPreferences(m_settings.notificationPreferences());
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(m_settings.language())));
}

void SettingsDialog::save()
{
    m_settings.setBindAddress(m_saved.address);
    m_settings.setPort(quint16(m_saved.port));
    m_settings.setMaxBodyBytes(m_saved.maxBodyKiB * BytesPerKiB);
    QString error;
    if (!m_settings.sync(&error))
        showMessage(
            MessageKind::Error,
            tr("The receiver uses the new values, but they could not be saved: %1").arg(error));
}

void SettingsDialog::saveNotificationPreferences()
{
    const NotificationPreferences preferences = m_notificationsPage->preferences();
    if (preferences == m_settings.notificationPreferences())
        return;
    m_settings.setNotificationPreferences(preferences);
    QString error;
    if (!m_settings.sync(&error))
        showMessage(
            MessageKind::Error,
            tr("The notification settings apply now but could not be saved: %1").arg(error));
    Q_EMIT notificationPreferencesChanged();
}

void SettingsDialog::saveLanguage()
{
    const QString language = shownLanguage();
    if (language == m_settings.language())
        return;
    // Read once at start: the next start shows it.
    m_settings.setLanguage(language);
    QString error;
    if (!m_settings.sync(&error))
        showMessage(MessageKind::Error, tr("The language could not be saved: %1").arg(error));
}

QString SettingsDialog::shownLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::apply(bool closeWhenApplied)
{
    if (m_waiting || !addressIsValid())
        return;
    // They need no restart of the receiver: saved whatever becomes of the receiver's values.
    saveNotificationPreferences();
    saveLanguage();
    updateButtons();
    const ReceiverValues values = shownValues();
    if (values == m_saved) {
        if (closeWhenApplied)
            QDialog::accept();
        return;
    }
    m_pending = values;
    m_waiting = true;
    m_closeWhenApplied = closeWhenApplied;
    updateButtons();
    showMessage(MessageKind::Progress, tr("Restarting the receiver…"));
    // The owner may answer before this returns.
    Q_EMIT applyRequested(QHostAddress(values.address), quint16(values.port),
                          values.maxBodyKiB * BytesPerKiB);
}

void SettingsDialog::openDataDirectory()
{
    if (!QDir(m_dataDirectory).exists()) {
        showMessage(MessageKind::Error,
                    tr("%1 does not exist yet.").arg(QDir::toNativeSeparators(m_dataDirectory)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDirectory)))
        showMessage(
            MessageKind::Error,
            tr("No file manager could open %1.").arg(QDir::toNativeSeparators(m_dataDirectory)));
}

void SettingsDialog::onFieldEdited()
{
    // An old answer no longer describes what the fields show.
    if (!m_waiting)
        hideMessage();
    updateAddressHint();
    updateButtons();
}

void SettingsDialog::updateAddressHint()
{
    QLabel *hint = m_ui->addressHintLabel;
    const QString text = m_ui->bindAddressEdit->text().trimmed();
    QHostAddress address;
    if (!address.setAddress(text)) {
        hint->setText(tr("Enter an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 "
                         "(every network)."));
        hint->setStyleSheet(u"QLabel { color: %1; }"_s.arg(
            ThemeColors::text(ThemeColors::Tone::Error, palette()).name()));
        return;
    }
    hint->setStyleSheet(QString());
    if (address.isLoopback())
        hint->setText(tr("Only this computer can connect. A tunnel running here (cloudflared, "
                         "ngrok) reaches it; this is the safe choice."));
    else if (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        hint->setText(tr("Every network this computer is on can reach the receiver. Use this only "
                         "when the tunnel runs on another machine."));
    else
        hint->setText(tr("Other computers that can reach %1 can send to the receiver. A tunnel on "
                         "this computer only needs 127.0.0.1.")
                          .arg(address.toString()));
}

void SettingsDialog::updateButtons()
{
    const bool valid = addressIsValid();
    const bool modified =
        !(shownValues() == m_saved)
        || m_notificationsPage->preferences() != m_settings.notificationPreferences()
        || shownLanguage() != m_settings.language();
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(valid && modified && !m_waiting);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_waiting);
    m_ui->receiverGroup->setEnabled(!m_waiting);
}

void SettingsDialog::showMessage(MessageKind kind, const QString &text)
{
    switch (kind) {
    case MessageKind::Progress:
        m_ui->messageLabel->setStyleSheet(messageStyle(ThemeColors::Tone::Information, palette()));
        break;
    case MessageKind::Success:
        m_ui->messageLabel->setStyleSheet(messageStyle(ThemeColors::Tone::Success, palette()));
        break;
    case MessageKind::Error:
        m_ui->messageLabel->setStyleSheet(messageStyle(ThemeColors::Tone::Error, palette()));
        break;
    }
    m_ui->messageLabel->setProperty("messageKind", int(kind));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void SettingsDialog::hideMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

SettingsDialog::ReceiverValues SettingsDialog::shownValues() const
{
    ReceiverValues values;
    values.address = canonicalAddress(m_ui->bindAddressEdit->text());
    values.port = m_ui->portSpin->value();
    values.maxBodyKiB = m_ui->maxBodySpin->value();
    return values;
}

bool SettingsDialog::addressIsValid() const
{
    QHostAddress address;
    return address.setAddress(m_ui->bindAddressEdit->text().trimmed());
}
