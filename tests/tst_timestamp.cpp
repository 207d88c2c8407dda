#include <QTest>

class Tsttimestamp : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tsttimestamp)
#include "tst_timestamp.moc"
