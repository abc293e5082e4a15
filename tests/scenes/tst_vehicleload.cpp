// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// 3-D cars and vans: real sizes and masses, a van's cartons, one target per hidden item made of its
// own solids inside the vehicle, hiding places drawn among many and spread over the vehicle, the
// false floor over what it hides, determinism, few solids.
#include "CargoLoadChecks.h"
#include "scenes/CarBody.h"
#include "scenes/CarInterior.h"
#include "scenes/CarRunningGear.h"
#include "scenes/VehicleLoad.h"

#include <QTest>

#include <map>
#include <set>

using namespace pen;
using pen::test::boundsOf;
using pen::test::within;

namespace {

const AttenuationTable &table()
{
    static const AttenuationTable t = *AttenuationTable::bundled();
    return t;
}

ScenePlan planWith(QList<Contraband> contraband, bool recordCompartment = false)
{
    ScenePlan plan;
    plan.id = QStringLiteral("v1");
    plan.kind = ObjectKind::Vehicle;
    plan.contraband = std::move(contraband);
    plan.recordCompartment = recordCompartment;
    return plan;
}

CargoLoad loadOf(const ScenePlan &plan, quint32 seed)
{
    SceneRandom random(seed);
    return VehicleLoad::build(plan, random, table());
}

bool isVan(const CargoLoad &load)
{
    return load.container.max.y - load.container.min.y > 490;
}

// The first seed from start whose vehicle is a van (or a car).
quint32 seedOf(bool van, quint32 start)
{
    for (quint32 seed = start;; ++seed)
        if (isVan(loadOf(planWith({}), seed)) == van)
            return seed;
}

QString describe(const Bounds3 &b)
{
    return QStringLiteral("x %1..%2, y %3..%4, z %5..%6")
        .arg(b.min.x)
        .arg(b.max.x)
        .arg(b.min.y)
        .arg(b.max.y)
        .arg(b.min.z)
        .arg(b.max.z);
}

// What the 2-D vehicle scenes say of each kind.
QString categoryOf(const QString &kind)
{
    if (kind == u"cocaine" || kind == u"heroin")
        return QStringLiteral("narcotics");
    if (kind == u"pistol" || kind == u"knife")
        return QStringLiteral("weapon");
    return kind;
}

const QStringList &kinds()
{
    static const QStringList all{QStringLiteral("cigarettes"), QStringLiteral("cocaine"), QStringLiteral("heroin"),
                                 QStringLiteral("pistol"),     QStringLiteral("knife"),   QStringLiteral("explosive"),
                                 QStringLiteral("currency")};
    return all;
}

} // namespace

class VehicleLoadTest : public QObject {
    Q_OBJECT

private slots:
    void vehiclesHaveRealSizes()
    {
        int cars = 0, vans = 0;
        for (quint32 seed = 1; seed <= 16; ++seed) {
            const CargoLoad load = loadOf(planWith({}), seed);
            const Vec3 size = load.container.max - load.container.min;
            const bool van = isVan(load);
            ++(van ? vans : cars);
            qInfo("%s: %.0f x %.0f x %.0f cm, %zu solids", van ? "van" : "car", size.y, size.x, load.container.max.z,
                  load.scene.size());
            const double minLength = van ? 500 : 420, maxLength = van ? 560 : 480;
            QVERIFY2(size.y >= minLength && size.y <= maxLength, qPrintable(describe(load.container)));
            QVERIFY2(size.x >= (van ? 196 : 175) && size.x <= (van ? 204 : 185), qPrintable(describe(load.container)));
            QVERIFY2(load.container.max.z >= (van ? 220 : 140) && load.container.max.z <= (van ? 250 : 155),
                     qPrintable(describe(load.container)));
            QVERIFY(within(load.container, load.extent, 0.5));
            QVERIFY2(within(load.extent, load.container, 0.5), qPrintable(describe(load.extent))); // nothing sticks out
            QVERIFY(load.extent.min.z >= 0); // on its wheels, on the road
            QVERIFY2(load.scene.size() < 400, qPrintable(QString::number(load.scene.size())));
        }
        QVERIFY(cars > 0 && vans > 0);
    }

    void emptyVehiclesWeighWhatRealOnesDo()
    {
        QStringList outside;
        for (bool van : {false, true})
            for (quint32 seed = 1; seed <= 6; ++seed) {
                SceneRandom random(seed);
                const VehicleFrame frame = VehicleFrame::draw(van, random);
                WeighedScene scene(table());
                CarBody::build(frame, scene);
                const double bodyKg = scene.massKg(0, scene.size());
                CarRunningGear::build(frame, scene, random);
                const double gearKg = scene.massKg(0, scene.size()) - bodyKg;
                CarInterior::build(frame, scene);
                const double kg = scene.massKg(0, scene.size());
                qInfo("%s %.0f cm: %.0f kg (body %.0f kg, running gear %.0f kg), %zu solids", van ? "van" : "car",
                      frame.length, kg, bodyKg, gearKg, scene.size());
                // Kerb weights of such cars are 1.2-1.6 t and of such vans 1.9-2.5 t with a driver and
                // a full tank; what the builders draw (no harness, sealer, paint, most trim and
                // small parts) comes to 1.05-1.15 t and 1.65-1.75 t.
                if (kg < (van ? 1600 : 1000) || kg > (van ? 2500 : 1600))
                    outside << QStringLiteral("%1 of seed %2: %3 kg").arg(van ? "van" : "car").arg(seed).arg(kg);
            }
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QStringLiteral("; "))));
    }

    void vansCarryCartonsOfShirts()
    {
        for (quint32 start : {1u, 30u, 60u}) {
            const CargoLoad van = loadOf(planWith({}), seedOf(true, start));
            QCOMPARE(van.shipment.goods.key, QStringLiteral("t-shirts"));
            QVERIFY(van.shipment.units > 0);
            // About 11 kg a carton of folded shirts.
            QVERIFY2(van.shipment.goodsMassKg > 5 * van.shipment.units
                         && van.shipment.goodsMassKg < 20 * van.shipment.units,
                     qPrintable(QString::number(van.shipment.goodsMassKg)));
            QVERIFY(!van.goods.isEmpty());
            QVERIFY2(within(van.goods, van.container), qPrintable(describe(van.goods)));
            const CargoLoad car = loadOf(planWith({}), seedOf(false, start));
            QCOMPARE(car.shipment.units, 0);
            QVERIFY(car.goods.isEmpty());
        }
    }

    void everyHiddenItemIsOneTargetOfItsOwnSolids_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<bool>("van");
        for (int how = 0; how < 4; ++how)
            for (bool van : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(how).arg(van ? "van" : "car"))) << how << van;
    }

    void everyHiddenItemIsOneTargetOfItsOwnSolids()
    {
        QFETCH(int, how);
        QFETCH(bool, van);
        for (qsizetype first = 0; first < kinds().size(); first += 3) {
            QList<Contraband> contraband;
            for (qsizetype k = first; k < std::min(first + 3, kinds().size()); ++k)
                contraband.append({kinds()[k], Concealment(how)});
            const CargoLoad load = loadOf(planWith(contraband), seedOf(van, 5 + quint32(first)));
            QCOMPARE(int(load.targets.size()), int(contraband.size()));
            std::set<size_t> seen;
            for (qsizetype t = 0; t < contraband.size(); ++t) {
                const CargoTarget &target = load.targets[size_t(t)];
                QCOMPARE(target.truth.id, QStringLiteral("o%1").arg(t + 1));
                QCOMPARE(target.truth.category, categoryOf(contraband[t].kind));
                QVERIFY(!target.truth.material.isEmpty());
                const double kg = target.truth.massKg.value_or(0);
                QVERIFY2(kg > 0.05 && kg < 80, qPrintable(QString::number(kg)));
                QVERIFY(!target.objects.empty());
                for (size_t i : target.objects) {
                    QVERIFY(i < load.scene.size());
                    QVERIFY2(seen.insert(i).second, "a solid in two targets");
                }
                const Bounds3 own = boundsOf(load, target.objects);
                QVERIFY(within(own, target.bounds) && within(target.bounds, own));
                QVERIFY2(within(target.bounds, load.container),
                         qPrintable(target.truth.note + QStringLiteral(": ") + describe(target.bounds)));
                qInfo("%s: %s, %.1f kg at %s", qPrintable(target.truth.id), qPrintable(target.truth.note), kg,
                      qPrintable(describe(target.bounds)));
            }
        }
    }

    void hiddenItemsKeepClearOfEachOther()
    {
        // Two items hidden the same way share the room without overlapping.
        for (int how = 0; how < 4; ++how)
            for (bool van : {false, true}) {
                const QList<Contraband> contraband{{QStringLiteral("cigarettes"), Concealment(how)},
                                                   {QStringLiteral("cocaine"), Concealment(how)}};
                const CargoLoad load = loadOf(planWith(contraband), seedOf(van, 11));
                const Bounds3 a = load.targets[0].bounds, b = load.targets[1].bounds;
                const bool apart = a.max.x <= b.min.x || b.max.x <= a.min.x || a.max.y <= b.min.y || b.max.y <= a.min.y
                    || a.max.z <= b.min.z || b.max.z <= a.min.z;
                QVERIFY2(
                    apart,
                    qPrintable(QStringLiteral("%1 %2: %3 and %4").arg(how).arg(van).arg(describe(a), describe(b))));
            }
    }

    void hidingPlacesAreDrawnAmongMany()
    {
        // Cigarettes hidden every way in cars and vans: many distinct places, over the rear, middle
        // and front thirds of the vehicle and both halves of its height.
        std::map<QString, int> places;
        int thirds[3] = {0, 0, 0}, halves[2] = {0, 0};
        for (quint32 seed = 1; seed <= 16; ++seed)
            for (int how = 0; how < 4; ++how) {
                const CargoLoad load
                    = loadOf(planWith({{QStringLiteral("cigarettes"), Concealment(how)}}), 50 * seed + quint32(how));
                const CargoTarget &target = load.targets[0];
                ++places[target.truth.note.section(QStringLiteral(", "), -1)];
                const Bounds3 b = target.bounds, v = load.container;
                ++thirds[std::clamp(int(3 * ((b.min.y + b.max.y) / 2 - v.min.y) / (v.max.y - v.min.y)), 0, 2)];
                ++halves[std::clamp(int(2 * ((b.min.z + b.max.z) / 2) / v.max.z), 0, 1)];
            }
        QStringList seen;
        for (const auto &[place, n] : places)
            seen << QStringLiteral("%1: %2").arg(place).arg(n);
        qInfo("%s; rear, middle, front thirds %d, %d, %d; lower, upper halves %d, %d",
              qPrintable(seen.join(QStringLiteral("; "))), thirds[0], thirds[1], thirds[2], halves[0], halves[1]);
        QVERIFY2(places.size() >= 10, qPrintable(seen.join(QStringLiteral("; "))));
        for (const char *place : {"in a door's cavity", "over the roof lining", "in a compartment in the fuel tank",
                                  "under a false floor", "inside a seat"})
            QVERIFY2(places.count(QString::fromLatin1(place)) > 0, place);
        for (int n : thirds)
            QVERIFY(n >= 5);
        QVERIFY(halves[0] > 0 && halves[1] >= 3);
    }

    void falseFloorLiesOverWhatItHides()
    {
        const QList<Contraband> contraband{{QStringLiteral("cocaine"), Concealment::FalseWall},
                                           {QStringLiteral("pistol"), Concealment::Open},
                                           {QStringLiteral("cigarettes"), Concealment::FalseWall}};
        for (bool van : {false, true}) {
            const CargoLoad load = loadOf(planWith(contraband, true), seedOf(van, 3));
            QCOMPARE(int(load.targets.size()), 4);
            const CargoTarget &floor = load.targets.back();
            QCOMPARE(floor.truth.id, QStringLiteral("c1"));
            QCOMPARE(floor.truth.category, QStringLiteral("hidden-compartment"));
            const Bounds3 plate = load.scene[floor.objects.front()].solid->bounds();
            QVERIFY(plate.max.z - plate.min.z < 0.5); // a sheet
            for (int t : {0, 2}) {
                const Bounds3 item = load.targets[size_t(t)].bounds;
                QVERIFY2(item.max.z <= plate.min.z + 0.01, qPrintable(describe(item) + " under " + describe(plate)));
                QVERIFY2(within(item, {{plate.min.x, plate.min.y, 0}, plate.max}),
                         qPrintable(describe(item) + " under " + describe(plate)));
                for (size_t i : load.targets[size_t(t)].objects)
                    QVERIFY(std::find(floor.objects.begin(), floor.objects.end(), i) != floor.objects.end());
            }
            // What lies in the open is on the plate, not under it.
            QVERIFY(load.targets[1].bounds.min.z >= plate.max.z - 0.01);
        }
    }

    void theSameSeedGivesTheSameVehicle()
    {
        const QList<Contraband> contraband{{QStringLiteral("heroin"), Concealment::BehindDense},
                                           {QStringLiteral("currency"), Concealment::InsideGoods}};
        for (quint32 seed : {7u, 8u, 9u}) {
            const CargoLoad a = loadOf(planWith(contraband), seed), b = loadOf(planWith(contraband), seed);
            QCOMPARE(a.scene.size(), b.scene.size());
            for (size_t i = 0; i < a.scene.size(); ++i) {
                QCOMPARE(a.scene[i].material, b.scene[i].material);
                QVERIFY(a.scene[i].solid->bounds().min == b.scene[i].solid->bounds().min);
                QVERIFY(a.scene[i].solid->bounds().max == b.scene[i].solid->bounds().max);
            }
            QCOMPARE(a.targets.size(), b.targets.size());
            for (size_t t = 0; t < a.targets.size(); ++t)
                QVERIFY(a.targets[t].truth.massKg == b.targets[t].truth.massKg);
            QCOMPARE(a.shipment.units, b.shipment.units);
        }
    }
};

QTEST_GUILESS_MAIN(VehicleLoadTest)
#include "tst_vehicleload.moc"
