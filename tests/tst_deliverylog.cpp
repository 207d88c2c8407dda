#include <QTest>

class Tstdeliverylog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstdeliverylog)
#include "tst_deliverylog.moc"
