#include <QTest>

class Tstsettings : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstsettings)
#include "tst_settings.moc"
