// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetWriter.h"
#include "scenes/CargoScene.h"
#include "scenes/DemoSets.h"
#include "scenes/SceneRandom.h"
#include "scenes/ThreatShapes.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pen;

class TestDemoSets final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void presetCounts_data();
    void presetCounts();
    void sameSeedSameBytes();
    void regionsInsideViewsAndDifficultyInRange();
    void concealedBehindDenseIsHarder();
    void declarationsMatchOrAreMarked();
    void cigarettesInARegularGrid();

private:
    QByteArray writeSet(const QString &folder, quint32 seed);
    std::optional<AttenuationTable> m_table;
};

void TestDemoSets::initTestCase()
{
    qputenv("SOURCE_DATE_EPOCH", "1704067200");
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
}

void TestDemoSets::presetCounts_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("count");
    QTest::newRow("find-the-cocaine") << "find-the-cocaine" << 30;
    QTest::newRow("declaration-check") << "declaration-check" << 20;
    QTest::newRow("find-the-most-cigarettes") << "find-the-most-cigarettes" << 40;
    QTest::newRow("practice") << "practice" << 15;
}

void TestDemoSets::presetCounts()
{
    QFETCH(QString, preset);
    QFETCH(int, count);
    const QList<ScenePlan> plans = DemoSets::plans(preset, 1);
    QCOMPARE(plans.size(), count);
    if (preset == u"declaration-check") {
        const auto wrong = std::count_if(plans.cbegin(), plans.cend(), [](const ScenePlan &p) { return !p.inconsistency.isEmpty(); });
        QCOMPARE(int(wrong), 8); // 40 % by default
    }
    if (preset == u"practice") { // every category of the vocabulary appears
        QSet<QString> categories;
        for (int i = 0; i < plans.size(); ++i)
            for (const GroundTruthObject &t : DemoSets::scan(plans[i], 1, i, *m_table, {false}).truth)
                categories.insert(t.category);
        for (const ThreatCategory &c : ThreatCategories::builtIn())
            QVERIFY2(categories.contains(c.key), qPrintable(c.key));
    }
}

QByteArray TestDemoSets::writeSet(const QString &folder, quint32 seed)
{
    const QList<ScenePlan> plans = DemoSets::plans(QStringLiteral("practice"), seed).mid(0, 4);
    ImageSetWriter writer(folder, DemoSets::header(QStringLiteral("practice")));
    if (!writer.begin())
        return {};
    for (int i = 0; i < plans.size(); ++i)
        if (!writer.addScan(DemoSets::scan(plans[i], seed, i, *m_table)))
            return {};
    if (!writer.finish())
        return {};
    QByteArray all;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestDemoSets::sameSeedSameBytes()
{
    QTemporaryDir dir;
    const QByteArray first = writeSet(dir.filePath(QStringLiteral("a")), 7);
    QVERIFY(!first.isEmpty());
    QCOMPARE(writeSet(dir.filePath(QStringLiteral("b")), 7), first);
    QVERIFY(writeSet(dir.filePath(QStringLiteral("c")), 8) != first);
}

void TestDemoSets::regionsInsideViewsAndDifficultyInRange()
{
    for (const QString &preset : DemoSets::presetNames()) {
        const QList<ScenePlan> plans = DemoSets::plans(preset, 3);
        for (int i = 0; i < plans.size(); ++i) {
            const Scan scan = DemoSets::scan(plans[i], 3, i, *m_table, {false});
            for (const GroundTruthObject &t : scan.truth) {
                QVERIFY(t.difficulty);
                QVERIFY(t.difficulty->overlap >= 0 && t.difficulty->overlap <= 1);
                QVERIFY(t.difficulty->clutter >= 0 && t.difficulty->clutter <= 1);
                for (const Region &r : t.regions) {
                    const ScanView &v = scan.views[r.viewIndex];
                    QVERIFY2(QRectF(0, 0, v.width, v.height).adjusted(-1, -1, 1, 1).contains(r.bounds()),
                             qPrintable(scan.id + QLatin1Char(' ') + t.id));
                    QVERIFY(!r.bounds().isEmpty());
                }
            }
        }
    }
}

void TestDemoSets::concealedBehindDenseIsHarder()
{
    double open = 0, dense = 0;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        for (auto [how, sum] : {std::pair{Concealment::Open, &open}, std::pair{Concealment::BehindDense, &dense}}) {
            ScenePlan plan;
            plan.id = QStringLiteral("x");
            plan.kind = ObjectKind::Parcel;
            plan.contraband = {{QStringLiteral("cocaine"), how}};
            *sum += DemoSets::scan(plan, seed, 0, *m_table, {false}).truth.first().difficulty->overlap;
        }
    }
    QVERIFY2(dense > open + 6 * 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(dense).arg(open)));
}

void TestDemoSets::declarationsMatchOrAreMarked()
{
    for (const QString &kind : QStringList{QString()} + GroundTruthObject::inconsistencyKinds()) {
        ScenePlan plan;
        plan.id = QStringLiteral("c");
        plan.kind = ObjectKind::Container;
        plan.declaration = true;
        plan.inconsistency = kind;
        SceneRandom random(11);
        const CargoResult result = CargoScene::container(plan, QStringLiteral("tiles"), random, *m_table);
        QVERIFY(result.draft.declaration);
        const double gross = result.shipment.goodsMassKg * (1 + DeclarationMaker::PackagingFraction);
        const double declared = *result.draft.declaration->grossWeightKg;
        if (kind.isEmpty() || kind == u"undeclared-goods" || kind == u"wrong-goods" || kind == u"wrong-quantity")
            QVERIFY2(std::abs(declared - gross) <= gross * DeclarationMaker::WeightTolerance, qPrintable(kind));
        if (kind == u"wrong-weight")
            QVERIFY(std::abs(declared - gross) > gross * 0.4);
        const auto marked = std::count_if(result.draft.targets.cbegin(), result.draft.targets.cend(),
                                          [&](const DraftTarget &t) { return !kind.isEmpty() && t.truth.inconsistency == kind; });
        QCOMPARE(int(marked), kind.isEmpty() ? 0 : 1);
    }
}

void TestDemoSets::cigarettesInARegularGrid()
{
    const Threat grid = ThreatShapes::cigaretteGrid(QRectF(10, 10, 600, 200), 1.0, 27.5, 8.8, 4.4,
                                                    QStringLiteral("cartons"), *m_table);
    const QList<SceneObject> cells = grid.objects.mid(0, grid.objects.size() - 1);
    QCOMPARE(cells.size(), 2 * 2); // 600 px / 275 px, 200 px / 88 px
    QCOMPARE(cells[1].bounds.left() - cells[0].bounds.left(), 275.0);
    const Threat many = ThreatShapes::cigaretteGrid(QRectF(0, 0, 1000, 300), 5.0, 58, 28, 80, QStringLiteral("master cases"), *m_table);
    for (qsizetype i = 1; i + 1 < many.objects.size(); ++i) {
        const double dx = many.objects[i].bounds.left() - many.objects[i - 1].bounds.left();
        QVERIFY(qFuzzyCompare(dx, 116.0) || dx < 0); // the same step along each row
    }
}

QTEST_APPLESS_MAIN(TestDemoSets)
#include "tst_demosets.moc"
