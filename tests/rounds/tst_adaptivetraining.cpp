// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "rounds/AdaptiveTraining.h"

#include <QSet>
#include <QTest>

using namespace pen;

namespace {

// A set of scans: "n<i>" hold a narcotics target of overlap i / 10, "w<i>" a weapon of overlap
// i / 10, "c<i>" nothing.
ImageSet trainingSet(int narcotics, int weapons, int clear)
{
    ImageSet set;
    set.name = QStringLiteral("training");
    const auto add = [&](const QString &id, const QString &category, double overlap) {
        ImageSetEntry entry;
        entry.scan.id = id;
        if (!category.isEmpty()) {
            GroundTruthObject object;
            object.id = QStringLiteral("o1");
            object.category = category;
            object.difficulty = Difficulty{overlap, overlap, 0};
            entry.scan.truth.append(object);
        }
        set.entries.append(entry);
    };
    for (int i = 0; i < narcotics; ++i)
        add(QStringLiteral("n%1").arg(i), QStringLiteral("narcotics"), i / 10.0);
    for (int i = 0; i < weapons; ++i)
        add(QStringLiteral("w%1").arg(i), QStringLiteral("weapon"), i / 10.0);
    for (int i = 0; i < clear; ++i)
        add(QStringLiteral("c%1").arg(i), QString(), 0);
    return set;
}

} // namespace

class TestAdaptiveTraining final : public QObject {
    Q_OBJECT
private slots:
    void harderTargetsScoreHigher();
    void scansFallIntoThirdsByDifficulty();
    void levelsRiseAfterGoodRoundsAndFallAfterMisses();
    void roundsDrawTargetsAtTheTraineesLevel();
};

void TestAdaptiveTraining::harderTargetsScoreHigher()
{
    using AdaptiveTraining::difficultyScore;
    QCOMPARE(difficultyScore({0, 0, 0}), 0.0);
    QCOMPARE(difficultyScore({1, 1, 90}), 1.0);
    QVERIFY(difficultyScore({0.5, 0, 0}) > difficultyScore({0, 0.5, 0})); // superposition weighs most
    QVERIFY(difficultyScore({0, 0, 45}) > 0);
    QCOMPARE(difficultyScore({0, 0, -90}), difficultyScore({0, 0, 90}));
}

void TestAdaptiveTraining::scansFallIntoThirdsByDifficulty()
{
    const QMap<QString, int> levels = AdaptiveTraining::scanLevels(trainingSet(9, 3, 2), QStringLiteral("narcotics"));
    QCOMPARE(levels.size(), 9);
    for (int i = 0; i < 9; ++i)
        QCOMPARE(levels.value(QStringLiteral("n%1").arg(i)), 1 + i / 3);
    QVERIFY(!levels.contains(QStringLiteral("w0")));
    QVERIFY(!levels.contains(QStringLiteral("c0")));
}

void TestAdaptiveTraining::levelsRiseAfterGoodRoundsAndFallAfterMisses()
{
    const QString narcotics = QStringLiteral("narcotics");
    const QString weapon = QStringLiteral("weapon");
    const QList<QMap<QString, SignalDetection>> rounds{
        {{narcotics, {4, 0, 0, 4}}, {weapon, {1, 3, 0, 4}}}, // narcotics 100 %: up; weapons 25 %: stays at 1
        {{narcotics, {3, 1, 0, 4}}},                         // 75 %: up again
        {{narcotics, {4, 0, 0, 4}}},                         // at the top already
        {{narcotics, {1, 1, 0, 4}}},                         // 50 %: stays
        {{narcotics, {1, 0, 0, 4}}, {weapon, {2, 0, 0, 4}}}, // one target scan moves nothing; weapons up
        {{narcotics, {0, 2, 0, 4}}},                         // misses: down
    };
    const QList<QMap<QString, int>> levels = AdaptiveTraining::levelsOverRounds(rounds);
    QCOMPARE(levels.size(), rounds.size());
    const QList<int> narcoticsLevels{2, 3, 3, 3, 3, 2};
    const QList<int> weaponLevels{1, 1, 1, 1, 2, 2};
    for (qsizetype i = 0; i < levels.size(); ++i) {
        QCOMPARE(levels[i].value(narcotics), narcoticsLevels[i]);
        QCOMPARE(levels[i].value(weapon), weaponLevels[i]);
    }
    QVERIFY(AdaptiveTraining::levelsOverRounds({}).isEmpty());
}

void TestAdaptiveTraining::roundsDrawTargetsAtTheTraineesLevel()
{
    // 9 narcotics (three a level), 3 weapons, 6 clear scans: 12 of 18 drawn, a third of them clear.
    const ImageSet set = trainingSet(9, 3, 6);
    const QMap<QString, int> levels{{QStringLiteral("narcotics"), 3}, {QStringLiteral("weapon"), 1}};
    const QList<ImageSetEntry> round = AdaptiveTraining::scansAtLevels(set, levels, 7);
    QCOMPARE(round.size(), AdaptiveTraining::ScansPerRound);
    QSet<QString> drawn;
    for (const ImageSetEntry &entry : round)
        drawn.insert(entry.scan.id);
    QCOMPARE(drawn.size(), round.size()); // no scan twice
    int clear = 0;
    for (const QString &id : drawn)
        clear += id.startsWith(QLatin1Char('c'));
    QCOMPARE(clear, 4);
    // The hardest narcotics and the easiest weapon are drawn before anything further from the levels.
    for (const char *id : {"n6", "n7", "n8", "w0"})
        QVERIFY2(drawn.contains(QLatin1String(id)), id);
    QCOMPARE(AdaptiveTraining::scansAtLevels(set, levels, 7), round); // the same seed, the same round
    // At level 1 the easiest narcotics come first instead.
    const QList<ImageSetEntry> beginner = AdaptiveTraining::scansAtLevels(set, {}, 7);
    QSet<QString> easy;
    for (const ImageSetEntry &entry : beginner)
        easy.insert(entry.scan.id);
    for (const char *id : {"n0", "n1", "n2", "w0"})
        QVERIFY2(easy.contains(QLatin1String(id)), id);
}

QTEST_GUILESS_MAIN(TestAdaptiveTraining)
#include "tst_adaptivetraining.moc"
