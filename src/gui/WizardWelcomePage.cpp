#include "WizardWelcomePage.h"

#include "ui_WizardWelcomePage.h"

WizardWelcomePage::WizardWelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WizardWelcomePage)
{
    m_ui->setupUi(this);
}

WizardWelcomePage::~WizardWelcomePage() = default;
