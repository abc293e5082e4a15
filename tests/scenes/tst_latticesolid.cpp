// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Regular grids of a unit solid (the cell walk against the sum over explicit copies), groups of
// solids, and the liquid in a lying tank.
#include "packing/PlacedSolid.h"
#include "volume/BoxSolid.h"
#include "volume/CylinderSegment.h"
#include "volume/CylinderSolid.h"
#include "volume/HollowSolid.h"
#include "volume/LatticeSolid.h"
#include "volume/SolidGroup.h"
#include "volume/TorusSolid.h"

#include <QTest>

#include <numbers>
#include <random>

using namespace pen;

namespace {

// The copies a lattice stands for, each placed in the world on its own.
std::vector<std::shared_ptr<const Solid>> copies(std::shared_ptr<const Solid> unit, std::array<int, 3> n, Vec3 s,
                                                 const Placement &placement)
{
    std::vector<std::shared_ptr<const Solid>> all;
    for (int i = 0; i < n[0]; ++i)
        for (int j = 0; j < n[1]; ++j)
            for (int k = 0; k < n[2]; ++k) {
                const Vec3 centre{(i + 0.5 - n[0] / 2.0) * s.x, (j + 0.5 - n[1] / 2.0) * s.y,
                                  (k + 0.5 - n[2] / 2.0) * s.z};
                all.push_back(std::make_shared<PlacedSolid>(
                    unit, Placement{placement.rotation, placement.rotation.apply(centre) + placement.translation}));
            }
    return all;
}

double sum(const std::vector<std::shared_ptr<const Solid>> &solids, const Ray &ray)
{
    double chord = 0;
    for (const auto &s : solids)
        chord += s->chordLength(ray);
    return chord;
}

// A ray from far outside through a random point of box, in a random direction or along an axis.
Ray randomRay(std::mt19937 &engine, const Bounds3 &box, int kind)
{
    std::uniform_real_distribution<double> u(0, 1);
    const Vec3 target{box.min.x + u(engine) * (box.max.x - box.min.x), box.min.y + u(engine) * (box.max.y - box.min.y),
                      box.min.z + u(engine) * (box.max.z - box.min.z)};
    Vec3 direction = normalized({u(engine) - 0.5, u(engine) - 0.5, u(engine) - 0.5});
    if (kind == 1) // across, in a plane of constant y: how the cargo scanner's fan sees things
        direction = normalized({1, 0, u(engine) - 0.5});
    if (kind == 2)
        direction = {1, 0, 0};
    return {target - 1000 * direction, direction};
}

} // namespace

class LatticeSolidTest : public QObject {
    Q_OBJECT

private slots:
    void chordEqualsSumOverCopies_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("bottles") << 0;
        QTest::newRow("tyres") << 1;
        QTest::newRow("turned cans") << 2;
    }

    void chordEqualsSumOverCopies()
    {
        QFETCH(int, shape);
        std::shared_ptr<const Solid> unit = hollowCylinder(3.1, 22.5, 0.3, Placement());
        std::array<int, 3> n{4, 6, 2};
        Vec3 spacing{6.3, 6.3, 23.2};
        Placement placement = Placement::at({50, 20, 130});
        if (shape == 1) {
            unit = std::make_shared<TorusSolid>(24.5, 7.2, Placement());
            n = {3, 2, 5};
            spacing = {64, 64, 14.6};
        } else if (shape == 2) {
            placement = {Rotation::fromYawPitchRoll(0.4, 0.3, -0.2), {10, -5, 40}};
        }
        const LatticeSolid lattice(unit, n, spacing, placement);
        QCOMPARE(lattice.copies(), n[0] * n[1] * n[2]);
        const auto explicitCopies = copies(unit, n, spacing, placement);
        std::mt19937 engine(7);
        int hits = 0;
        for (int i = 0; i < 3000; ++i) {
            const Ray ray = randomRay(engine, lattice.bounds(), i % 3);
            const double expected = sum(explicitCopies, ray);
            QVERIFY2(std::abs(lattice.chordLength(ray) - expected) < 1e-6,
                     qPrintable(QStringLiteral("ray %1: %2 vs %3").arg(i).arg(lattice.chordLength(ray)).arg(expected)));
            hits += expected > 0 ? 1 : 0;
        }
        QVERIFY(hits > 1000);
    }

    void cellsFillingTheGridAddUpToOneBox()
    {
        // Units that touch their cells' faces: rays along the faces must neither skip nor repeat a cell.
        const Vec3 cell{10, 20, 5};
        const LatticeSolid lattice(std::make_shared<BoxSolid>(cell, Placement()), {3, 4, 5}, cell, Placement());
        const BoxSolid whole({30, 80, 25}, Placement());
        std::mt19937 engine(3);
        for (int i = 0; i < 2000; ++i) {
            const Ray ray = randomRay(engine, whole.bounds(), i % 3);
            QVERIFY(std::abs(lattice.chordLength(ray) - whole.chordLength(ray)) < 1e-9);
        }
        QCOMPARE(lattice.chordLength({{-100, 0, 0}, {1, 0, 0}}), 30.0); // along a face between cells
        QCOMPARE(lattice.chordLength({{5, 0, -100}, {0, 0, 1}}), 25.0); // on the face between two columns
    }

    void nestedLatticesAreCartonsOfBottles()
    {
        auto bottle = hollowCylinder(3.1, 22.5, 0.3, Placement());
        auto carton
            = std::make_shared<LatticeSolid>(bottle, std::array<int, 3>{4, 6, 1}, Vec3{6.3, 6.3, 23.2}, Placement());
        const LatticeSolid pallet(carton, {3, 3, 4}, {26, 39, 24}, Placement::at({60, 60, 80}));
        std::vector<std::shared_ptr<const Solid>> all;
        for (const auto &c : copies(carton, {3, 3, 4}, {26, 39, 24}, Placement::at({60, 60, 80})))
            all.push_back(c);
        std::mt19937 engine(11);
        for (int i = 0; i < 1000; ++i) {
            const Ray ray = randomRay(engine, pallet.bounds(), i % 3);
            QVERIFY(std::abs(pallet.chordLength(ray) - sum(all, ray)) < 1e-6);
        }
    }

    void groupsAddTheirParts()
    {
        std::vector<std::shared_ptr<const Solid>> parts{
            std::make_shared<BoxSolid>(Vec3{2, 2, 2}, Placement::at({-3, 0, 0})),
            std::make_shared<BoxSolid>(Vec3{2, 2, 2}, Placement::at({3, 0, 0}))};
        const SolidGroup group(parts, Placement::at({10, 0, 0}));
        QCOMPARE(group.chordLength({{-100, 0, 0}, {1, 0, 0}}), 4.0);
        QCOMPARE(group.chordLength({{13, 0, -100}, {0, 0, 1}}), 2.0);
        QCOMPARE(group.chordLength({{10, 0, -100}, {0, 0, 1}}), 0.0);
        QVERIFY(group.bounds().min == (Vec3{6, -1, -1}) && group.bounds().max == (Vec3{14, 1, 1}));
    }

    void cylinderSegmentHoldsLiquidToItsLevel()
    {
        const double r = 30, length = 120;
        const CylinderSegment full(r, length, r, Placement());
        const CylinderSolid cylinder(r, length, Placement());
        const CylinderSegment half(r, length, 0, Placement());
        QVERIFY(std::abs(half.crossSectionCm2() - std::numbers::pi * r * r / 2) < 1e-9);
        // Along the axis below the level the chord is the whole length; above it, nothing.
        QCOMPARE(half.chordLength({{0, -5, -500}, {0, 0, 1}}), length);
        QCOMPARE(half.chordLength({{0, 5, -500}, {0, 0, 1}}), 0.0);
        // Straight up through the middle: from the bottom to the level.
        QVERIFY(std::abs(half.chordLength({{0, -500, 0}, {0, 1, 0}}) - r) < 1e-9);
        std::mt19937 engine(5);
        for (int i = 0; i < 500; ++i) {
            const Ray ray = randomRay(engine, cylinder.bounds(), 0);
            QVERIFY(std::abs(full.chordLength(ray) - cylinder.chordLength(ray)) < 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(LatticeSolidTest)
#include "tst_latticesolid.moc"
