#include <QTest>

class Tsteventquery : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsteventquery)
#include "tst_eventquery.moc"
