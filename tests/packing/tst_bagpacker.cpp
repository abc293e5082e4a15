// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PackedBagProbe.h"

#include "packing/BagPacker.h"
#include "packing/ItemCatalogue.h"
#include "packing/TurnedFootprint.h"
#include "volume/LineScanProjector.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace pen;

namespace {

constexpr double Tolerance = 0.01; // cm

bool inside(const Bounds3 &box, const Bounds3 &room)
{
    const Bounds3 grown = room.expanded(Tolerance);
    return box.min.x >= grown.min.x && box.min.y >= grown.min.y && box.min.z >= grown.min.z && box.max.x <= grown.max.x
        && box.max.y <= grown.max.y && box.max.z <= grown.max.z;
}

double overlap(double aMin, double aMax, double bMin, double bMax)
{
    return std::min(aMax, bMax) - std::max(aMin, bMin);
}

bool footprintsTouch(const Bounds3 &a, const Bounds3 &b, double reach)
{
    return overlap(a.min.x - reach, a.max.x + reach, b.min.x, b.max.x) > 0
        && overlap(a.min.y - reach, a.max.y + reach, b.min.y, b.max.y) > 0;
}

// The highest top of the rigid items (or the floor) under the footprint of a spread garment.
double highestRigidTopUnder(const PackedBag &bag, const PlacedItem &drape)
{
    double highest = bag.inner.min.z;
    for (const PlacedItem &other : bag.items)
        if (!other.isDrape && footprintsTouch(drape.bounds, other.bounds, 0))
            highest = std::max(highest, other.bounds.max.z);
    return highest;
}

// Whether the item sits on the floor or on the top of an item under it; an item owns whole 1 cm
// cells of the height map, so its support may be up to a cell away from its own box. A spread
// garment follows the surface: its lowest point reaches down among the items under it.
bool restsOnSomething(const PackedBag &bag, const PlacedItem &item)
{
    if (std::abs(item.bounds.min.z - bag.inner.min.z) < Tolerance)
        return true;
    if (item.isDrape)
        return item.bounds.min.z <= highestRigidTopUnder(bag, item) + Tolerance;
    return std::any_of(bag.items.begin(), bag.items.end(), [&](const PlacedItem &other) {
        if (&other == &item || !footprintsTouch(item.bounds, other.bounds, 1.0))
            return false;
        if (other.isDrape) // resting on a spread garment: anywhere on its surface
            return item.bounds.min.z >= other.bounds.min.z - Tolerance
                && item.bounds.min.z <= other.bounds.max.z + Tolerance;
        return std::abs(other.bounds.max.z - item.bounds.min.z) < Tolerance;
    });
}

PackingOptions withThreat(const QString &name, bool drapes = true)
{
    PackingOptions options;
    options.threats = {{name}};
    options.drapeGarments = drapes;
    return options;
}

const AttenuationTable &table()
{
    static const AttenuationTable bundled = AttenuationTable::bundled().value();
    return bundled;
}

PackingOptions withThreat(const QString &name, ThreatCover cover)
{
    PackingOptions options;
    options.threats = {{name, cover}};
    return options;
}

const PlacedItem &threatIn(const PackedBag &bag)
{
    return *std::find_if(bag.items.begin(), bag.items.end(), [](const PlacedItem &i) { return i.isThreat; });
}

// Items (not the threat) crossed by the vertical ray through the threat's centre, above it.
int itemsOver(const PackedBag &bag, const PlacedItem &threat)
{
    const Vec3 centre = (threat.bounds.min + threat.bounds.max) / 2;
    int above = 0;
    for (const int k : PackedBagProbe(bag, table()).itemsCrossed(centre.x, centre.y)) {
        const PlacedItem &other = bag.items[size_t(k)];
        if (&other != &threat && (other.bounds.min.z + other.bounds.max.z) / 2 > centre.z)
            ++above;
    }
    return above;
}

bool isDenseCover(const PlacedItem &item)
{
    const QList<CatalogueEntry> &dense = ItemCatalogue::denseCover();
    return std::any_of(dense.begin(), dense.end(), [&](const CatalogueEntry &e) { return e.name == item.name; });
}

int clutterCount(const PackedBag &bag)
{
    return int(std::count_if(bag.items.begin(), bag.items.end(), [](const PlacedItem &i) { return !i.isThreat; }));
}

} // namespace

class TestBagPacker final : public QObject {
    Q_OBJECT

private slots:
    void aSuitcaseHoldsThirtyToSixtyItemsInsideIt();
    void rigidItemsNeverShareSpace();
    void smallThingsLieAtAnyAngle();
    void everyItemRestsOnTheFloorOrOnAnother_data();
    void everyItemRestsOnTheFloorOrOnAnother();
    void theSameSeedPacksTheSameBag();
    void noKindOfThingIsPackedBeyondItsLimit();
    void verticalRaysCrossSeveralItems();
    void liquidsLieAtTheBottomOfTheirBottles();
    void theBagWeighsWhatARealBagWeighs();
    void threatsAreBuriedInTheClutter();
    void onTopLeavesLittleOverTheThreat();
    void denseGoodsLieOverAThreatHiddenBehindThem();
    void aFalseFloorLiesOverTheThreatAndUnderTheRest();
    void aParcelIsACartonOfGoods();
    void theScannerSeesADenseBag();
    void packingABagIsFast();
};

void TestBagPacker::aSuitcaseHoldsThirtyToSixtyItemsInsideIt()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        QCOMPARE(bag.containerName, QStringLiteral("suitcase"));
        QStringList names;
        for (const PlacedItem &item : bag.items)
            names.append(item.name);
        QVERIFY2(bag.items.size() >= 30 && bag.items.size() <= 60,
                 qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(names.join(QLatin1String(", ")))));
        QCOMPARE(int(bag.items.size()) - clutterCount(bag), 1);
        for (const PlacedItem &item : bag.items)
            QVERIFY2(inside(item.bounds, bag.inner),
                     qPrintable(QStringLiteral("seed %1: %2 at %3..%4 cm high, room to %5")
                                    .arg(seed)
                                    .arg(item.name)
                                    .arg(item.bounds.min.z)
                                    .arg(item.bounds.max.z)
                                    .arg(bag.inner.max.z)));
        QCOMPARE(bag.items.back().firstObject + bag.items.back().objectCount, int(bag.scene.size()));
        // The bag lies on the belt inside the 60 cm tunnel and the 84 cm of a scan.
        for (const VolumeObject &object : bag.scene) {
            const Bounds3 b = object.solid->bounds();
            QVERIFY(b.min.z >= -Tolerance && b.max.z <= 40 && b.min.x >= 0 && b.max.x <= 60 && b.min.y >= 0
                    && b.max.y <= 84);
        }
    }
}

void TestBagPacker::rigidItemsNeverShareSpace()
{
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("pistol")));
        for (size_t i = 0; i < bag.items.size(); ++i)
            for (size_t j = i + 1; j < bag.items.size(); ++j) {
                const Bounds3 &a = bag.items[i].bounds, &b = bag.items[j].bounds;
                if (bag.items[i].isDrape || bag.items[j].isDrape)
                    continue; // a spread garment follows the surface into the gaps between boxes
                // Apart in height, or their outlines seen from above (a slanted thing's is
                // narrower than its box) do not meet.
                const bool apart = overlap(a.min.z, a.max.z, b.min.z, b.max.z) <= Tolerance
                    || !TurnedFootprint::overlap(bag.items[i].outline, bag.items[j].outline, Tolerance);
                QVERIFY2(apart, qPrintable(bag.items[i].name + QLatin1String(" / ") + bag.items[j].name));
            }
    }
}

// Seen from above, a real bag's pens, keys and phones lie at every angle; its garments, books and
// laptops lie roughly square to the walls, many a few degrees off, none far off.
void TestBagPacker::smallThingsLieAtAnyAngle()
{
    int small = 0, slanted = 0, large = 0, largeSlanted = 0;
    double steepest = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        for (const PlacedItem &item : bag.items) {
            if (item.isDrape || item.isFalseFloor)
                continue;
            QVERIFY2(item.outline.size() >= 3, qPrintable(item.name));
            // The thing's own long axis against the walls: 0 for a thing lying square.
            const Vec3 edge = item.pose.apply({1, 0, 0});
            const double degrees = std::fmod(std::abs(std::atan2(edge.y, edge.x)) * 180 / std::numbers::pi, 90.0);
            const double offSquare = std::min(degrees, 90 - degrees);
            const bool turned = offSquare > 4;
            double longest = 0; // the thing's own length, however it lies
            for (size_t k = 0; k < item.outline.size(); ++k) {
                const Vec3 side = item.outline[(k + 1) % item.outline.size()] - item.outline[k];
                longest = std::max(longest, std::hypot(side.x, side.y));
            }
            if (longest <= 16) {
                ++small;
                slanted += turned;
            } else if (longest > 24) {
                ++large;
                largeSlanted += turned;
                steepest = std::max(steepest, offSquare);
            }
        }
    }
    qInfo("%d of %d small things lie at a slant; %d of %d large things, at most %.1f degrees off square", slanted,
          small, largeSlanted, large, steepest);
    QVERIFY(slanted * 4 >= small);
    QVERIFY(slanted * 4 <= small * 3); // not all: some lie square, as in a real bag
    QVERIFY(largeSlanted * 5 >= large);
    QVERIFY(largeSlanted * 5 <= large * 4);
    QVERIFY(steepest <= 8.5);
}

void TestBagPacker::everyItemRestsOnTheFloorOrOnAnother_data()
{
    QTest::addColumn<bool>("drapes");
    QTest::newRow("boxes only") << false;
    QTest::newRow("with spread garments") << true;
}

void TestBagPacker::everyItemRestsOnTheFloorOrOnAnother()
{
    QFETCH(bool, drapes);
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("pipe bomb"), drapes));
        int onFloor = 0;
        for (const PlacedItem &item : bag.items) {
            QVERIFY2(restsOnSomething(bag, item), qPrintable(item.name));
            onFloor += std::abs(item.bounds.min.z - bag.inner.min.z) < Tolerance;
        }
        // Stacked, not spread over the floor (big things go in first and cover most of it).
        QVERIFY(onFloor >= 1 && onFloor <= int(bag.items.size()) / 3);
    }
}

void TestBagPacker::theSameSeedPacksTheSameBag()
{
    const PackingOptions options = withThreat(QStringLiteral("cocaine brick"));
    const PackedBag a = BagPacker::packSuitcase(5, options), b = BagPacker::packSuitcase(5, options),
                    c = BagPacker::packSuitcase(6, options);
    QCOMPARE(a.items.size(), b.items.size());
    QCOMPARE(a.scene.size(), b.scene.size());
    for (size_t i = 0; i < a.items.size(); ++i) {
        QCOMPARE(a.items[i].name, b.items[i].name);
        QVERIFY(a.items[i].bounds.min == b.items[i].bounds.min && a.items[i].bounds.max == b.items[i].bounds.max);
    }
    const Ray ray = Ray::between({25, 30, -5}, {33, 45, 40});
    for (size_t k = 0; k < a.scene.size(); ++k)
        QCOMPARE(a.scene[k].solid->chordLength(ray), b.scene[k].solid->chordLength(ray));
    const bool same = a.items.size() == c.items.size()
        && std::equal(a.items.begin(), a.items.end(), c.items.begin(),
                      [](const PlacedItem &p, const PlacedItem &q) { return p.bounds.min == q.bounds.min; });
    QVERIFY(!same);
}

void TestBagPacker::noKindOfThingIsPackedBeyondItsLimit()
{
    // The top-up of the last gaps once packed a dozen pens and seven phones into one suitcase.
    QHash<QString, int> limits;
    for (const QList<CatalogueEntry> *entries : {&ItemCatalogue::travelClutter(), &ItemCatalogue::smallThings()})
        for (const CatalogueEntry &entry : *entries)
            if (entry.maxPerBag > 0)
                limits[entry.name] = entry.maxPerBag;
    QVERIFY(limits.value(QStringLiteral("phone")) > 0 && limits.value(QStringLiteral("pen")) > 0
            && limits.value(QStringLiteral("garment")) > 0);
    int atLimit = 0;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        QHash<QString, int> counts;
        for (const PlacedItem &item : bag.items)
            ++counts[item.kind];
        for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
            QVERIFY2(
                counts.value(it.key()) <= it.value(),
                qPrintable(QStringLiteral("seed %1: %2 × %3").arg(seed).arg(counts.value(it.key())).arg(it.key())));
            atLimit += counts.value(it.key()) == it.value();
        }
    }
    QVERIFY(atLimit > 0); // the limits are reached, so they are what stops the packer
}

void TestBagPacker::verticalRaysCrossSeveralItems()
{
    double sum = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        // Inside the footprint, 2 cm apart; the suitcase itself is not counted.
        const double median = PackedBagProbe(bag, table()).medianItemsCrossed(2.0);
        qInfo("seed %u: %zu items, median %.0f", seed, bag.items.size(), median);
        QVERIFY2(median >= 3, qPrintable(QString::number(median)));
        sum += median;
    }
    qInfo("median items crossed by a vertical ray, mean over 10 bags %.2f", sum / 10);
}

// Bottles and cans lie in the bag every way round about their axis; their liquid lies at the
// bottom of each, under an air gap at the top.
void TestBagPacker::liquidsLieAtTheBottomOfTheirBottles()
{
    int containers = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        for (const PlacedItem &item : bag.items) {
            if (item.name != QLatin1String("bottle") && item.name != QLatin1String("can"))
                continue;
            ++containers;
            const Bounds3 shell = bag.scene[size_t(item.firstObject)].solid->bounds();
            const Bounds3 liquid = bag.scene[size_t(item.firstObject) + 1].solid->bounds();
            const QString where = QStringLiteral("seed %1, %2").arg(seed).arg(item.name);
            QVERIFY2(liquid.min.z - shell.min.z > 0 && liquid.min.z - shell.min.z < 0.45, qPrintable(where));
            QVERIFY2(liquid.max.z < shell.max.z - 0.1, qPrintable(where));
        }
    }
    QVERIFY(containers >= 3);
}

// A packed checked bag weighs 10–20 kg (airlines' 23 kg limit; surveys put the mean near 15 kg)
// on a footprint of about 35 × 55 cm ≈ 1900 cm²: 5–10 g/cm² on average over the footprint, the
// shell included. Each bag may stray a little further (a bag of books, a bag of T-shirts).
void TestBagPacker::theBagWeighsWhatARealBagWeighs()
{
    double sum = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("pistol")));
        const double areal = PackedBagProbe(bag, table()).meanArealDensity(2.0);
        QVERIFY2(areal >= 3.5 && areal <= 13, qPrintable(QString::number(areal)));
        sum += areal;
    }
    qInfo("mean areal density over 10 bags %.2f g/cm2", sum / 10);
    QVERIFY(sum / 10 >= 5 && sum / 10 <= 10);
}

void TestBagPacker::threatsAreBuriedInTheClutter()
{
    constexpr int Bags = 36;
    int crossedSum = 0, between = 0, onFloor = 0, onTop = 0;
    for (quint32 seed = 1; seed <= Bags; ++seed) {
        const QString threat = ItemCatalogue::threats()[seed % ItemCatalogue::threats().size()].name;
        const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(threat));
        const auto found
            = std::find_if(bag.items.begin(), bag.items.end(), [](const PlacedItem &i) { return i.isThreat; });
        QVERIFY2(found != bag.items.end(), qPrintable(threat));
        const Vec3 centre = (found->bounds.min + found->bounds.max) / 2;
        int above = 0, below = 0;
        for (const int k : PackedBagProbe(bag, table()).itemsCrossed(centre.x, centre.y)) {
            const PlacedItem &other = bag.items[size_t(k)];
            if (&other == &*found)
                continue;
            ((other.bounds.min.z + other.bounds.max.z) / 2 > centre.z ? above : below) += 1;
        }
        crossedSum += above + below;
        between += above > 0 && below > 0;
        onFloor += std::abs(found->bounds.min.z - bag.inner.min.z) < Tolerance;
        onTop += above == 0;
    }
    const double meanCrossed = double(crossedSum) / Bags;
    qInfo("over %d bags: %.2f other items over or under a threat's centre; %d with clutter both over and "
          "under it, %d on the floor, %d with nothing over it",
          Bags, meanCrossed, between, onFloor, onTop);
    QVERIFY(meanCrossed >= 2);
    QVERIFY(between >= Bags / 3);
    QVERIFY(onFloor < Bags / 3);
    QVERIFY(onTop < Bags / 3);
}

void TestBagPacker::onTopLeavesLittleOverTheThreat()
{
    constexpr int Bags = 12;
    int overOnTop = 0, overAmong = 0, bareOnTop = 0;
    for (quint32 seed = 1; seed <= Bags; ++seed) {
        const PackedBag top = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife"), ThreatCover::OnTop));
        const PackedBag among
            = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife"), ThreatCover::AmongClutter));
        const int over = itemsOver(top, threatIn(top));
        overOnTop += over;
        bareOnTop += over == 0;
        overAmong += itemsOver(among, threatIn(among));
    }
    qInfo("items over the threat in %d bags: %d packed on top, %d among the clutter; %d with nothing over it", Bags,
          overOnTop, overAmong, bareOnTop);
    QVERIFY(overOnTop * 2 < overAmong);
    QVERIFY(bareOnTop >= Bags / 2);
}

void TestBagPacker::denseGoodsLieOverAThreatHiddenBehindThem()
{
    constexpr int Bags = 12;
    int covered = 0, coveredAmong = 0;
    for (quint32 seed = 1; seed <= Bags; ++seed) {
        for (const ThreatCover cover : {ThreatCover::UnderDense, ThreatCover::AmongClutter}) {
            const PackedBag bag = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("cocaine brick"), cover));
            const PlacedItem &threat = threatIn(bag);
            const Vec3 centre = (threat.bounds.min + threat.bounds.max) / 2;
            bool denseOver = false;
            for (const int k : PackedBagProbe(bag, table()).itemsCrossed(centre.x, centre.y))
                denseOver |= isDenseCover(bag.items[size_t(k)]) && bag.items[size_t(k)].bounds.min.z > centre.z;
            (cover == ThreatCover::UnderDense ? covered : coveredAmong) += denseOver;
        }
    }
    qInfo("of %d bags, %d with dense goods over a threat hidden behind them, %d over one among the clutter", Bags,
          covered, coveredAmong);
    QVERIFY(covered >= Bags / 2);
    QVERIFY(covered > 2 * coveredAmong);
}

void TestBagPacker::aFalseFloorLiesOverTheThreatAndUnderTheRest()
{
    for (quint32 seed = 1; seed <= 8; ++seed) {
        const PackedBag bag
            = BagPacker::packSuitcase(seed, withThreat(QStringLiteral("banknotes"), ThreatCover::UnderFalseFloor));
        const PlacedItem &threat = threatIn(bag);
        QVERIFY(std::abs(threat.bounds.min.z - bag.inner.min.z) < Tolerance);
        const auto floor
            = std::find_if(bag.items.begin(), bag.items.end(), [](const PlacedItem &i) { return i.isFalseFloor; });
        QVERIFY(floor != bag.items.end());
        QVERIFY(!floor->isThreat);
        QVERIFY(std::abs(floor->bounds.min.z - threat.bounds.max.z) < Tolerance);
        const Vec3 centre = (threat.bounds.min + threat.bounds.max) / 2;
        QVERIFY(floor->bounds.min.x < centre.x && floor->bounds.max.x > centre.x);
        QVERIFY(floor->bounds.min.y < centre.y && floor->bounds.max.y > centre.y);
        for (const PlacedItem &item : bag.items)
            if (&item != &threat && &item != &*floor)
                QVERIFY2(item.bounds.min.z >= floor->bounds.max.z - Tolerance, qPrintable(item.name));
    }
}

void TestBagPacker::aParcelIsACartonOfGoods()
{
    for (quint32 seed = 1; seed <= 10; ++seed) {
        const PackedBag parcel = BagPacker::packParcel(seed, [] {
            PackingOptions options = PackingOptions::parcel();
            options.threats = {{QStringLiteral("cocaine brick")}};
            return options;
        }());
        QCOMPARE(parcel.containerName, QStringLiteral("carton"));
        QVERIFY2(parcel.items.size() >= 10 && parcel.items.size() <= 25,
                 qPrintable(QString::number(parcel.items.size())));
        QCOMPARE(int(parcel.items.size()) - clutterCount(parcel), 1);
        for (const PlacedItem &item : parcel.items) {
            QVERIFY2(inside(item.bounds, parcel.inner), qPrintable(item.name));
            QVERIFY2(restsOnSomething(parcel, item), qPrintable(item.name));
        }
        const double median = PackedBagProbe(parcel, table()).medianItemsCrossed(2.0);
        QVERIFY2(median >= 2, qPrintable(QString::number(median)));
    }
}

// The packed scene goes through the line-scan projector as it is; under the bag the high-energy
// transmission is that of a full bag (half or less in the middle), with metal nearly opaque.
void TestBagPacker::theScannerSeesADenseBag()
{
    const PackedBag bag = BagPacker::packSuitcase(3, withThreat(QStringLiteral("pistol")));
    LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    geometry.rows = 70; // a row every 12 mm is enough to see the whole bag
    geometry.rowPitchMm = 12;
    const auto views = LineScanProjector(table()).transmissions(bag.scene, geometry, DetectorSettings{});
    QCOMPARE(views.size(), size_t(2));
    for (const ViewTransmissions &view : views) {
        std::vector<float> underBag;
        for (const float t : view.channels[1])
            if (t < 0.98f)
                underBag.push_back(t);
        std::sort(underBag.begin(), underBag.end());
        QVERIFY(underBag.size() > view.channels[1].size() / 4);
        const float median = underBag[underBag.size() / 2], darkest = underBag[underBag.size() / 100];
        qInfo("%s view: median high-energy transmission under the bag %.2f, 1st percentile %.3f",
              qPrintable(view.label), double(median), double(darkest));
        QVERIFY(median < 0.6f);
        QVERIFY(darkest < 0.05f);
    }
}

void TestBagPacker::packingABagIsFast()
{
    // The best of ten runs, so that a busy machine does not fail the test.
    double fastest = 1e9;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        QElapsedTimer timer;
        timer.start();
        BagPacker::packSuitcase(seed, withThreat(QStringLiteral("knife")));
        fastest = std::min(fastest, timer.nsecsElapsed() / 1e6);
    }
    qInfo("fastest of ten bags %.1f ms", fastest);
    QVERIFY(fastest < 100);
}

QTEST_APPLESS_MAIN(TestBagPacker)
#include "tst_bagpacker.moc"
