// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/ThreatCategories.h"
#include "packing/ClothingItems.h"
#include "packing/ContainerItems.h"
#include "packing/ElectronicItems.h"
#include "packing/EverydayItems.h"
#include "packing/ItemCatalogue.h"
#include "packing/SettlingLiquid.h"
#include "packing/ThreatItems.h"
#include "synth/AttenuationTable.h"
#include "volume/HollowSolid.h"

#include <QTest>

#include <algorithm>
#include <numbers>

using namespace pen;

Q_DECLARE_METATYPE(pen::ItemBuilder)

namespace {

// The item's extents sorted from longest to shortest, cm.
std::array<double, 3> sortedSize(const PackableItem &item)
{
    const Vec3 s = item.localBounds.max - item.localBounds.min;
    std::array<double, 3> sizes{s.x, s.y, s.z};
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    return sizes;
}

double chordThrough(const PackableItem &item, const Ray &ray, const QString &material = {})
{
    double sum = 0;
    for (const VolumeObject &object : item.objects)
        if (material.isEmpty() || object.material == material)
            sum += object.solid->chordLength(ray);
    return sum;
}

} // namespace

class TestPackableItems final : public QObject {
    Q_OBJECT

private slots:
    void itemsAreMadeOfTabledMaterialsAtPlausibleSizes_data();
    void itemsAreMadeOfTabledMaterialsAtPlausibleSizes();
    void threatsCarryBuiltInCategories();
    void aBottleIsWallAndLiquidNotSolidGlass();
    void liquidSettlesAtTheBottomHoweverTheItemLies();
    void aLaptopHoldsMetalInsideALightShell();
    void theSameSeedBuildsTheSameItem();
    void garmentsShowCreasesAsFineDarkLines();
};

void TestPackableItems::itemsAreMadeOfTabledMaterialsAtPlausibleSizes_data()
{
    QTest::addColumn<ItemBuilder>("build");
    QTest::addColumn<double>("minLongest"); // cm
    QTest::addColumn<double>("maxLongest");
    QTest::addColumn<double>("maxThinnest");
    QTest::newRow("phone") << ItemBuilder(ElectronicItems::phone) << 14.0 << 17.0 << 1.0;
    QTest::newRow("laptop") << ItemBuilder(ElectronicItems::laptop) << 29.0 << 37.0 << 2.5;
    QTest::newRow("charger") << ItemBuilder(ElectronicItems::charger) << 10.0 << 25.0 << 4.0;
    QTest::newRow("hair dryer") << ItemBuilder(ElectronicItems::hairDryer) << 15.0 << 32.0 << 10.0;
    QTest::newRow("bottle") << ItemBuilder(ContainerItems::bottle) << 20.0 << 36.0 << 9.0;
    QTest::newRow("can") << ItemBuilder(ContainerItems::drinksCan) << 11.0 << 16.0 << 7.0;
    QTest::newRow("toiletries") << ItemBuilder(ContainerItems::toiletryKit) << 21.0 << 29.0 << 10.0;
    QTest::newRow("shoe") << ItemBuilder(EverydayItems::shoe) << 24.0 << 32.0 << 15.0;
    QTest::newRow("book") << ItemBuilder(EverydayItems::book) << 17.0 << 25.0 << 4.5;
    QTest::newRow("umbrella") << ItemBuilder(EverydayItems::umbrella) << 25.0 << 38.0 << 5.0;
    QTest::newRow("belt") << ItemBuilder(EverydayItems::belt) << 13.0 << 21.0 << 4.0;
    QTest::newRow("keys") << ItemBuilder(EverydayItems::keys) << 5.0 << 17.0 << 2.0;
    QTest::newRow("coins") << ItemBuilder(EverydayItems::coins) << 10.0 << 12.0 << 3.0;
    QTest::newRow("pen") << ItemBuilder(EverydayItems::pen) << 12.0 << 16.0 << 1.3;
    QTest::newRow("cable") << ItemBuilder(EverydayItems::cable) << 8.0 << 14.0 << 1.2;
    QTest::newRow("wallet") << ItemBuilder(EverydayItems::wallet) << 10.0 << 12.0 << 1.7;
    QTest::newRow("tablets") << ItemBuilder(EverydayItems::tablets) << 9.0 << 12.0 << 2.5;
    QTest::newRow("garment") << ItemBuilder(ClothingItems::foldedGarment) << 27.0 << 40.0 << 7.5;
    QTest::newRow("pistol") << ItemBuilder(ThreatItems::pistol) << 16.0 << 22.0 << 3.0;
    QTest::newRow("knife") << ItemBuilder(ThreatItems::knife) << 18.0 << 34.0 << 1.6;
    QTest::newRow("cocaine brick") << ItemBuilder(ThreatItems::cocaineBrick) << 16.0 << 19.0 << 5.0;
    QTest::newRow("pipe bomb") << ItemBuilder(ThreatItems::pipeBomb) << 18.0 << 32.0 << 7.0;
    QTest::newRow("cigarettes") << ItemBuilder(ThreatItems::cigarettes) << 26.0 << 38.0 << 5.5;
    QTest::newRow("banknotes") << ItemBuilder(ThreatItems::banknotes) << 15.0 << 32.0 << 1.5;
}

void TestPackableItems::itemsAreMadeOfTabledMaterialsAtPlausibleSizes()
{
    QFETCH(ItemBuilder, build);
    QFETCH(double, minLongest);
    QFETCH(double, maxLongest);
    QFETCH(double, maxThinnest);
    const auto table = AttenuationTable::bundled();
    QVERIFY(table.hasValue());
    for (quint32 seed = 1; seed <= 20; ++seed) {
        std::mt19937 engine(seed);
        const PackableItem item = build(engine);
        QVERIFY(!item.objects.empty());
        QVERIFY2(table->contains(item.mainMaterial), qPrintable(item.mainMaterial));
        for (const VolumeObject &object : item.objects) {
            QVERIFY2(table->contains(object.material), qPrintable(object.material));
            const double density = object.densityGcm3 > 0 ? object.densityGcm3 : table->density(object.material);
            QVERIFY2(density > 0.1 && density < 20, qPrintable(object.material));
        }
        const auto size = sortedSize(item);
        QVERIFY2(size[0] >= minLongest && size[0] <= maxLongest, qPrintable(QString::number(size[0])));
        QVERIFY2(size[2] <= maxThinnest, qPrintable(QString::number(size[2])));
    }
}

void TestPackableItems::threatsCarryBuiltInCategories()
{
    ThreatCategories categories;
    QStringList covered;
    for (const CatalogueEntry &entry : ItemCatalogue::threats()) {
        std::mt19937 engine(7);
        const PackableItem item = entry.build(engine);
        QVERIFY(item.isThreat());
        QVERIFY2(categories.contains(item.category), qPrintable(item.category));
        QCOMPARE(item.name, entry.name);
        covered.append(item.category);
    }
    for (const char *key : {"weapon", "narcotics", "explosive", "cigarettes", "currency"})
        QVERIFY2(covered.contains(QLatin1String(key)), key);
    for (const CatalogueEntry &entry : ItemCatalogue::travelClutter()) {
        std::mt19937 engine(7);
        QVERIFY(!entry.build(engine).isThreat());
    }
}

void TestPackableItems::aBottleIsWallAndLiquidNotSolidGlass()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        std::mt19937 engine(seed);
        const PackableItem bottle = ContainerItems::bottle(engine);
        QCOMPARE(int(bottle.liquids.size()), 1);
        const SettlingLiquid &liquid = bottle.liquids.front();
        // Straight down through the body, a quarter of the way from its base: two walls and the
        // liquid under its level.
        const double x = bottle.localBounds.min.x + 0.25 * (bottle.localBounds.max.x - bottle.localBounds.min.x);
        const Ray down{{x, 0, 50}, {0, 0, -1}};
        const double diameter = bottle.localBounds.max.z - bottle.localBounds.min.z;
        const double wall = chordThrough(bottle, down, bottle.mainMaterial);
        const double water = chordThrough(bottle, down, QStringLiteral("water"));
        const double depth = liquid.radius + levelForShare(liquid.radius, liquid.fill);
        QVERIFY2(wall > 0.05 && wall < 0.9, qPrintable(QString::number(wall)));
        QVERIFY(qAbs(water - depth) < 1e-6);
        QVERIFY(water < diameter - wall);
    }
}

// However the packer turns a bottle about its axis (upright, on its side, upside down), the liquid
// lies at the bottom under a level surface and keeps its volume.
void TestPackableItems::liquidSettlesAtTheBottomHoweverTheItemLies()
{
    QVERIFY(qAbs(levelForShare(2, 0.5)) < 1e-9);
    QVERIFY(qAbs(levelForShare(2, 0) + 2) < 1e-9 && qAbs(levelForShare(2, 1) - 2) < 1e-9);
    const SettlingLiquid liquid{1, {1, 0, 0}, 3, 20, 0.3};
    const double level = levelForShare(liquid.radius, liquid.fill);
    QVERIFY(level < 0);
    for (const double roll : {0.0, std::numbers::pi / 2, std::numbers::pi, 2.0}) {
        const Rotation pose = Rotation::fromYawPitchRoll(0.7, 0, roll);
        const std::shared_ptr<const Solid> settled = settledLiquid(liquid, pose);
        const Vec3 up = pose.applyInverse({0, 0, 1}); // the world's up in the item's frame
        const QString where = QStringLiteral("roll %1").arg(roll);
        // Along the axis, low in the cavity: the whole length is liquid; high up: none.
        const Vec3 low = liquid.centre - up * (0.9 * liquid.radius);
        const Vec3 high = liquid.centre + up * (0.5 * liquid.radius);
        QVERIFY2(qAbs(settled->chordLength({low - Vec3{15, 0, 0}, {1, 0, 0}}) - liquid.length) < 1e-6,
                 qPrintable(where));
        QVERIFY2(settled->chordLength({high - Vec3{15, 0, 0}, {1, 0, 0}}) < 1e-9, qPrintable(where));
        // Straight down through the axis: the depth under the level.
        const double depth = settled->chordLength({liquid.centre + up * 10, up * -1.0});
        QVERIFY2(qAbs(depth - (liquid.radius + level)) < 1e-6, qPrintable(where));
    }
}

void TestPackableItems::aLaptopHoldsMetalInsideALightShell()
{
    std::mt19937 engine(11);
    const PackableItem laptop = ElectronicItems::laptop(engine);
    double metalObjects = 0;
    for (const VolumeObject &object : laptop.objects)
        metalObjects += (object.material == QLatin1String("iron") || object.material == QLatin1String("copper"));
    QVERIFY(metalObjects >= 6); // cell cans and foils and a heat pipe
    // Through the middle the shell's two 1.5 mm walls, not 2 cm of solid housing.
    const Ray down{{-laptop.localBounds.max.x * 0.6, laptop.localBounds.max.y * 0.8, 50}, {0, 0, -1}};
    QVERIFY(chordThrough(laptop, down) < 0.8);
}

void TestPackableItems::theSameSeedBuildsTheSameItem()
{
    std::mt19937 a(42), b(42), c(43);
    const PackableItem first = ElectronicItems::phone(a), again = ElectronicItems::phone(b),
                       other = ElectronicItems::phone(c);
    QCOMPARE(first.localBounds.max.x, again.localBounds.max.x);
    QCOMPARE(first.objects.size(), again.objects.size());
    QVERIFY(first.localBounds.max.x != other.localBounds.max.x);
}

// Seen from above, a folded garment's creases are pairs of fine lines where the fabric stands
// edge-on: a few tenths of a millimetre wide, several times the plies' own path, while the plies
// alone never turn steep enough for that.
void TestPackableItems::garmentsShowCreasesAsFineDarkLines()
{
    std::vector<double> lineWidths;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        std::mt19937 engine(seed);
        const PackableItem garment = ClothingItems::foldedGarment(engine);
        const auto isCrease = [](const VolumeObject &object) {
            return dynamic_cast<const HollowSolid *>(object.solid.get()) != nullptr;
        };
        const auto creases = std::count_if(garment.objects.begin(), garment.objects.end(), isCrease);
        QVERIFY2(creases >= 2 && creases <= 4, qPrintable(QString::number(creases)));
        const Bounds3 box = garment.localBounds;
        for (const VolumeObject &object : garment.objects) {
            if (!isCrease(object))
                continue;
            const Bounds3 crease = object.solid->bounds();
            QVERIFY(crease.min.x >= box.min.x && crease.max.x <= box.max.x && crease.min.y >= box.min.y
                    && crease.max.y <= box.max.y && crease.max.z <= box.max.z);
        }
        // Straight down through the fabric along lines across the garment, every 0.2 mm.
        for (int line = 1; line < 10; ++line) {
            const double y = box.min.y + (box.max.y - box.min.y) * line / 10;
            std::vector<double> plies, all;
            for (double x = box.min.x + 1; x < box.max.x - 1; x += 0.02) {
                const Ray down{{x, y, box.max.z + 10}, {0, 0, -1}};
                double withoutCreases = 0, creasePath = 0;
                for (const VolumeObject &object : garment.objects) {
                    if (object.material != garment.mainMaterial)
                        continue;
                    (isCrease(object) ? creasePath : withoutCreases) += object.solid->chordLength(down);
                }
                plies.push_back(withoutCreases);
                all.push_back(withoutCreases + creasePath);
            }
            std::vector<double> sorted = plies;
            std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
            const double median = sorted[sorted.size() / 2];
            QVERIFY(*std::max_element(plies.begin(), plies.end()) < 2.5 * median);
            // Runs of rays where a crease adds at least half the plies' own path: fine lines, most
            // under 1 mm wide where these lines cross them (wider only where they cross at a slant).
            int run = 0;
            for (size_t k = 0; k < all.size(); ++k) {
                if (all[k] >= 1.5 * plies[k] && all[k] >= 1.5 * median) {
                    ++run;
                    continue;
                }
                if (run > 0)
                    lineWidths.push_back(run * 0.02);
                run = 0;
            }
        }
    }
    QVERIFY2(lineWidths.size() >= 20, qPrintable(QString::number(lineWidths.size())));
    std::nth_element(lineWidths.begin(), lineWidths.begin() + long(lineWidths.size() / 2), lineWidths.end());
    QVERIFY2(lineWidths[lineWidths.size() / 2] <= 0.1, qPrintable(QString::number(lineWidths[lineWidths.size() / 2])));
}

QTEST_APPLESS_MAIN(TestPackableItems)
#include "tst_packableitems.moc"
