// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// 3-D loaded containers: goods inside the walls, real masses, one target per hidden item, the false
// wall, floor or ceiling in front of what it hides, hiding places spread over the whole load,
// determinism, and how many solids a scanner's ray meets.
#include "CargoLoadChecks.h"
#include "scenes/CargoGoods.h"
#include "scenes/ContainerLoad.h"
#include "scenes/ContainerShell.h"
#include "scenes/GoodsPacking.h"
#include "scenes/TractorUnit.h"
#include "scenes/WeighedScene.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <set>
#include <tuple>

using namespace pen;
using pen::test::boundsOf;
using pen::test::within;

namespace {

const AttenuationTable &table()
{
    static const AttenuationTable t = *AttenuationTable::bundled();
    return t;
}

CargoLoad loadOf(const ScenePlan &plan, const QString &goods, quint32 seed)
{
    SceneRandom random(seed);
    return ContainerLoad::build(plan, goods, random, table());
}

bool isForty(const CargoLoad &load)
{
    return load.container.max.y > 1000;
}

// A 40 ft load of goods: the first seed from start that draws the long container.
CargoLoad fortyFoot(const ScenePlan &plan, const QString &goods, quint32 start = 1)
{
    for (quint32 seed = start;; ++seed) {
        CargoLoad load = loadOf(plan, goods, seed);
        if (isForty(load))
            return load;
    }
}

ScenePlan planWith(QList<Contraband> contraband, bool recordCompartment = false)
{
    ScenePlan plan;
    plan.id = QStringLiteral("c1");
    plan.kind = ObjectKind::Container;
    plan.contraband = std::move(contraband);
    plan.recordCompartment = recordCompartment;
    return plan;
}

// Inside the container, or in one of the lockers of its tractor's cab.
bool insideTheRig(const Bounds3 &bounds, const CargoLoad &load)
{
    if (within(bounds, load.container))
        return true;
    ContainerFrame frame;
    frame.length = load.container.max.y;
    frame.height = load.container.max.z - ContainerFrame::BottomZ;
    for (int i = 0; i < TractorUnit::Lockers; ++i)
        if (within(bounds, TractorUnit::locker(frame, i)))
            return true;
    return false;
}

// The solids of a compartment target that are not the goods it hides.
std::vector<size_t> structureOf(const CargoTarget &compartment, const CargoTarget &hidden)
{
    std::vector<size_t> structure;
    for (size_t i : compartment.objects)
        if (std::find(hidden.objects.begin(), hidden.objects.end(), i) == hidden.objects.end())
            structure.push_back(i);
    return structure;
}

// The solids whose bounds a ray crosses, averaged over a fan from a source 400 cm before the near
// wall to a detector column beyond the far wall, at rows along the rig.
double solidsPerRay(const CargoLoad &load, int rows, int raysPerRow)
{
    long crossed = 0;
    for (int r = 0; r < rows; ++r) {
        const double y = load.extent.min.y + (r + 0.5) * (load.extent.max.y - load.extent.min.y) / rows;
        const Vec3 source{-400, y, 200};
        for (int k = 0; k < raysPerRow; ++k) {
            const Vec3 detector{350, y, (k + 0.5) * 480.0 / raysPerRow};
            const Ray ray = Ray::between(source, detector);
            for (const VolumeObject &o : load.scene)
                crossed += o.solid->bounds().crossedBy(ray) ? 1 : 0;
        }
    }
    return double(crossed) / (rows * raysPerRow);
}

} // namespace

class ContainerLoadTest : public QObject {
    Q_OBJECT

private slots:
    void goodsStayInsideTheContainer_data()
    {
        QTest::addColumn<QString>("goods");
        for (const GoodsKind &kind : CargoGoods::kinds())
            QTest::newRow(qPrintable(kind.key)) << kind.key;
    }

    void goodsStayInsideTheContainer()
    {
        QFETCH(QString, goods);
        for (quint32 seed : {1u, 2u, 3u}) {
            const CargoLoad load = loadOf(planWith({}), goods, seed);
            QCOMPARE(load.shipment.goods.key, goods);
            QVERIFY(load.shipment.units > 0);
            QVERIFY(!load.goods.isEmpty());
            QVERIFY2(within(load.goods, load.container),
                     qPrintable(QStringLiteral("goods %1..%2 cm along the container of %3")
                                    .arg(load.goods.min.y)
                                    .arg(load.goods.max.y)
                                    .arg(load.container.max.y)));
            QVERIFY(load.goods.min.z >= 127 - 0.01); // on the floor, not in it
            QVERIFY(within(load.container, load.extent));
        }
    }

    void loadsWeighWhatRealOnesDo_data()
    {
        QTest::addColumn<QString>("goods");
        QTest::addColumn<double>("minTonnes");
        QTest::addColumn<double>("maxTonnes");
        QTest::newRow("tiles") << QStringLiteral("tiles") << 15.0 << 27.0;
        QTest::newRow("t-shirts") << QStringLiteral("t-shirts") << 2.5 << 9.0;
        QTest::newRow("furniture") << QStringLiteral("furniture") << 6.0 << 16.0;
        QTest::newRow("apples") << QStringLiteral("apples") << 9.0 << 21.0;
        QTest::newRow("machinery") << QStringLiteral("machinery") << 6.0 << 22.0;
        QTest::newRow("textiles") << QStringLiteral("textiles") << 8.0 << 18.0;
        QTest::newRow("bottled-drinks") << QStringLiteral("bottled-drinks") << 12.0 << 26.0;
        QTest::newRow("canned-drinks") << QStringLiteral("canned-drinks") << 12.0 << 26.0;
        QTest::newRow("tyres") << QStringLiteral("tyres") << 5.0 << 11.0;
        QTest::newRow("cotton-bales") << QStringLiteral("cotton-bales") << 15.0 << 25.0;
        QTest::newRow("scrap-metal") << QStringLiteral("scrap-metal") << 15.0 << 27.0;
    }

    void loadsWeighWhatRealOnesDo()
    {
        QFETCH(QString, goods);
        QFETCH(double, minTonnes);
        QFETCH(double, maxTonnes);
        for (quint32 start : {1u, 20u, 40u}) {
            const CargoLoad load = fortyFoot(planWith({}), goods, start);
            const double tonnes = load.shipment.goodsMassKg / 1000;
            qInfo("%s, 40 ft: %.1f t in %d %s, %zu solids", qPrintable(goods), tonnes, load.shipment.units,
                  qPrintable(load.shipment.goods.unit), load.scene.size());
            QVERIFY2(tonnes >= minTonnes && tonnes <= maxTonnes, qPrintable(QString::number(tonnes)));
        }
    }

    void emptyContainersWeighTheirTare()
    {
        // ISO steel boxes: about 2.2 t (20 ft) and 3.75 t (40 ft), most of it in walls, rails and floor.
        for (auto [length, low, high] : {std::tuple{605.8, 2000.0, 2500.0}, std::tuple{1219.2, 3500.0, 4100.0}}) {
            ContainerFrame frame;
            frame.length = length;
            WeighedScene scene(table());
            ContainerShell::build(frame, scene);
            const double kg = scene.massKg(0, scene.size());
            QVERIFY2(kg > low && kg < high, qPrintable(QString::number(kg)));
            QVERIFY(scene.size() < 80);
        }
    }

    void massesAreWhatTheSolidsHold_data() { goodsStayInsideTheContainer_data(); }

    void massesAreWhatTheSolidsHold()
    {
        // The exact volumes the builders record against the chords of their solids, summed over a
        // grid of rays: a block of 2 x 2 x 2 units of each kind.
        QFETCH(QString, goods);
        SceneRandom random(1);
        const GoodsPacking packing = GoodsPacking::forKind(goods, random, table());
        WeighedScene scene(table());
        packing.place(scene, {}, {2, 2, 2}, random);
        double recorded = 0, measured = 0;
        for (size_t i = 0; i < scene.size(); ++i) {
            const VolumeObject &o = scene.scene()[i];
            const double density = o.densityGcm3 > 0 ? o.densityGcm3 : table().density(o.material);
            recorded += scene.massKg(i);
            measured += SolidVolumes::measured(*o.solid, 0.4) * density / 1000;
        }
        qInfo("%s: %.2f kg a unit, measured %.2f kg", qPrintable(goods), recorded / 8, measured / 8);
        QVERIFY(std::abs(recorded / 8 - packing.unitMassKg) < 0.05 * packing.unitMassKg + 1);
        QVERIFY2(std::abs(measured - recorded) < 0.04 * recorded, qPrintable(QString::number(measured / recorded)));
    }

    void everyHiddenItemIsOneTargetOfItsOwnSolids_data()
    {
        QTest::addColumn<QString>("goods");
        QTest::addColumn<int>("how");
        const QStringList goods{QStringLiteral("tiles"), QStringLiteral("apples"), QStringLiteral("tyres"),
                                QStringLiteral("machinery"), QStringLiteral("bottled-drinks")};
        for (const QString &g : goods)
            for (int how = 0; how < 4; ++how)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(g).arg(how))) << g << how;
    }

    void everyHiddenItemIsOneTargetOfItsOwnSolids()
    {
        QFETCH(QString, goods);
        QFETCH(int, how);
        const Concealment concealment = Concealment(how);
        const QList<Contraband> contraband{{QStringLiteral("cigarettes"), concealment},
                                           {QStringLiteral("cocaine"), concealment},
                                           {QStringLiteral("pistol"), concealment}};
        for (quint32 seed : {5u, 6u}) {
            const CargoLoad load = loadOf(planWith(contraband), goods, seed);
            QCOMPARE(int(load.targets.size()), int(contraband.size()));
            std::set<size_t> seen;
            for (size_t t = 0; t < load.targets.size(); ++t) {
                const CargoTarget &target = load.targets[t];
                QCOMPARE(target.truth.id, QStringLiteral("o%1").arg(t + 1));
                QVERIFY(!target.objects.empty());
                QVERIFY(target.truth.massKg.value_or(0) > 0);
                for (size_t i : target.objects) {
                    QVERIFY(i < load.scene.size());
                    QVERIFY2(seen.insert(i).second, "a solid belongs to two targets");
                }
                QVERIFY(within(boundsOf(load, target.objects), target.bounds, 1e-9));
                QVERIFY(within(target.bounds, boundsOf(load, target.objects), 1e-9));
                QVERIFY2(insideTheRig(target.bounds, load), qPrintable(target.truth.note));
                // Its own solids are not goods: the goods' box may hold it, but none of the goods is it.
            }
            QCOMPARE(load.targets[0].truth.category, QStringLiteral("cigarettes"));
            // At least a master case (about 12 kg) wherever they are hidden, and a kilogram brick.
            QVERIFY2(load.targets[0].truth.massKg.value_or(0) >= 10, qPrintable(load.targets[0].truth.note));
            QVERIFY2(load.targets[1].truth.massKg.value_or(0) >= 1, qPrintable(load.targets[1].truth.note));
            for (const CargoTarget &target : load.targets) // rooms are never turned inside out
                QVERIFY(!target.bounds.isEmpty() && target.bounds.max.y - target.bounds.min.y > 2);
            QCOMPARE(load.targets[1].truth.category, QStringLiteral("narcotics"));
            QCOMPARE(load.targets[1].truth.material, QStringLiteral("cocaine_hcl"));
            QCOMPARE(load.targets[2].truth.category, QStringLiteral("weapon"));
        }
    }

    void everyKindOfContrabandFindsItsPlace()
    {
        const QStringList kinds{QStringLiteral("heroin"), QStringLiteral("knife"), QStringLiteral("explosive"),
                                QStringLiteral("currency")};
        for (const QString &kind : kinds) {
            for (int how = 0; how < 4; ++how) {
                const CargoLoad load = loadOf(planWith({{kind, Concealment(how)}}), {}, quint32(10 + how));
                QCOMPARE(int(load.targets.size()), 1);
                const GroundTruthObject &truth = load.targets[0].truth;
                QVERIFY2(truth.massKg.value_or(0) > 0.05, qPrintable(truth.note));
                QVERIFY(insideTheRig(load.targets[0].bounds, load));
                QVERIFY(!truth.category.isEmpty() && !truth.material.isEmpty());
            }
        }
    }

    void compartmentsStandBetweenGoodsAndWhatTheyHide()
    {
        // A false wall before the front wall, two partitions in the middle of the load, a false
        // floor or a false ceiling: each across the load space, with the cigarettes behind it.
        const QList<Contraband> contraband{{QStringLiteral("cigarettes"), Concealment::FalseWall}};
        std::map<QString, int> kinds;
        for (quint32 seed = 1; seed <= 24; ++seed) {
            const CargoLoad load = loadOf(planWith(contraband, true), QStringLiteral("t-shirts"), seed);
            QCOMPARE(int(load.targets.size()), 2);
            const CargoTarget &hidden = load.targets[0], &compartment = load.targets[1];
            QCOMPARE(compartment.truth.category, QStringLiteral("hidden-compartment"));
            QCOMPARE(compartment.truth.id, QStringLiteral("o2"));
            const std::vector<size_t> structure = structureOf(compartment, hidden);
            QVERIFY(!structure.empty());
            const Bounds3 layer = boundsOf(load, structure), inside = load.container;
            QVERIFY(hidden.truth.massKg.value_or(0) > 20);
            QVERIFY(within(hidden.bounds, load.container));
            QVERIFY(layer.max.x - layer.min.x > 230);
            if (layer.max.z - layer.min.z > 200) { // walls across the load space, the goods outside them
                if (structure.size() == 1) {       // a false wall 30 to 60 cm before the front wall
                    ++kinds["front wall"];
                    QVERIFY(layer.max.y <= hidden.bounds.min.y);
                    QVERIFY(load.goods.max.y <= layer.min.y);
                    const double depth = inside.max.y - layer.max.y;
                    QVERIFY2(depth >= 30 && depth <= 70, qPrintable(QString::number(depth)));
                } else { // two partitions, 35 to 70 cm apart, anywhere along the load
                    ++kinds["mid-load"];
                    QCOMPARE(int(structure.size()), 2);
                    QVERIFY(layer.min.y <= hidden.bounds.min.y && hidden.bounds.max.y <= layer.max.y);
                    const double depth = layer.max.y - layer.min.y;
                    QVERIFY2(depth >= 35 && depth <= 80, qPrintable(QString::number(depth)));
                }
            } else if (layer.min.z < 160) { // a floor over the real one with the goods on it
                ++kinds["floor"];
                QVERIFY(layer.max.y - layer.min.y > 500);
                QVERIFY(hidden.bounds.max.z <= layer.min.z);
                QVERIFY(load.goods.min.z >= layer.max.z - 0.01);
                QVERIFY(hidden.bounds.min.z >= 127 - 0.01);
            } else { // a ceiling under the roof with the cigarettes over it and the goods under it
                ++kinds["ceiling"];
                QVERIFY(hidden.bounds.min.z >= layer.max.z - 0.01);
                QVERIFY(load.goods.max.z <= layer.min.z);
                QVERIFY(layer.max.y - layer.min.y >= 150);
            }
        }
        for (const char *kind : {"front wall", "mid-load", "floor", "ceiling"})
            QVERIFY2(kinds[kind] > 0, kind);
    }

    void hidingPlacesSpreadOverTheWholeLoad()
    {
        // Cigarettes hidden every way over many loads: the front, middle and back thirds of the
        // container and both halves of its height are all used, and so is the tractor's cab.
        int thirds[3] = {0, 0, 0}, halves[2] = {0, 0}, cab = 0;
        for (quint32 seed = 1; seed <= 12; ++seed)
            for (int how = 0; how < 4; ++how) {
                const CargoLoad load = loadOf(planWith({{QStringLiteral("cigarettes"), Concealment(how)}}), {},
                                              100 * seed + quint32(how));
                const Bounds3 b = load.targets[0].bounds, c = load.container;
                if (!within(b, c)) {
                    ++cab;
                    continue;
                }
                const double along = ((b.min.y + b.max.y) / 2 - c.min.y) / (c.max.y - c.min.y);
                const double up
                    = ((b.min.z + b.max.z) / 2 - ContainerFrame::FloorZ) / (c.max.z - ContainerFrame::FloorZ);
                ++thirds[std::clamp(int(along * 3), 0, 2)];
                ++halves[std::clamp(int(up * 2), 0, 1)];
            }
        qInfo("back, middle, front thirds: %d, %d, %d; lower, upper halves: %d, %d; cab: %d", thirds[0], thirds[1],
              thirds[2], halves[0], halves[1], cab);
        for (int n : thirds)
            QVERIFY(n >= 5);
        QVERIFY(halves[0] > 0 && halves[1] >= 3);
        QVERIFY(cab > 0);
    }

    void goodsAreTakenOutAtAnyHeight()
    {
        // Cigarettes among cartons of shirts stacked several high: from the bottom layer and the top one.
        const QList<Contraband> contraband{{QStringLiteral("cigarettes"), Concealment::InsideGoods}};
        bool bottom = false, top = false;
        for (quint32 seed = 1; seed <= 16 && !(bottom && top); ++seed) {
            const CargoLoad load = loadOf(planWith(contraband), QStringLiteral("t-shirts"), seed);
            const Bounds3 b = load.targets[0].bounds;
            bottom = bottom || b.min.z < load.goods.min.z + 2;
            top = top || b.max.z > load.goods.max.z - 60;
        }
        QVERIFY(bottom && top);
    }

    void drugsGoIntoTyresAndFruitBoxes()
    {
        const QList<Contraband> cocaine{{QStringLiteral("cocaine"), Concealment::InsideGoods}};
        for (quint32 seed : {3u, 4u}) {
            const CargoLoad tyres = loadOf(planWith(cocaine), QStringLiteral("tyres"), seed);
            QVERIFY2(tyres.targets[0].truth.note.contains(QStringLiteral("hollow of")),
                     qPrintable(tyres.targets[0].truth.note));
            const CargoLoad apples = loadOf(planWith(cocaine), QStringLiteral("apples"), seed);
            QVERIFY2(apples.targets[0].truth.note.contains(QStringLiteral("bricks of cocaine")),
                     qPrintable(apples.targets[0].truth.note));
            QVERIFY(apples.targets[0].truth.massKg.value_or(0) >= 1);
        }
    }

    void undeclaredGoodsAreMarked()
    {
        ScenePlan plan = planWith({});
        plan.inconsistency = QStringLiteral("undeclared-goods");
        for (quint32 seed : {1u, 2u, 3u}) {
            const CargoLoad load = loadOf(plan, QStringLiteral("textiles"), seed);
            QCOMPARE(int(load.targets.size()), 1);
            QCOMPARE(load.targets[0].truth.inconsistency, QStringLiteral("undeclared-goods"));
            QVERIFY(within(load.targets[0].bounds, load.container));
        }
    }

    void sameSeedSameLoad()
    {
        const ScenePlan plan = planWith({{QStringLiteral("heroin"), Concealment::InsideGoods},
                                         {QStringLiteral("cigarettes"), Concealment::BehindDense}});
        const CargoLoad a = loadOf(plan, {}, 77), b = loadOf(plan, {}, 77);
        QCOMPARE(a.scene.size(), b.scene.size());
        for (size_t i = 0; i < a.scene.size(); ++i) {
            QCOMPARE(a.scene[i].material, b.scene[i].material);
            QCOMPARE(a.scene[i].densityGcm3, b.scene[i].densityGcm3);
            QVERIFY(a.scene[i].solid->bounds().min == b.scene[i].solid->bounds().min);
            QVERIFY(a.scene[i].solid->bounds().max == b.scene[i].solid->bounds().max);
        }
        QCOMPARE(a.shipment.units, b.shipment.units);
        QCOMPARE(a.shipment.goodsMassKg, b.shipment.goodsMassKg);
        QCOMPARE(a.targets.size(), b.targets.size());
        for (size_t t = 0; t < a.targets.size(); ++t)
            QCOMPARE(a.targets[t].truth, b.targets[t].truth);
    }

    void aRayMeetsAFewDozenSolids_data()
    {
        QTest::addColumn<QString>("goods");
        for (const GoodsKind &kind : CargoGoods::kinds())
            QTest::newRow(qPrintable(kind.key)) << kind.key;
    }

    void aRayMeetsAFewDozenSolids()
    {
        QFETCH(QString, goods);
        const CargoLoad load = fortyFoot(planWith({{QStringLiteral("cigarettes"), Concealment::InsideGoods}}), goods);
        const double perRay = solidsPerRay(load, 60, 100);
        // Chords along those rays, to see what a scan of 3000 rows by 600 rays will cost.
        std::vector<Bounds3> bounds;
        for (const VolumeObject &o : load.scene)
            bounds.push_back(o.solid->bounds());
        QElapsedTimer timer;
        timer.start();
        double total = 0;
        long rays = 0;
        for (int r = 0; r < 60; ++r) {
            const double y = load.extent.min.y + (r + 0.5) * (load.extent.max.y - load.extent.min.y) / 60;
            for (int k = 0; k < 100; ++k, ++rays) {
                const Ray ray = Ray::between({-400, y, 200}, {350, y, (k + 0.5) * 4.8});
                for (size_t i = 0; i < load.scene.size(); ++i)
                    if (bounds[i].crossedBy(ray))
                        total += load.scene[i].solid->chordLength(ray);
            }
        }
        const double microseconds = timer.nsecsElapsed() / 1000.0 / rays;
        qInfo("%s: %zu solids, %.1f met per ray, %.1f us per ray (one core, bounds cached)", qPrintable(goods),
              load.scene.size(), perRay, microseconds);
        QVERIFY(total > 0);
        QVERIFY(load.scene.size() < 3000);
        QVERIFY2(perRay < 60, qPrintable(QString::number(perRay)));
    }
};

QTEST_GUILESS_MAIN(ContainerLoadTest)
#include "tst_containerload.moc"
