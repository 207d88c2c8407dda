#include <QTest>

class Tstdeliveryparser : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstdeliveryparser)
#include "tst_deliveryparser.moc"
