// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: seconds for a dual-view line scan of a seeded 3-D bag (45 solids of every
// kind in a 60 × 40 × 80 cm volume, 991 × 700 and 883 × 700 pixels), against SceneProjector::project
// of a 2-D scene with the same pixel and object count, measured in the same run. Run a Release build.
#include "synth/SceneProjector.h"
#include "volume/BoxSolid.h"
#include "volume/CapsuleSolid.h"
#include "volume/ClothSheet.h"
#include "volume/CylinderSolid.h"
#include "volume/EllipsoidSolid.h"
#include "volume/ExtrudedPolygon.h"
#include "volume/HollowSolid.h"
#include "volume/LineScanProjector.h"
#include "volume/SweptTube.h"
#include "volume/TorusSolid.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <limits>
#include <random>
#include <thread>

using namespace pen;

constexpr int Runs = 3;

namespace {

// The bag: a nylon shell 56 × 78 × 34 cm on the belt, from y = 3 to 81 cm.
constexpr Vec3 BagCentre{30, 42, 17.5};
constexpr Vec3 BagSize{56, 78, 34};

class RandomPlacer {
public:
    explicit RandomPlacer(quint32 seed) : m_random(seed) {}
    double uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_random); }
    // Somewhere inside the bag, margin cm from its walls, turned every which way.
    Placement inside(double margin)
    {
        const Vec3 half = BagSize / 2 - Vec3{margin, margin, margin};
        const Vec3 at = BagCentre + Vec3{uniform(-half.x, half.x), uniform(-half.y, half.y), uniform(-half.z, half.z)};
        return {Rotation::fromYawPitchRoll(uniform(0, 6.3), uniform(0, 6.3), uniform(0, 6.3)), at};
    }

private:
    std::mt19937 m_random;
};

std::shared_ptr<const Solid> foldedSheet(RandomPlacer &random, double z)
{
    constexpr int Columns = 24, Rows = 32;
    std::vector<double> heights;
    const double phase = random.uniform(0, 6.3);
    for (int row = 0; row < Rows; ++row) {
        for (int column = 0; column < Columns; ++column)
            heights.push_back(3 * std::sin(column * 0.7 + phase) * std::cos(row * 0.3) + random.uniform(-0.4, 0.4));
    }
    return std::make_shared<ClothSheet>(50, 70, Columns, Rows, heights, 0.3, Placement::at({30, 42, z}));
}

void addFrame(VolumeScene &scene)
{
    const double x0 = 2.5, x1 = 57.5, y0 = 3.5, y1 = 80.5;
    for (const double z : {1.0, 34.0}) {
        scene.push_back({std::make_shared<SweptTube>(
                             std::vector<Vec3>{{x0, y0, z}, {x1, y0, z}, {x1, y1, z}, {x0, y1, z}, {x0, y0 + 0.5, z}},
                             0.25, Placement(), 1),
                         QStringLiteral("steel_304"), 0});
    }
    // The trolley handle: a U of aluminium tube along the back; the zip along the lid.
    scene.push_back(
        {std::make_shared<SweptTube>(
             std::vector<Vec3>{{10, 80, 2}, {10, 80, 30}, {12, 80, 34}, {48, 80, 34}, {50, 80, 30}, {50, 80, 2}}, 0.8,
             Placement(), 6),
         QStringLiteral("aluminium"), 0});
    scene.push_back(
        {std::make_shared<SweptTube>(std::vector<Vec3>{{4, 10, 34.5}, {20, 8, 34.6}, {40, 12, 34.5}, {56, 10, 34.6}},
                                     0.4, Placement(), 8),
         QStringLiteral("brass"), 0});
}

VolumeObject item(int kind, RandomPlacer &random)
{
    const Placement where = random.inside(6);
    switch (kind) {
    case 0:
        return {
            std::make_shared<BoxSolid>(Vec3{random.uniform(4, 15), random.uniform(4, 20), random.uniform(2, 8)}, where),
            QStringLiteral("cellulose"), 0.6};
    case 1:
        return {hollowBox({random.uniform(8, 16), random.uniform(8, 16), random.uniform(4, 8)}, 0.3, where),
                QStringLiteral("polypropylene"), 0};
    case 2:
        return {std::make_shared<EllipsoidSolid>(Vec3{random.uniform(2, 6), random.uniform(2, 6), random.uniform(2, 5)},
                                                 where),
                QStringLiteral("water"), 0};
    case 3:
        return {hollowCylinder(random.uniform(3, 4.5), random.uniform(15, 25), 0.05, where),
                QStringLiteral("pet_polyester"), 0};
    case 4:
        return {std::make_shared<CapsuleSolid>(random.uniform(0.7, 1.7), random.uniform(3, 6), where),
                QStringLiteral("steel_304"), 0};
    case 5:
        return {std::make_shared<TorusSolid>(random.uniform(3, 5), random.uniform(0.5, 1.5), where),
                QStringLiteral("polypropylene"), 0};
    case 6:
        return {std::make_shared<ExtrudedPolygon>(
                    std::vector<QPointF>{{0, 0}, {14, 0}, {16, 1.2}, {14, 2.5}, {4, 2.5}, {3, 1.2}, {0, 1.2}}, 0.3,
                    0.08, where),
                QStringLiteral("steel_304"), 0};
    default:
        return {hollowCylinder(random.uniform(2.5, 3.5), random.uniform(12, 20), 0.04, where),
                QStringLiteral("aluminium"), 0};
    }
}

VolumeScene bag(quint32 seed)
{
    RandomPlacer random(seed);
    VolumeScene scene{{hollowBox(BagSize, 0.3, Placement::at(BagCentre)), QStringLiteral("nylon6"), 0}};
    addFrame(scene);
    scene.push_back({foldedSheet(random, 8), QStringLiteral("cellulose"), 0.8});
    scene.push_back({foldedSheet(random, 22), QStringLiteral("nylon6"), 0});
    for (int i = 0; i < 38; ++i)
        scene.push_back(item(i % 8, random));
    return scene;
}

// A 2-D scene of the same object count, spread over a width × height view.
QList<SceneObject> flatScene(int objects, int width, int height)
{
    QList<SceneObject> scene{
        {SceneObject::Shape::Box, QRectF(20, 20, width - 40, height - 40), {}, QStringLiteral("nylon6"), 0, 0.6}};
    for (int i = 1; i < objects; ++i) {
        const QRectF r((i * 397) % (width - 300) + 50, (i * 631) % (height - 300) + 50, 80 + (i * 53) % 220,
                       60 + (i * 71) % 200);
        const auto shape = SceneObject::Shape(i % 3);
        const QList<QPointF> polygon{r.topLeft(), r.topRight(), r.bottomRight() - QPointF(r.width() / 2, 0),
                                     r.bottomLeft()};
        scene.append({shape, r, shape == SceneObject::Shape::Polygon ? polygon : QList<QPointF>{},
                      i % 2 ? QStringLiteral("water") : QStringLiteral("aluminium"), 0, 0.5 + double(i % 5)});
    }
    return scene;
}

struct Timing {
    double wall = std::numeric_limits<double>::max(); ///< seconds, the best of Runs calls
    double cpu = 0; ///< CPU seconds of all threads in that call: what it costs where other work shares the cores
};

Timing bestOf(const std::function<void()> &run)
{
    Timing best;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        run();
        const double wall = timer.nsecsElapsed() / 1e9;
        if (wall < best.wall)
            best = {wall, double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
    }
    return best;
}

QTextStream &operator<<(QTextStream &out, Timing timing)
{
    return out << timing.wall << " s (" << timing.cpu << " CPU s)";
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const auto table = AttenuationTable::bundled();
    if (!table) {
        out << table.error().message << '\n';
        return 1;
    }
    const VolumeScene scene = bag(2024);
    LineScanGeometry geometry = LineScanGeometry::dualViewTunnel6040();
    const LineScanProjector projector(*table);
    const DetectorSettings settings;
    int pixels = 0;
    quint64 checksum = 0;
    const Timing transmissions = bestOf([&] {
        const auto views = projector.transmissions(scene, geometry, settings);
        pixels = 0;
        for (const ViewTransmissions &view : views)
            pixels += view.width * view.height;
        checksum += quint64(views[0].channels[1][size_t(views[0].width) * 350 + 500] * 65535);
    });
    const Timing project
        = bestOf([&] { checksum += projector.project(scene, geometry, settings)[1].channels[0].pixels[1000]; });

    const int flatWidth = pixels / geometry.rows;
    const QList<SceneObject> flat = flatScene(int(scene.size()), flatWidth, geometry.rows);
    const SceneProjector flatProjector(*table);
    const Timing baseline = bestOf(
        [&] { checksum += flatProjector.project(flatWidth, geometry.rows, flat, settings).channels[1].pixels[1000]; });

    for (FanView &view : geometry.views)
        view.focalSubSources = 3;
    geometry.motionSubRows = 2;
    const Timing blurred
        = bestOf([&] { checksum += projector.project(scene, geometry, settings)[0].channels[0].pixels[1000]; });

    out << "line scan, " << scene.size() << " solids, two views " << pixels / geometry.rows << " x " << geometry.rows
        << " px in all, " << std::thread::hardware_concurrency() << " threads, best of " << Runs << ":\n"
        << "  transmissions:                 " << transmissions << "\n"
        << "  with noise, blur, 16 bits:     " << project << "\n"
        << "  3 sub-sources x 2 sub-rows:    " << blurred << "\n"
        << "  SceneProjector::project, 2-D:  " << baseline << ", " << flatWidth << " x " << geometry.rows << ", "
        << flat.size() << " objects\n"
        << "  ratio (line scan / 2-D):       " << project.wall / baseline.wall << " wall, "
        << project.cpu / baseline.cpu << " CPU   (checksum " << checksum << ")\n";
    return 0;
}
