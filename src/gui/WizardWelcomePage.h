#pragma once

#include <QScopedPointer>
#include <QWizardPage>

namespace Ui {
class WizardWelcomePage;
}

// The first page of the first-run guide: what will happen, in plain words, and that it can be
// skipped.
class WizardWelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardWelcomePage)

public:
    explicit WizardWelcomePage(QWidget *parent = nullptr);
    ~WizardWelcomePage() override;

private:
    QScopedPointer<Ui::WizardWelcomePage> m_ui;
};
