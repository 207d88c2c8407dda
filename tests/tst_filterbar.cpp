#include <QTest>

class Tstfilterbar : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tstfilterbar)
#include "tst_filterbar.moc"
