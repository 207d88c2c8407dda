#include <QTest>

class Tsteventtablemodel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(Tsteventtablemodel)
#include "tst_eventtablemodel.moc"
