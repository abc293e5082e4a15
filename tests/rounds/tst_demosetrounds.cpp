// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The bundled demo sets as practice plays them: each carries the round of its type, and an officer
// who marks exactly what the truth holds (with the truth's own boxes, or boxes drawn 10 % larger
// round them) finds every target and raises no false alarm.
#include "imageset/ImageSetFolder.h"
#include "scoring/ScanOutcome.h"

#include <QDir>
#include <QTest>

using namespace pen;

namespace {

QString setFolder(const QString &name)
{
    return QDir(QStringLiteral(PEN_BUILD_IMAGESETS_DIR)).filePath(name);
}

/// An officer's marks on every target of a scan: a box round each of its regions, grown by
/// margin of its size on each side, naming what the round asks to name.
Answer marksOnTargets(const ImageSetEntry &entry, const RoundSettings &settings, double margin)
{
    Answer answer;
    answer.scanId = entry.scan.id;
    answer.responseSeconds = 10;
    for (const GroundTruthObject &object : entry.scan.truth) {
        if (!settings.isTarget(object.category, object.inconsistency))
            continue;
        for (const Region &region : object.regions) {
            const QRectF box = region.bounds();
            const double dx = box.width() * margin, dy = box.height() * margin;
            const QString name = settings.type == RoundType::DeclarationCheck ? object.inconsistency : object.category;
            answer.marks.append(Mark{Region{region.viewIndex, box.adjusted(-dx, -dy, dx, dy), {}}, name});
        }
    }
    return answer;
}

int targetsOf(const ImageSetEntry &entry, const RoundSettings &settings)
{
    return int(std::count_if(entry.scan.truth.cbegin(), entry.scan.truth.cend(), [&](const GroundTruthObject &o) {
        return settings.isTarget(o.category, o.inconsistency);
    }));
}

} // namespace

class TestDemoSetRounds final : public QObject {
    Q_OBJECT
private slots:
    void eachSetCarriesTheRoundOfItsType_data();
    void eachSetCarriesTheRoundOfItsType();
    void theTruthsOwnBoxesFindEveryTarget_data();
    void theTruthsOwnBoxesFindEveryTarget();
    void anInconsistentContainerLeftClearIsAMiss();
    void cargoViewsComeFromTheLinac();
};

void TestDemoSetRounds::eachSetCarriesTheRoundOfItsType_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("secondsPerScan");
    QTest::addColumn<int>("roundSeconds");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<bool>("categoryRequired");
    QTest::newRow("find-the-cocaine") << "find-the-cocaine" << int(RoundType::FindTheThreat) << 120 << 0
                                      << QStringList{QStringLiteral("narcotics")} << false;
    QTest::newRow("declaration-check") << "declaration-check" << int(RoundType::DeclarationCheck) << 180 << 0
                                       << QStringList() << true;
    QTest::newRow("find-the-most-cigarettes") << "find-the-most-cigarettes" << int(RoundType::FindTheMost) << 0 << 600
                                              << QStringList{QStringLiteral("cigarettes")} << false;
    QTest::newRow("practice") << "practice" << int(RoundType::FindTheThreat) << 120 << 0 << QStringList() << false;
}

void TestDemoSetRounds::eachSetCarriesTheRoundOfItsType()
{
    QFETCH(QString, set);
    QFETCH(int, type);
    QFETCH(int, secondsPerScan);
    QFETCH(int, roundSeconds);
    QFETCH(QStringList, targets);
    QFETCH(bool, categoryRequired);
    const auto opened = ImageSetFolder::open(setFolder(set));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY2(opened->round, "the manifest says how the set is played");
    const RoundSettings &round = *opened->round;
    QCOMPARE(int(round.type), type);
    QCOMPARE(round.secondsPerScan, secondsPerScan);
    QCOMPARE(round.roundSeconds, roundSeconds);
    QCOMPARE(round.targetCategories, targets);
    QCOMPARE(round.categoryRequired, categoryRequired);
    QCOMPARE(round.hitRule, RoundSettings::HitRule::Covers);
    QCOMPARE(round.markMayFindSeveral, round.type == RoundType::FindTheMost);
    // Its own type first; a declaration check only where every container comes with its declaration.
    const QList<RoundType> playable = opened->playableRoundTypes();
    QCOMPARE(int(playable.first()), type);
    QCOMPARE(playable.contains(RoundType::DeclarationCheck), set == u"declaration-check");
    QVERIFY(playable.contains(RoundType::FindTheThreat) && playable.contains(RoundType::FindTheMost));
}

void TestDemoSetRounds::theTruthsOwnBoxesFindEveryTarget_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<double>("margin");
    for (const char *set : {"find-the-cocaine", "declaration-check", "find-the-most-cigarettes", "practice"}) {
        QTest::addRow("%s, the truth's boxes", set) << QString::fromLatin1(set) << 0.0;
        QTest::addRow("%s, 10 %% larger", set)
            << QString::fromLatin1(set) << 0.05; // 5 % each side: 10 % wider and higher
    }
}

void TestDemoSetRounds::theTruthsOwnBoxesFindEveryTarget()
{
    QFETCH(QString, set);
    QFETCH(double, margin);
    const auto opened = ImageSetFolder::open(setFolder(set));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    const RoundSettings round = *opened->round;
    int targets = 0, found = 0, clearScans = 0;
    for (const ImageSetEntry &entry : opened->entries) {
        const ScanOutcome outcome = ScanOutcome::evaluate(marksOnTargets(entry, round, margin), entry.scan.truth, round,
                                                          round.secondsPerScan);
        const int expected = targetsOf(entry, round);
        targets += expected;
        found += int(outcome.hitObjects.size());
        QVERIFY2(outcome.missedObjects.isEmpty(),
                 qPrintable(QStringLiteral("%1: missed %2").arg(entry.scan.id, outcome.missedObjects.join(u','))));
        QVERIFY2(outcome.falseAlarmMarks.isEmpty(), qPrintable(entry.scan.id));
        QCOMPARE(int(outcome.hitObjects.size()), expected);
        QCOMPARE(outcome.verdict, expected > 0 ? ScanOutcome::Verdict::Hit : ScanOutcome::Verdict::CorrectRejection);
        clearScans += expected == 0;
    }
    QVERIFY2(targets > 0, "the set has targets to find");
    QCOMPARE(found, targets); // every cigarette load, inconsistency and brick counted
    if (set == u"declaration-check")
        QVERIFY2(clearScans > 0, "and containers that agree with their declaration");
}

void TestDemoSetRounds::anInconsistentContainerLeftClearIsAMiss()
{
    const auto opened = ImageSetFolder::open(setFolder(QStringLiteral("declaration-check")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    int inconsistent = 0;
    for (const ImageSetEntry &entry : opened->entries) {
        Answer clear;
        clear.scanId = entry.scan.id;
        const ScanOutcome outcome = ScanOutcome::evaluate(clear, entry.scan.truth, *opened->round, 180);
        const bool disagrees = targetsOf(entry, *opened->round) > 0;
        inconsistent += disagrees;
        QCOMPARE(outcome.verdict, disagrees ? ScanOutcome::Verdict::Miss : ScanOutcome::Verdict::CorrectRejection);
    }
    QCOMPARE(inconsistent, 8); // 40 % of the 20 containers
}

// Containers and vehicles are scanned on the 4/6 MV portal and say so (the viewer then shows MeV
// classes); bags and parcels come from the 140 kV scanners and carry no MeV voltage.
void TestDemoSetRounds::cargoViewsComeFromTheLinac()
{
    int cargoViews = 0;
    for (const QString &set : {QStringLiteral("declaration-check"), QStringLiteral("find-the-most-cigarettes"),
                               QStringLiteral("practice"), QStringLiteral("find-the-cocaine")}) {
        const auto opened = ImageSetFolder::open(setFolder(set));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        for (const ImageSetEntry &entry : opened->entries) {
            const bool cargo
                = entry.scan.objectKind == ObjectKind::Container || entry.scan.objectKind == ObjectKind::Vehicle;
            for (const ScanView &view : entry.scan.views) {
                QVERIFY2(view.isMegavolt() == cargo, qPrintable(set + QLatin1Char('/') + entry.scan.id));
                if (cargo) {
                    QCOMPARE(view.peakKv, std::optional<double>(6000));
                    ++cargoViews;
                }
            }
        }
    }
    QVERIFY(cargoViews >= 60);
}

QTEST_GUILESS_MAIN(TestDemoSetRounds)
#include "tst_demosetrounds.moc"
