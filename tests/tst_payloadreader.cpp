#include <QTest>

class Tstpayloadreader : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstpayloadreader)
#include "tst_payloadreader.moc"
