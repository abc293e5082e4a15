// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/BoxSolid.h"
#include "volume/CapsuleSolid.h"
#include "volume/ClothSheet.h"
#include "volume/CylinderSolid.h"
#include "volume/EllipsoidSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"
#include "volume/SweptTube.h"
#include "volume/TorusSolid.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace pen;

Q_DECLARE_METATYPE(pen::Vec3)

namespace {

constexpr double Exact = 1e-9; // cm: closed forms agree to rounding

// A ray along direction that passes at distance offset from centre, towards side (⊥ direction).
Ray rayPast(Vec3 centre, Vec3 direction, Vec3 side, double offset)
{
    const Vec3 d = normalized(direction);
    return {centre + offset * normalized(side) - 50 * d, d};
}

double degrees(double angle)
{
    return angle * std::numbers::pi / 180;
}

} // namespace

class TestSolidChords final : public QObject {
    Q_OBJECT
private slots:
    void sphereChord_data();
    void sphereChord();
    void hollowCylinderLimb_data();
    void hollowCylinderLimb();
    void boxAlongDiagonal();
    void torusChords_data();
    void torusChords();
    void capsuleChords();
    void straightTubeEqualsCylinder();
    void mitredCornerCountsOnce();
    void clothPathGrowsWithTilt_data();
    void clothPathGrowsWithTilt();
    void clothFoldDarkensEdgeOn();
    void bevelledPrism_data();
    void bevelledPrism();
    void concavePrism();
    void boundsHoldTheSolid();
};

void TestSolidChords::sphereChord_data()
{
    QTest::addColumn<double>("offset");
    for (double d : {0.0, 1.0, 2.5, 4.0, 4.99, 5.01, 7.0})
        QTest::addRow("d = %g cm", d) << d;
}

void TestSolidChords::sphereChord()
{
    QFETCH(double, offset);
    const double r = 5;
    const Vec3 centre{10, -3, 7};
    const EllipsoidSolid sphere = EllipsoidSolid::sphere(r, centre);
    const double expected = offset < r ? 2 * std::sqrt(r * r - offset * offset) : 0;
    QCOMPARE_LE(std::abs(sphere.chordLength(rayPast(centre, {1, 2, -0.5}, {2, -1, 0}, offset)) - expected), Exact);
}

void TestSolidChords::hollowCylinderLimb_data()
{
    QTest::addColumn<double>("offset");
    for (double d : {0.0, 1.5, 3.9, 4.0, 4.5, 4.95, 5.5})
        QTest::addRow("d = %g cm", d) << d;
}

void TestSolidChords::hollowCylinderLimb()
{
    // A pipe lying along the belt (axis along y), seen across its axis: the limb profile.
    QFETCH(double, offset);
    const double r = 5, inner = 4;
    const Vec3 centre{30, 20, 10};
    const auto pipe = hollowCylinder(r, 40, r - inner, {Rotation::aboutAxis({1, 0, 0}, degrees(90)), centre});
    const auto outerChord
        = [](double radius, double d) { return d < radius ? 2 * std::sqrt(radius * radius - d * d) : 0; };
    const double expected = outerChord(r, offset) - outerChord(inner, offset);
    QCOMPARE_LE(std::abs(pipe->chordLength(rayPast(centre, {0.3, 0, 1}, {1, 0, -0.3}, offset)) - expected), Exact);
}

void TestSolidChords::boxAlongDiagonal()
{
    const Rotation tumble = Rotation::fromYawPitchRoll(0.7, -0.4, 1.9);
    const BoxSolid box({2, 3, 6}, {tumble, {5, 5, 5}});
    // The local body diagonal (2, 3, 6) is 7 cm long.
    const Vec3 diagonal = tumble.apply({2, 3, 6});
    QCOMPARE_LE(std::abs(box.chordLength({Vec3{5, 5, 5} - 3 * diagonal, normalized(diagonal)}) - 7), Exact);
    // Along a local axis through the centre: the box's size.
    QCOMPARE_LE(std::abs(box.chordLength({{5, 5, 5}, tumble.apply({0, 1, 0})}) - 3), Exact);
    // Past a corner: nothing.
    QCOMPARE(box.chordLength({Vec3{5, 5, 5} + tumble.apply({1.01, 1.51, 0}), tumble.apply({0, 0, 1})}), 0.0);
}

void TestSolidChords::torusChords_data()
{
    QTest::addColumn<Vec3>("localOrigin");
    QTest::addColumn<Vec3>("localDirection");
    QTest::addColumn<double>("expected");
    // R = 5, r = 1 round local z.
    QTest::newRow("through the hole") << Vec3{0, 0, -10} << Vec3{0, 0, 1} << 0.0;
    QTest::newRow("through the hole, slanted") << Vec3{-1, 0, -10} << normalized({0.2, 0, 1}) << 0.0;
    QTest::newRow("through the tube along z") << Vec3{5, 0, -10} << Vec3{0, 0, 1} << 2.0;
    QTest::newRow("off the tube's centre along z") << Vec3{0, 5.6, -10} << Vec3{0, 0, 1} << 1.6;
    QTest::newRow("across both sides") << Vec3{-10, 0, 0} << Vec3{1, 0, 0} << 4.0;
    QTest::newRow("across both sides, z = 0.5") << Vec3{-10, 0, 0.5} << Vec3{1, 0, 0} << 4 * std::sqrt(0.75);
    QTest::newRow("chord of the ring at y = 5") << Vec3{-10, 5, 0} << Vec3{1, 0, 0} << 2 * std::sqrt(11.0);
    QTest::newRow("outside") << Vec3{-10, 6.01, 0} << Vec3{1, 0, 0} << 0.0;
}

void TestSolidChords::torusChords()
{
    QFETCH(Vec3, localOrigin);
    QFETCH(Vec3, localDirection);
    QFETCH(double, expected);
    const Placement placement{Rotation::fromYawPitchRoll(0.3, 1.1, -0.6), {12, 8, 20}};
    const TorusSolid torus(5, 1, placement);
    const Ray ray{placement.toWorld(localOrigin), placement.rotation.apply(localDirection)};
    // "off the tube's centre": 2·√(1 − 0.6²) = 1.6.
    QCOMPARE_LE(std::abs(torus.chordLength(ray) - expected), 1e-7);
}

void TestSolidChords::capsuleChords()
{
    const CapsuleSolid capsule(2, 6, Placement::at({0, 0, 0}));
    QCOMPARE_LE(std::abs(capsule.chordLength({{0, 0, -20}, {0, 0, 1}}) - 10), Exact);
    QCOMPARE_LE(std::abs(capsule.chordLength({{1, 0, -20}, {0, 0, 1}}) - (6 + 2 * std::sqrt(3.0))), Exact);
    QCOMPARE_LE(std::abs(capsule.chordLength({{-20, 0, 1}, {1, 0, 0}}) - 4), Exact);
    // Across an end cap: a sphere's chord, 3.5 cm from the capsule's middle, 0.5 into the cap.
    QCOMPARE_LE(std::abs(capsule.chordLength({{-20, 0, 3.5}, {1, 0, 0}}) - 2 * std::sqrt(4 - 0.25)), Exact);
    QCOMPARE(capsule.chordLength({{-20, 0, 5.01}, {1, 0, 0}}), 0.0);
}

void TestSolidChords::straightTubeEqualsCylinder()
{
    const Placement placement{Rotation::fromYawPitchRoll(0.5, 0.2, 0.1), {3, 4, 5}};
    const SweptTube tube({{0, 0, -10}, {0, 0, -2}, {0, 0, 10}}, 1, placement);
    const CylinderSolid cylinder(1, 20, placement);
    QVERIFY(tube.segmentCount() > 2);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> spread(-1, 1);
    int hits = 0;
    for (int i = 0; i < 500; ++i) {
        const Vec3 through = placement.toWorld({spread(random) * 1.2, spread(random) * 1.2, spread(random) * 12});
        const Vec3 direction = normalized({spread(random), spread(random), spread(random)});
        const Ray ray{through - 30 * direction, direction};
        QCOMPARE_LE(std::abs(tube.chordLength(ray) - cylinder.chordLength(ray)), 1e-9);
        hits += cylinder.chordLength(ray) > 0;
    }
    QVERIFY(hits > 100);
}

void TestSolidChords::mitredCornerCountsOnce()
{
    // Two legs at a right angle; along the first leg's axis the line runs 10 cm in the first leg
    // and 1 cm (the radius) in the second, beyond the mitre plane x + y = 10.
    const SweptTube corner({{0, 0, 0}, {10, 0, 0}, {10, 10, 0}}, 1, Placement::at({0, 0, 0}), 1);
    QCOMPARE_LE(std::abs(corner.chordLength({{-5, 0, 0}, {1, 0, 0}}) - 11), Exact);
    // Across the second leg, far from the joint: a cylinder's 2·r.
    QCOMPARE_LE(std::abs(corner.chordLength({{0, 6, 0}, {1, 0, 0}}) - 2), Exact);
    // Across the first leg, away from the joint: 2·r.
    QCOMPARE_LE(std::abs(corner.chordLength({{5, -5, 0}, {0, 1, 0}}) - 2), Exact);
    // Along the second leg's axis, off by 0.5: from the first leg's far wall (y = −1) through the
    // mitre (y = 0.5) to the end (y = 10), counted once.
    QCOMPARE_LE(std::abs(corner.chordLength({{9.5, -5, 0}, {0, 1, 0}}) - 11), Exact);
}

void TestSolidChords::clothPathGrowsWithTilt_data()
{
    QTest::addColumn<double>("tiltDegrees");
    for (double angle : {0.0, 20.0, 45.0, 60.0, 80.0})
        QTest::addRow("%g°", angle) << angle;
}

void TestSolidChords::clothPathGrowsWithTilt()
{
    QFETCH(double, tiltDegrees);
    const double t = 0.2;
    const ClothSheet sheet(20, 20, 5, 5, std::vector<double>(25, 0.0), t,
                           {Rotation::aboutAxis({1, 0, 0}, degrees(tiltDegrees)), {0, 0, 10}});
    const double path = sheet.chordLength({{0.3, 0.2, -10}, {0, 0, 1}});
    QCOMPARE_LE(std::abs(path - t / std::cos(degrees(tiltDegrees))), 1e-9);
}

void TestSolidChords::clothFoldDarkensEdgeOn()
{
    // A sheet with one fold: a tent whose ridge runs along y. A vertical ray through the steep flank
    // travels t/cos(slope), one through the flat part t, one nearly edge-on is capped.
    const double t = 0.1;
    std::vector<double> heights;
    for (int row = 0; row < 3; ++row) {
        for (double h : {0.0, 0.0, 10.0, 0.0, 0.0})
            heights.push_back(h);
    }
    const ClothSheet tent(40, 20, 5, 3, heights, t, Placement::at({0, 0, 0}));
    const double flat = tent.chordLength({{-15, 0, -5}, {0, 0, 1}});
    const double flank = tent.chordLength({{-5, 0, -5}, {0, 0, 1}}); // slope 10 cm over 10 cm: 45°
    QCOMPARE_LE(std::abs(flat - t), Exact);
    QCOMPARE_LE(std::abs(flank - t * std::sqrt(2.0)), Exact);
    // Horizontally, across both flanks and the ridge: two crossings of 45°.
    QCOMPARE_LE(std::abs(tent.chordLength({{-30, 0, 5}, {1, 0, 0}}) - 2 * t * std::sqrt(2.0)), Exact);
    // Almost along a flank (0.6° off it), crossing it once at (−5, 0, 5): capped at maxObliquity · t.
    const Vec3 grazing = normalized({1, 0, 1.02});
    QCOMPARE_LE(
        std::abs(tent.chordLength({Vec3{-5, 0, 5} - 20 * grazing, grazing}) - ClothSheet::DefaultMaxObliquity * t),
        Exact);
}

void TestSolidChords::bevelledPrism_data()
{
    QTest::addColumn<Vec3>("origin");
    QTest::addColumn<Vec3>("direction");
    QTest::addColumn<double>("expected");
    // A 4 × 4 square, 2 cm high, bevel 0.5: walls for |z| ≤ 0.5, caps the 3 × 3 inset square.
    QTest::newRow("down the middle") << Vec3{0.2, 0.1, -5} << Vec3{0, 0, 1} << 2.0;
    QTest::newRow("down through the chamfers") << Vec3{1.9, 0, -5} << Vec3{0, 0, 1} << 1.2;
    QTest::newRow("down outside the caps' corner") << Vec3{1.9, 1.9, -5} << Vec3{0, 0, 1} << 1.2;
    QTest::newRow("across at mid-height") << Vec3{-5, 0.3, 0} << Vec3{1, 0, 0} << 4.0;
    QTest::newRow("across through the chamfers") << Vec3{-5, 0.3, 0.9} << Vec3{1, 0, 0} << 3.2;
    QTest::newRow("diagonal corner to corner") << Vec3{-5, -5, 0} << normalized({1, 1, 0}) << 4 * std::sqrt(2.0);
    QTest::newRow("above") << Vec3{-5, 0, 1.01} << Vec3{1, 0, 0} << 0.0;
}

void TestSolidChords::bevelledPrism()
{
    QFETCH(Vec3, origin);
    QFETCH(Vec3, direction);
    QFETCH(double, expected);
    const Placement placement{Rotation::fromYawPitchRoll(0.4, 0.9, 0.2), {7, 7, 7}};
    const ExtrudedPolygon prism({{-2, -2}, {2, -2}, {2, 2}, {-2, 2}}, 2, 0.5, placement);
    const Ray ray{placement.toWorld(origin), placement.rotation.apply(direction)};
    QCOMPARE_LE(std::abs(prism.chordLength(ray) - expected), 1e-9);
}

void TestSolidChords::concavePrism()
{
    // An L: a ray through both arms counts each, a ray through the notch only the solid part.
    const ExtrudedPolygon l({{0, 0}, {6, 0}, {6, 2}, {2, 2}, {2, 6}, {0, 6}}, 1, 0, Placement::at({0, 0, 0}));
    QCOMPARE_LE(std::abs(l.chordLength({{-1, 1, 0}, {1, 0, 0}}) - 6), Exact);
    QCOMPARE_LE(std::abs(l.chordLength({{-1, 4, 0}, {1, 0, 0}}) - 2), Exact);
    // Along x + y = 5.5: through the upright arm, the notch, then the lower arm.
    QCOMPARE_LE(std::abs(l.chordLength({{-1, 6.5, 0}, normalized({1, -1, 0})}) - 4 * std::sqrt(2.0)), Exact);
    QCOMPARE_LE(std::abs(l.chordLength({{4, 4, -3}, {0, 0, 1}})), Exact);
    QCOMPARE_LE(std::abs(l.chordLength({{1, 4, -3}, {0, 0, 1}}) - 1), Exact);
}

void TestSolidChords::boundsHoldTheSolid()
{
    // A ray that misses the bounds must miss the solid: sample rays just outside each face.
    const Placement placement{Rotation::fromYawPitchRoll(0.3, 0.7, 1.3), {10, 10, 10}};
    const std::vector<std::shared_ptr<const Solid>> solids{
        std::make_shared<TorusSolid>(4, 1, placement), std::make_shared<CapsuleSolid>(1, 5, placement),
        std::make_shared<SweptTube>(std::vector<Vec3>{{0, 0, 0}, {3, 2, 1}, {5, 5, 0}}, 0.5, placement),
        hollowBox({4, 5, 6}, 0.3, placement)};
    for (const auto &solid : solids) {
        const Bounds3 box = solid->bounds();
        QVERIFY(!box.isEmpty());
        // Lines in the bounds' outer faces' planes, pushed out a little.
        QCOMPARE(solid->chordLength({{box.min.x - 0.01, box.min.y - 5, box.min.z - 5}, normalized({0, 1, 1})}), 0.0);
        QCOMPARE(solid->chordLength({{box.max.x + 0.01, box.min.y - 5, box.min.z - 5}, normalized({0, 1, 1})}), 0.0);
        const Vec3 middle = 0.5 * (box.min + box.max);
        QVERIFY(solid->chordLength({{middle.x, middle.y, box.min.z - 5}, {0, 0, 1}}) >= 0);
    }
}

QTEST_APPLESS_MAIN(TestSolidChords)
#include "tst_solidchords.moc"
