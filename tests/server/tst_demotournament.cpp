// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The headless main job: a whole small event on the bundled sets with simulated officers.
#include "demo/DemoTournament.h"

#include <QTest>

using namespace pen;
using namespace pen::server;

class TestDemoTournament : public QObject {
    Q_OBJECT

private slots:
    void aWholeEventRunsAndEndsWithALeaderboard()
    {
        DemoOptions options;
        options.imageSetsFolder = QStringLiteral(PEN_BUILD_IMAGESETS_DIR);
        options.scansPerRound = 2;
        options.lookSeconds = 0.3;
        options.secondsPerScan = 3;
        options.breakSeconds = 1;
        QStringList lines;
        options.print = [&](const QString &line) { lines.append(line); };
        auto result = runDemoTournament(options);
        QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().message));

        QCOMPARE(result->standings.size(), 5); // four officers and a team of two
        QStringList names;
        for (const Standing &standing : result->standings) {
            names.append(standing.name);
            QVERIFY(standing.rank >= 1 && standing.rank <= 5);
        }
        for (const char *name : {"A. Novice", "B. Trained", "C. Experienced", "D. Expert", "Team North"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(result->answersAccepted > 0);
        // 3 rounds × 2 scans × 5 contestants, answered or timed out, one CSV row each.
        QCOMPARE(QString::fromUtf8(result->csv).count(QLatin1Char('\n')), 1 + 3 * 2 * 5);
        const QString printed = lines.join(QLatin1Char('\n'));
        for (const char *expected : {"After round 1", "After round 2", "After round 3", "Final leaderboard",
                                     "uploading find-the-cocaine: 100%"})
            QVERIFY2(printed.contains(QLatin1String(expected)), expected);
    }
};

QTEST_GUILESS_MAIN(TestDemoTournament)
#include "tst_demotournament.moc"
