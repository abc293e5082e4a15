// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The reference ATD algorithms loaded from their libraries, as pentournament-atd-host loads them,
// and run on scans from the project's own generator, whose ground truth is exact.
#include "LoadedPlugin.h"
#include "PluginScan.h"
#include "TestScans.h"

#include "scenes/DemoSets.h"
#include "scenes/LuggageScene.h"
#include "scenes/SceneDraft.h"
#include "scenes/SceneRandom.h"
#include "synth/SceneShapes.h"
#include "synth/StepWedge.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>
#include <memory>

using namespace pen;

namespace {

ScenePlan planOf(ObjectKind kind, const QString &contraband = {}, Concealment how = Concealment::Open)
{
    ScenePlan plan;
    plan.id = QStringLiteral("scan");
    plan.kind = kind;
    if (!contraband.isEmpty())
        plan.contraband = {{contraband, how}};
    return plan;
}

// Where a box counts as finding a ground-truth region: its centre inside the region, or IoU > 0.3.
bool overlaps(const QRectF &box, const QRectF &truth)
{
    const QRectF common = box.intersected(truth);
    const double shared = common.width() * common.height();
    const double iou = shared / (box.width() * box.height() + truth.width() * truth.height() - shared);
    return truth.contains(box.center()) || iou > 0.3;
}

bool finds(const PluginAnswer &answer, const GroundTruthObject &truth, const char *category)
{
    const QList<pen_atd_object> found = answer.found();
    return std::any_of(found.cbegin(), found.cend(), [&](const pen_atd_object &o) {
        return qstrcmp(o.category, category) == 0 && overlaps(PluginAnswer::box(o), truth.regions.first().bounds());
    });
}

QString describe(const PluginAnswer &answer)
{
    QStringList objects;
    for (const pen_atd_object &o : answer.found())
        objects << QStringLiteral("%1 %2 (%3,%4 %5x%6)")
                       .arg(QLatin1String(o.category))
                       .arg(o.probability, 0, 'f', 2)
                       .arg(o.x, 0, 'f', 0)
                       .arg(o.y, 0, 'f', 0)
                       .arg(o.width, 0, 'f', 0)
                       .arg(o.height, 0, 'f', 0);
    return QStringLiteral("score %1: %2")
        .arg(answer.result.alarm_score, 0, 'f', 2)
        .arg(objects.join(QStringLiteral("; ")));
}

bool sameAnswer(const PluginAnswer &a, const PluginAnswer &b)
{
    if (a.status != b.status || a.result.alarm != b.result.alarm || a.result.alarm_score != b.result.alarm_score
        || a.result.object_count != b.result.object_count)
        return false;
    for (uint32_t i = 0; i < a.result.object_count; ++i)
        if (std::memcmp(&a.objects[i], &b.objects[i], sizeof(pen_atd_object)) != 0)
            return false;
    return true;
}

} // namespace

class TestReferenceDetectors final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void describeThemselves_data();
    void describeThemselves();
    void classicalRefusesBadConfig_data();
    void classicalRefusesBadConfig();
    void classicalRefusesSingleEnergy();
    void classicalFindsTheBrick();
    void classicalQuietOnMetalOnlyParcel();
    void classicalQuietOnStepWedgeMetals();
    void classicalFindsCigarettes();
    void classicalKeepsToCapacity();
    void classicalIsFastOnLargeScans();
    void classicalOnGeneratedParcels();
    void randomIsDeterministicPerSeedAndScan();
    void randomIgnoresCallOrder();
    void randomAnswersInRange();
    void randomRefusesBadConfig();

private:
    Scan generated(const ScenePlan &plan, quint32 seed) const;
    Scan flatParcel(const QString &contraband) const;
    PluginAnswer classical(const Scan &scan, uint32_t capacity = 64) const;
    PluginAnswer randomAnswer(const char *config, const Scan &scan, uint32_t capacity = 64) const;

    std::optional<AttenuationTable> m_table;
    std::unique_ptr<LoadedPlugin> m_classicalLibrary;
    std::unique_ptr<LoadedPlugin> m_randomLibrary;
    std::unique_ptr<PluginInstance> m_classical;
};

void TestReferenceDetectors::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
    m_classicalLibrary = std::make_unique<LoadedPlugin>(PEN_CLASSICAL_PLUGIN);
    QVERIFY2(m_classicalLibrary->plugin(), qPrintable(m_classicalLibrary->errorString()));
    m_randomLibrary = std::make_unique<LoadedPlugin>(PEN_RANDOM_PLUGIN);
    QVERIFY2(m_randomLibrary->plugin(), qPrintable(m_randomLibrary->errorString()));
    m_classical = std::make_unique<PluginInstance>(m_classicalLibrary->plugin(), "");
    QVERIFY2(m_classical->handle(), qPrintable(m_classical->errorString()));
}

Scan TestReferenceDetectors::generated(const ScenePlan &plan, quint32 seed) const
{
    return DemoSets::scan(plan, seed, 0, *m_table);
}

// A packed parcel with a 1 kg cocaine brick on top of its goods (Concealment::Open).
// A flat 2-D parcel (LuggageScene), the scenes pen-classical was written on.
Scan TestReferenceDetectors::flatParcel(const QString &contraband) const
{
    SceneRandom random(1);
    SceneDraft draft = LuggageScene::parcel(planOf(ObjectKind::Parcel, contraband), random, *m_table);
    draft.measure(*m_table);
    return draft.render(SceneProjector(*m_table), random.nextSeed(), true);
}

PluginAnswer TestReferenceDetectors::classical(const Scan &scan, uint32_t capacity) const
{
    const PluginScan input(scan);
    return PluginAnswer::detect(m_classicalLibrary->plugin(), m_classical->handle(), input.scan(), capacity);
}

void TestReferenceDetectors::describeThemselves_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("categories");
    QTest::addColumn<bool>("dualEnergy");
    QTest::newRow("classical") << "classical"
                               << "pen-classical"
                               << "narcotics,cigarettes" << true;
    QTest::newRow("random") << "random"
                            << "pen-random"
                            << "narcotics,cigarettes,weapon,explosive,currency" << false;
}

void TestReferenceDetectors::describeThemselves()
{
    QFETCH(QString, which);
    QFETCH(QString, name);
    QFETCH(QString, categories);
    QFETCH(bool, dualEnergy);
    const pen_atd_plugin *p = (which == u"classical" ? m_classicalLibrary : m_randomLibrary)->plugin();
    QCOMPARE(p->abi_version, PEN_ATD_ABI_VERSION);
    QCOMPARE(QString::fromUtf8(p->name), name);
    QCOMPARE(QString::fromUtf8(p->vendor), QStringLiteral("PEN-Tournament"));
    QCOMPARE(QString::fromUtf8(p->version), QStringLiteral("1.0.0"));
    QCOMPARE(QString::fromUtf8(p->categories), categories);
    for (const QString &key : categories.split(QLatin1Char(',')))
        QVERIFY2(ThreatCategories().contains(key), qPrintable(key));
    QCOMPARE(p->operating_threshold, 0.5);
    QCOMPARE(p->needs_dual_energy != 0, dualEnergy);
    QCOMPARE(p->views_needed, 1u);
    QVERIFY(p->create && p->detect && p->destroy);
}

void TestReferenceDetectors::classicalRefusesBadConfig_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("threshold") << "threshold=0.4" << true;
    QTest::newRow("threshold-not-a-number") << "threshold=high" << false;
    QTest::newRow("threshold-above-one") << "threshold=1.5" << false;
    QTest::newRow("unknown-key") << "sensitivity=3" << false;
    QTest::newRow("no-value") << "threshold" << false;
}

void TestReferenceDetectors::classicalRefusesBadConfig()
{
    QFETCH(QString, config);
    QFETCH(bool, accepted);
    const PluginInstance instance(m_classicalLibrary->plugin(), config.toUtf8().constData());
    QCOMPARE(instance.handle() != nullptr, accepted);
    if (!accepted)
        QVERIFY2(!instance.errorString().isEmpty(), "a refusal says why");
}

void TestReferenceDetectors::classicalRefusesSingleEnergy()
{
    const Scan scan = test::dualViewSingleEnergyScan(QStringLiteral("single"));
    const PluginAnswer answer = classical(scan);
    QVERIFY(answer.status != 0);
    QVERIFY2(answer.error.contains(QStringLiteral("dual-energy")), qPrintable(answer.error));
    QCOMPARE(answer.result.object_count, 0u);
}

void TestReferenceDetectors::classicalFindsTheBrick()
{
    // The brick of a generated parcel on empty belt, as the feedback shows it alone. Among the
    // packed goods it shares its rays with what lies under it and is found less often
    // (classicalOnGeneratedParcels).
    const Scan scan = DemoSets::scanAndTargets(planOf(ObjectKind::Parcel, QStringLiteral("cocaine")), 1, 0, *m_table)
                          .targetsAlone.first();
    const PluginAnswer answer = classical(scan);
    QCOMPARE(answer.status, 0);
    QVERIFY2(answer.result.alarm, qPrintable(describe(answer)));
    QVERIFY2(finds(answer, scan.truth.first(), "narcotics"), qPrintable(describe(answer)));
}

// A cardboard parcel holding only metal: tools, a steel plate, cans, an aluminium case.
void TestReferenceDetectors::classicalQuietOnMetalOnlyParcel()
{
    using namespace SceneShapes;
    SceneDraft draft;
    draft.id = QStringLiteral("metal");
    draft.kind = ObjectKind::Parcel;
    draft.views.append(DraftView{QStringLiteral("top"), 1000, 700, 0.8, {}});
    draft.views[0].add({box(QRectF(80, 80, 840, 540), QStringLiteral("cellulose"), 1.0, 0.6),
                        box(QRectF(150, 150, 260, 170), QStringLiteral("steel_304"), 0.4),
                        box(QRectF(480, 140, 300, 200), QStringLiteral("aluminium"), 2.0),
                        ellipse(QRectF(160, 400, 120, 120), QStringLiteral("steel_304"), 0.3),
                        ellipse(QRectF(320, 400, 120, 120), QStringLiteral("aluminium"), 1.5),
                        box(QRectF(500, 420, 350, 40), QStringLiteral("iron"), 1.0),
                        box(QRectF(500, 500, 300, 80), QStringLiteral("copper"), 0.2)});
    draft.measure(*m_table);
    const Scan scan = draft.render(SceneProjector(*m_table), 5, true);
    const PluginAnswer answer = classical(scan);
    QCOMPARE(answer.status, 0);
    QVERIFY2(!answer.result.alarm, qPrintable(describe(answer)));
    QVERIFY2(answer.result.alarm_score < 0.2, qPrintable(describe(answer)));
}

void TestReferenceDetectors::classicalQuietOnStepWedgeMetals()
{
    const Scan wedge = StepWedge::scan(*m_table);
    const PluginAnswer answer = classical(wedge);
    QCOMPARE(answer.status, 0);
    QVERIFY2(!answer.result.alarm, qPrintable(describe(answer)));
    for (const GroundTruthObject &step : wedge.truth) {
        if (step.material == u"polyethylene")
            continue;
        for (const pen_atd_object &o : answer.found())
            QVERIFY2(!overlaps(PluginAnswer::box(o), step.regions.first().bounds()),
                     qPrintable(step.material + describe(answer)));
    }
}

void TestReferenceDetectors::classicalFindsCigarettes()
{
    // Among the packed goods of the demo sets it does not find them.
    const Scan scan = flatParcel(QStringLiteral("cigarettes"));
    const PluginAnswer answer = classical(scan);
    QCOMPARE(answer.status, 0);
    // The card walls between cartons are one detector pixel wide: pen-classical looks for them in
    // the view's own pixels, where the working resolution would average them away.
    QVERIFY2(answer.result.alarm && finds(answer, scan.truth.first(), "cigarettes"), qPrintable(describe(answer)));
}

void TestReferenceDetectors::classicalKeepsToCapacity()
{
    // A parcel with two lots of cocaine where the detector reports at least two objects; else a
    // capacity of one would prove nothing.
    ScenePlan plan = planOf(ObjectKind::Parcel, QStringLiteral("cocaine"));
    plan.contraband << plan.contraband.first();
    Scan scan;
    PluginAnswer roomy;
    for (quint32 seed = 1; seed <= 20 && roomy.result.object_count < 2; ++seed) {
        scan = generated(plan, seed);
        roomy = classical(scan);
    }
    QVERIFY2(roomy.result.object_count >= 2, qPrintable(describe(roomy)));
    for (uint32_t capacity : {0u, 1u}) {
        PluginAnswer answer;
        answer.objects.assign(capacity + 2, pen_atd_object{});
        std::snprintf(answer.objects[capacity].category, PEN_ATD_CATEGORY_SIZE, "untouched");
        answer.result.object_capacity = capacity;
        answer.result.objects = answer.objects.data();
        char error[256] = {};
        const PluginScan input(scan);
        QCOMPARE(m_classicalLibrary->plugin()->detect(m_classical->handle(), input.scan(), &answer.result, error,
                                                      sizeof error),
                 0);
        QCOMPARE(answer.result.object_count, capacity);
        QCOMPARE(QLatin1String(answer.objects[capacity].category), QLatin1String("untouched"));
        QCOMPARE(answer.result.alarm_score, roomy.result.alarm_score); // the decision does not depend on the room
    }
}

void TestReferenceDetectors::classicalIsFastOnLargeScans()
{
    const Scan scan = test::dualEnergyScan(QStringLiteral("large"), 2048, 2048);
    const PluginScan input(scan);
    PluginAnswer answer;
    QElapsedTimer timer;
    timer.start();
    answer = PluginAnswer::detect(m_classicalLibrary->plugin(), m_classical->handle(), input.scan());
    const qint64 ms = timer.elapsed();
    QCOMPARE(answer.status, 0);
    qInfo("2048 x 2048 scan: %lld ms", ms);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
}

// Image-level hits and false alarms on parcels as the find-the-cocaine set makes them; the numbers
// are printed for the documentation and held to what the algorithm reaches on the packed parcels
// (on the flat 2-D parcels before them it raised at most one false alarm in ten; among packed
// goods it raises four).
void TestReferenceDetectors::classicalOnGeneratedParcels()
{
    const QList<Concealment> ways{Concealment::Open, Concealment::InsideGoods, Concealment::BehindDense,
                                  Concealment::FalseWall};
    int hits = 0, located = 0, falseAlarms = 0, openHits = 0, open = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const Concealment how = ways[int(seed % ways.size())];
        const Scan loaded = generated(planOf(ObjectKind::Parcel, QStringLiteral("cocaine"), how), 1000 + seed);
        const PluginAnswer onLoaded = classical(loaded);
        hits += onLoaded.result.alarm;
        located += onLoaded.result.alarm && finds(onLoaded, loaded.truth.first(), "narcotics");
        open += how == Concealment::Open;
        openHits += how == Concealment::Open && onLoaded.result.alarm;
        qInfo("cocaine %u (%s, %s): %s", seed, qPrintable(loaded.truth.first().note),
              how == Concealment::Open ? "open" : "hidden", qPrintable(describe(onLoaded)));
        const PluginAnswer onClean = classical(generated(planOf(ObjectKind::Parcel), 2000 + seed));
        falseAlarms += onClean.result.alarm;
        qInfo("clean %u: %s", seed, qPrintable(describe(onClean)));
    }
    qInfo("10 parcels with cocaine: %d alarms (%d located, %d of %d open); 10 clean parcels: %d false alarms", hits,
          located, openHits, open, falseAlarms);
    QVERIFY(located >= 4);
    QVERIFY(falseAlarms <= 5);
}

PluginAnswer TestReferenceDetectors::randomAnswer(const char *config, const Scan &scan, uint32_t capacity) const
{
    const PluginInstance instance(m_randomLibrary->plugin(), config);
    const PluginScan input(scan);
    return PluginAnswer::detect(m_randomLibrary->plugin(), instance.handle(), input.scan(), capacity);
}

void TestReferenceDetectors::randomIsDeterministicPerSeedAndScan()
{
    const Scan scan = test::dualEnergyScan(QStringLiteral("scan-007"));
    QVERIFY(sameAnswer(randomAnswer("seed=3", scan), randomAnswer("seed=3", scan)));
    QVERIFY(sameAnswer(randomAnswer("", scan), randomAnswer("seed=1", scan))); // 1 is the default
    int differentSeed = 0, differentScan = 0;
    for (int i = 0; i < 20; ++i) {
        const Scan one = test::dualEnergyScan(QStringLiteral("scan-%1").arg(i));
        const Scan other = test::dualEnergyScan(QStringLiteral("scan-%1").arg(i + 100));
        differentSeed += !sameAnswer(randomAnswer("seed=3", one), randomAnswer("seed=4", one));
        differentScan += !sameAnswer(randomAnswer("seed=3", one), randomAnswer("seed=3", other));
    }
    QCOMPARE(differentSeed, 20);
    QCOMPARE(differentScan, 20);
}

void TestReferenceDetectors::randomIgnoresCallOrder()
{
    const Scan first = test::dualEnergyScan(QStringLiteral("first"));
    const Scan second = test::dualEnergyScan(QStringLiteral("second"));
    const PluginInstance instance(m_randomLibrary->plugin(), "seed=9");
    const PluginScan a(first), b(second);
    const pen_atd_plugin *p = m_randomLibrary->plugin();
    const PluginAnswer firstAlone = PluginAnswer::detect(p, instance.handle(), a.scan());
    const PluginAnswer secondThenFirst[]
        = {PluginAnswer::detect(p, instance.handle(), b.scan()), PluginAnswer::detect(p, instance.handle(), a.scan())};
    QVERIFY(sameAnswer(firstAlone, secondThenFirst[1]));
    QVERIFY(sameAnswer(secondThenFirst[0], randomAnswer("seed=9", second)));
    // The room for objects changes nothing but how many are written.
    const PluginAnswer narrow = PluginAnswer::detect(p, instance.handle(), a.scan(), 1);
    QCOMPARE(narrow.result.alarm_score, firstAlone.result.alarm_score);
    QCOMPARE(narrow.result.object_count, std::min(firstAlone.result.object_count, 1u));
}

void TestReferenceDetectors::randomAnswersInRange()
{
    const QStringList declared = QString::fromUtf8(m_randomLibrary->plugin()->categories).split(QLatin1Char(','));
    int alarms = 0, objects = 0;
    double lowest = 1, highest = 0;
    for (int i = 0; i < 200; ++i) {
        const Scan scan = i % 2 ? test::dualEnergyScan(QStringLiteral("s%1").arg(i), 64, 48)
                                : test::dualViewSingleEnergyScan(QStringLiteral("s%1").arg(i), 40, 30);
        const PluginAnswer answer = randomAnswer("seed=5", scan);
        QCOMPARE(answer.status, 0);
        const double score = answer.result.alarm_score;
        QVERIFY(score >= 0 && score <= 1);
        QCOMPARE(answer.result.alarm != 0, score >= 0.5);
        QVERIFY(answer.result.object_count <= 3);
        lowest = std::min(lowest, score);
        highest = std::max(highest, score);
        alarms += answer.result.alarm;
        for (const pen_atd_object &o : answer.found()) {
            QVERIFY(o.view_index < uint32_t(scan.views.size()));
            const ScanView &view = scan.views[int(o.view_index)];
            QVERIFY2(QRectF(0, 0, view.width, view.height).contains(PluginAnswer::box(o)),
                     qPrintable(describe(answer)));
            QVERIFY(o.width > 0 && o.height > 0);
            QVERIFY(o.probability >= 0 && o.probability <= 1);
            QVERIFY2(declared.contains(QLatin1String(o.category)), o.category);
            ++objects;
        }
    }
    // Uniform scores: about half alarm, and the range is covered.
    QVERIFY2(alarms > 70 && alarms < 130, qPrintable(QString::number(alarms)));
    QVERIFY(lowest < 0.05 && highest > 0.95);
    QVERIFY2(objects > 200 && objects < 400, qPrintable(QString::number(objects))); // 1.5 a scan on average
}

void TestReferenceDetectors::randomRefusesBadConfig()
{
    for (const char *bad : {"seed=", "seed=-1", "seed=12abc", "colour=red"}) {
        const PluginInstance instance(m_randomLibrary->plugin(), bad);
        QVERIFY2(!instance.handle(), bad);
        QVERIFY2(!instance.errorString().isEmpty(), bad);
    }
    const PluginInstance fine(m_randomLibrary->plugin(), "seed=18446744073709551615");
    QVERIFY2(fine.handle(), qPrintable(fine.errorString()));
}

QTEST_APPLESS_MAIN(TestReferenceDetectors)
#include "tst_referencedetectors.moc"
