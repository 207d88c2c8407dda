#include <QTest>

class Tstjsonnesting : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstjsonnesting)
#include "tst_jsonnesting.moc"
