// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/ScanDraw.h"

#include <QSet>
#include <QTest>

using namespace pen;

class TestScanDraw final : public QObject {
    Q_OBJECT
private slots:
    void drawsDistinctScansOfTheSet()
    {
        QStringList ids;
        for (int i = 0; i < 200; ++i)
            ids.append(QStringLiteral("scan-%1").arg(i));
        const QStringList drawn = drawScans(ids, 15, 7);
        QCOMPARE(drawn.size(), 15);
        QCOMPARE(QSet<QString>(drawn.begin(), drawn.end()).size(), 15);
        for (const QString &id : drawn)
            QVERIFY(ids.contains(id));
        QVERIFY2(drawn != ids.mid(0, 15), "drawn, not the first 15");
    }

    void theSameSeedDrawsTheSameScans()
    {
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids.append(QStringLiteral("s%1").arg(i));
        QCOMPARE(drawScans(ids, 10, 42), drawScans(ids, 10, 42));
        QVERIFY(drawScans(ids, 10, 42) != drawScans(ids, 10, 43));
        // The first draws of a larger count are those of a smaller one: a draw is a prefix of a shuffle.
        QCOMPARE(drawScans(ids, 20, 42).mid(0, 10), drawScans(ids, 10, 42));
        // A fixed value, so that a change of the generator (which would change every draw) cannot pass unseen.
        QCOMPARE(drawScans({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, 4, 1),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d")}));
    }

    void countsBeyondTheSetDrawEverything()
    {
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList all = drawScans(ids, 10, 3);
        QCOMPARE(all.size(), 3);
        QCOMPARE(QSet<QString>(all.begin(), all.end()), QSet<QString>(ids.begin(), ids.end()));
        QVERIFY(drawScans(ids, 0, 3).isEmpty());
        QVERIFY(drawScans({}, 5, 3).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestScanDraw)
#include "tst_scandraw.moc"
