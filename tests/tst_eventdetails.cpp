#include <QTest>

class Tsteventdetails : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsteventdetails)
#include "tst_eventdetails.moc"
