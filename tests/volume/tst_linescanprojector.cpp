// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/SceneProjector.h"
#include "volume/BoxSolid.h"
#include "volume/CapsuleSolid.h"
#include "volume/ClothSheet.h"
#include "volume/EllipsoidSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"
#include "volume/LineScanProjector.h"
#include "volume/SweptTube.h"
#include "volume/TorusSolid.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pen;

namespace {

DetectorSettings noiseless()
{
    DetectorSettings settings;
    settings.noise = false;
    settings.blurSigmaPx = 0;
    return settings;
}

VolumeObject object(std::shared_ptr<const Solid> solid, const char *material)
{
    return {std::move(solid), QString::fromLatin1(material), 0};
}

// One row of one view, taken where the fan plane is at belt position y.
LineScanGeometry oneRow(const FanView &view, double y)
{
    LineScanGeometry geometry;
    geometry.views = {view};
    geometry.rows = 1;
    geometry.rowPitchMm = 1;
    geometry.startYCm = y - 0.05;
    return geometry;
}

FanView topView(double pitchMm)
{
    FanView top = LineScanGeometry::dualViewTunnel6040().views[0];
    top.pitchMm = pitchMm;
    return top;
}

// Elements of a row whose low-energy transmission is below threshold.
int darkElements(const ViewTransmissions &view, int row, float threshold)
{
    int dark = 0;
    for (int x = 0; x < view.width; ++x)
        dark += view.at(0, x, row) < threshold;
    return dark;
}

struct RowSpan {
    int first = -1; ///< -1: nothing in the beam
    int last = -1;
};

// The first and last rows with anything in the beam.
RowSpan rowsWithObject(const ViewTransmissions &view)
{
    RowSpan span;
    for (int row = 0; row < view.height; ++row) {
        if (darkElements(view, row, 0.9999f) > 0) {
            span.first = span.first < 0 ? row : span.first;
            span.last = row;
        }
    }
    return span;
}

} // namespace

class TestLineScanProjector final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fanBeamMagnifies();
    void viewsAgreeAlongTheBelt();
    void cullingKeepsEveryRay();
    void slabMatchesDetectorModel_data();
    void slabMatchesDetectorModel();
    void defaultScannerSeesTheWholeTunnel();
    void focalSpotWidensEdges();
    void beltMotionAveragesSubRows();
    void scanViewsQuantiseAndNoise();
    void pointsMapToTheirElements();

private:
    std::optional<AttenuationTable> m_table;
};

void TestLineScanProjector::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_table = *table;
}

void TestLineScanProjector::fanBeamMagnifies()
{
    // A 10 cm steel cube straight above the top view's source (x = 50, z = −40); the roof arm is at
    // z = 44. The outermost rays graze the cube's bottom edges, so its shadow on the roof is
    // 10 · (44 + 40) / (bottom + 40) cm wide.
    const FanView top = topView(0.2);
    const LineScanProjector projector(*m_table);
    std::vector<double> widths;
    for (const double bottom : {0.0, 20.0}) {
        const VolumeScene scene{
            object(std::make_shared<BoxSolid>(Vec3{10, 10, 10}, Placement::at({50, 0, bottom + 5})), "steel_304")};
        const auto views = projector.transmissions(scene, oneRow(top, 0), noiseless());
        QCOMPARE(views.size(), size_t(1));
        const double widthCm = darkElements(views[0], 0, 0.9999f) * top.pitchMm / 10;
        const double expected = 10 * (44 - top.source.y()) / (bottom - top.source.y());
        QVERIFY2(std::abs(widthCm / expected - 1) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2 cm").arg(widthCm).arg(expected)));
        widths.push_back(widthCm);
    }
    // The ratio of magnifications is the ratio of source-to-object distances, 60 / 40.
    QVERIFY2(std::abs(widths[0] / widths[1] / 1.5 - 1) < 0.01, qPrintable(QString::number(widths[0] / widths[1])));
}

void TestLineScanProjector::viewsAgreeAlongTheBelt()
{
    LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    geometry.rows = 400;
    geometry.rowPitchMm = 2;
    for (FanView &view : geometry.views)
        view.pitchMm = 2.4; // coarse across the belt: only the rows matter here
    const Placement tumble{Rotation::fromYawPitchRoll(0.6, 0.9, 0.3), {40, 30, 15}};
    const std::vector<std::pair<QString, std::shared_ptr<const Solid>>> solids{
        {QStringLiteral("sphere"), std::make_shared<EllipsoidSolid>(EllipsoidSolid::sphere(4, {20, 20, 10}))},
        {QStringLiteral("tumbled box"), std::make_shared<BoxSolid>(Vec3{8, 12, 5}, tumble)},
        {QStringLiteral("torus"),
         std::make_shared<TorusSolid>(6, 1.5, Placement{Rotation::aboutAxis({1, 1, 0}, 0.8), {30, 50, 20}})},
        {QStringLiteral("capsule"),
         std::make_shared<CapsuleSolid>(2, 10, Placement{Rotation::aboutAxis({1, 0, 0}, 1.2), {15, 65, 8}})}};
    const LineScanProjector projector(*m_table);
    for (const auto &[name, solid] : solids) {
        const auto views = projector.transmissions({object(solid, "aluminium")}, geometry, noiseless());
        QCOMPARE(views.size(), size_t(2));
        const auto top = rowsWithObject(views[0]), side = rowsWithObject(views[1]);
        QVERIFY2(top.first >= 0 && side.first >= 0, qPrintable(name));
        QVERIFY2(std::abs(top.first - side.first) <= 1 && std::abs(top.last - side.last) <= 1,
                 qPrintable(QStringLiteral("%1: rows %2-%3 (top) vs %4-%5 (side)")
                                .arg(name)
                                .arg(top.first)
                                .arg(top.last)
                                .arg(side.first)
                                .arg(side.last)));
    }
    // The sphere's rows are where the fan plane cuts it: y in (16, 24) cm, rows of 0.2 cm.
    const auto sphere = projector.transmissions({object(solids[0].second, "aluminium")}, geometry, noiseless());
    QCOMPARE(rowsWithObject(sphere[0]).first, 80);
    QCOMPARE(rowsWithObject(sphere[0]).last, 119);
}

void TestLineScanProjector::cullingKeepsEveryRay()
{
    // The projector traces only the elements between an object's extreme angles; tracing every
    // element against every solid must find no chord it skipped (and none it invented).
    const Placement tumble{Rotation::fromYawPitchRoll(0.4, 1.2, 2.1), {32, 0, 14}};
    std::vector<double> folds;
    for (int i = 0; i < 36; ++i)
        folds.push_back(2 * std::sin(i * 1.3));
    const VolumeScene scene{
        object(hollowEllipsoid({6, 4, 5}, 0.3, Placement::at({48, 0, 8})), "nylon6"),
        object(std::make_shared<EllipsoidSolid>(EllipsoidSolid::sphere(3, {20, 0, 10})), "water"),
        object(std::make_shared<BoxSolid>(Vec3{6, 6, 6}, Placement::at({40, 0, 33})), "water"),
        object(std::make_shared<BoxSolid>(Vec3{12, 7, 3}, tumble), "aluminium"),
        object(std::make_shared<TorusSolid>(5, 1, Placement{Rotation::aboutAxis({0, 1, 1}, 0.7), {12, 1, 30}}),
               "polypropylene"),
        object(std::make_shared<SweptTube>(std::vector<Vec3>{{5, -3, 2}, {25, 2, 30}, {55, 0, 8}}, 0.5, Placement()),
               "copper"),
        object(std::make_shared<ExtrudedPolygon>(std::vector<QPointF>{{0, 0}, {9, 0}, {10, 1}, {0, 2}}, 0.4, 0.1,
                                                 Placement{Rotation::aboutAxis({1, 0, 0}, 1.5), {45, 0, 25}}),
               "steel_304"),
        object(std::make_shared<ClothSheet>(40, 20, 6, 6, folds, 0.2, Placement::at({30, 0, 20})), "cellulose")};
    const LineScanProjector projector(*m_table);
    for (const FanView &view : LineScanGeometry::dualViewTunnel6040().views) {
        const double y = 0.7;
        const ViewTransmissions row = projector.transmissions(scene, oneRow(view, y), noiseless())[0];
        int hit = 0;
        for (int e = 0; e < row.width; ++e) {
            const Ray ray
                = Ray::between({view.source.x(), y, view.source.y()}, {view.element(e).x(), y, view.element(e).y()});
            bool crossed = false;
            for (const VolumeObject &o : scene)
                crossed = crossed || o.solid->chordLength(ray) > 0;
            QVERIFY2(crossed == (row.at(0, e, 0) < 1.0f),
                     qPrintable(QStringLiteral("%1 view, element %2").arg(view.label).arg(e)));
            hit += crossed;
        }
        QVERIFY(hit > row.width / 4 && hit < row.width);
    }
}

void TestLineScanProjector::slabMatchesDetectorModel_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<double>("thicknessCm");
    QTest::newRow("water 5 cm") << QStringLiteral("water") << 5.0;
    QTest::newRow("aluminium 1 cm") << QStringLiteral("aluminium") << 1.0;
    QTest::newRow("steel 0.2 cm") << QStringLiteral("steel_304") << 0.2;
}

void TestLineScanProjector::slabMatchesDetectorModel()
{
    // A wide slab across the top view's fan: each ray crosses thickness / |d_z|, and its
    // transmissions must be those of the detector model for that path.
    QFETCH(QString, material);
    QFETCH(double, thicknessCm);
    const FanView top = topView(1.2);
    const VolumeScene scene{
        {std::make_shared<BoxSolid>(Vec3{60, 20, thicknessCm}, Placement::at({30, 0, 10})), material, 0}};
    const auto views = LineScanProjector(*m_table).transmissions(scene, oneRow(top, 0), noiseless());
    const auto detector = DualEnergyDetector::create(*m_table, noiseless());
    QVERIFY(detector);
    const SceneProjector flat(*m_table);
    int checked = 0;
    for (int e = 0; e < views[0].width; e += 37) {
        const QPointF d = top.element(e) - top.source;
        const double dz = d.y() / std::hypot(d.x(), d.y());
        // Only rays that cross the slab's top and bottom faces, not its ends.
        const double xAtSlab = top.source.x() + d.x() / d.y() * (10 - top.source.y());
        if (std::abs(xAtSlab - 30) > 25)
            continue;
        const double path = thicknessCm / std::abs(dz);
        const auto sameModel = flat.transmissions(
            1, 1, {{SceneObject::Shape::Box, QRectF(0, 0, 1, 1), {}, material, 0, path}}, noiseless());
        for (int channel : {0, 1}) {
            const double exact = detector->transmission(channel, {{material, 0, path}});
            QVERIFY2(
                std::abs(views[0].at(channel, e, 0) - exact) < 1e-3,
                qPrintable(QStringLiteral("element %1: %2 vs %3").arg(e).arg(views[0].at(channel, e, 0)).arg(exact)));
            // The same binned spectral model as the 2-D projector, to float precision.
            QCOMPARE_LE(std::abs(views[0].at(channel, e, 0) - sameModel[size_t(channel)][0]), 2e-6f);
        }
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestLineScanProjector::defaultScannerSeesTheWholeTunnel()
{
    // 1 cm cubes in the four corners of the 60 × 40 cm tunnel show in both views.
    const LineScanGeometry scanner = LineScanGeometry::dualViewTunnel6040();
    QVERIFY(scanner.views[0].elementCount() > 950);
    QVERIFY(scanner.views[1].elementCount() > 850);
    const LineScanProjector projector(*m_table);
    for (const Vec3 corner : {Vec3{0.6, 0, 0.6}, Vec3{59.4, 0, 0.6}, Vec3{0.6, 0, 39.4}, Vec3{59.4, 0, 39.4}}) {
        const VolumeScene scene{object(std::make_shared<BoxSolid>(Vec3{1, 1, 1}, Placement::at(corner)), "steel_304")};
        for (const FanView &view : scanner.views) {
            const auto views = projector.transmissions(scene, oneRow(view, 0), noiseless());
            QVERIFY2(
                darkElements(views[0], 0, 0.99f) >= 3,
                qPrintable(QStringLiteral("%1 view, corner (%2, %3)").arg(view.label).arg(corner.x).arg(corner.z)));
        }
    }
}

void TestLineScanProjector::focalSpotWidensEdges()
{
    // The penumbra of a steel block's edges at the belt. Nine sub-sources spread over 8/9 of a 3 mm
    // spot, magnified by (SDD − SOD) / SOD = 44 / 40 onto the roof, ramp each edge over about
    // 2.9 mm = 7.3 elements, 5.9 of them between 10 % and 90 %; a point source's edge is one or two.
    FanView top = topView(0.4);
    const VolumeScene scene{
        object(std::make_shared<BoxSolid>(Vec3{10, 10, 2}, Placement::at({50, 0, 1})), "steel_304")};
    const LineScanProjector projector(*m_table);
    const auto edgeElements = [&](const FanView &view) {
        const ViewTransmissions row = projector.transmissions(scene, oneRow(view, 0), noiseless())[0];
        return int(std::count_if(row.channels[0].begin(), row.channels[0].end(),
                                 [](float t) { return t > 0.1f && t < 0.9f; }));
    };
    const int sharp = edgeElements(top);
    top.focalSpotMm = 3;
    top.focalSubSources = 9;
    const int blurred = edgeElements(top);
    QVERIFY2(sharp <= 2 * 2, qPrintable(QString::number(sharp)));
    QVERIFY2(blurred >= sharp + 2 * 4 && blurred <= sharp + 2 * 8,
             qPrintable(QStringLiteral("%1 vs %2 elements").arg(blurred).arg(sharp)));
}

void TestLineScanProjector::beltMotionAveragesSubRows()
{
    // A sheet 0.2 mm thick across the belt, in the middle of row 0's 1.2 mm of travel: one of five
    // sub-rows sees it, so the row averages four clear samples with the sharp one.
    const VolumeScene scene{
        object(std::make_shared<BoxSolid>(Vec3{20, 0.02, 20}, Placement::at({30, 0.06, 15})), "aluminium")};
    LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    geometry.rows = 1;
    const LineScanProjector projector(*m_table);
    const auto sharp = projector.transmissions(scene, geometry, noiseless());
    geometry.motionSubRows = 5;
    const auto blurred = projector.transmissions(scene, geometry, noiseless());
    for (size_t v = 0; v < sharp.size(); ++v) {
        QVERIFY(darkElements(sharp[v], 0, 0.99f) > 10);
        for (int x = 0; x < sharp[v].width; ++x)
            QCOMPARE_LE(std::abs(blurred[v].at(0, x, 0) - (4 + sharp[v].at(0, x, 0)) / 5), 1e-6f);
    }
}

void TestLineScanProjector::scanViewsQuantiseAndNoise()
{
    LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    geometry.rows = 40;
    const LineScanProjector projector(*m_table);
    const std::vector<ScanView> empty = projector.project({}, geometry, noiseless());
    QCOMPARE(empty.size(), size_t(2));
    QCOMPARE(empty[0].label, QStringLiteral("top"));
    QCOMPARE(empty[1].label, QStringLiteral("side"));
    QCOMPARE(empty[0].kind, ViewKind::DualEnergy);
    QCOMPARE(empty[0].pixelSizeMm, std::optional<double>(1.2));
    for (const ScanView &view : empty) {
        for (const Image16 &channel : view.channels)
            QCOMPARE(channel, Image16(view.width, 40, 65535));
    }
    DetectorSettings noisy;
    noisy.seed = 9;
    const std::vector<ScanView> a = projector.project({}, geometry, noisy);
    QCOMPARE(a, projector.project({}, geometry, noisy));
    // Independent noise in each view: the first rows of both differ.
    QVERIFY(!std::equal(a[0].channels[0].pixels.begin(), a[0].channels[0].pixels.begin() + 800,
                        a[1].channels[0].pixels.begin()));
    noisy.seed = 10;
    QVERIFY(a != projector.project({}, geometry, noisy));
}

// A point on an element's ray maps back to that element's centre, on either arm; rows follow the belt.
void TestLineScanProjector::pointsMapToTheirElements()
{
    const LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    for (const FanView &view : geometry.views) {
        for (int e : {3, view.elementCount() / 3, view.elementCount() - 4}) {
            const QPointF halfway = (view.source + view.element(e)) / 2;
            QVERIFY(std::abs(view.detectorPositionOf(halfway) - (e + 0.5)) < 1e-6);
        }
        QCOMPARE(view.detectorPositionOf(view.source - QPointF(0, 10)), -1.0); // away from the detector
    }
    QCOMPARE(geometry.rowOf(geometry.beltPosition(10, 0)), 10.5);
}

QTEST_APPLESS_MAIN(TestLineScanProjector)
#include "tst_linescanprojector.moc"
