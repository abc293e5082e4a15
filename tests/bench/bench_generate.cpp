// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: scans per second of SceneProjector for a 2048 x 2048 dual-energy parcel
// (40 objects) and a 6000 x 2000 container, against filling and copying the same two 16-bit
// buffers, measured in the same run. Run a Release build.
#include "synth/SceneProjector.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

using namespace pen;
using Shape = SceneObject::Shape;

constexpr int Runs = 5;

static QList<SceneObject> parcel()
{
    QList<SceneObject> scene{{Shape::Box, QRectF(100, 100, 1848, 1848), {}, QStringLiteral("cellulose"), 0.7, 0.8}};
    for (int i = 0; i < 39; ++i) {
        const double x = 150 + (i * 397) % 1500, y = 150 + (i * 631) % 1500;
        const QRectF r(x, y, 120 + (i * 53) % 300, 100 + (i * 71) % 300);
        switch (i % 3) {
        case 0:
            scene.append({Shape::Box,
                          r,
                          {},
                          i % 2 ? QStringLiteral("pet_polyester") : QStringLiteral("aluminium"),
                          0,
                          0.5 + double(i % 5)});
            break;
        case 1: scene.append({Shape::Ellipse, r, {}, QStringLiteral("water"), 0, 2.0 + double(i % 7)}); break;
        default:
            scene.append({Shape::Polygon,
                          {},
                          {r.topLeft(), r.topRight(), r.bottomRight() - QPointF(r.width() / 2, 0), r.bottomLeft()},
                          QStringLiteral("steel_304"),
                          0,
                          0.3});
        }
    }
    return scene;
}

static QList<SceneObject> container()
{
    QList<SceneObject> scene{{Shape::Box, QRectF(50, 50, 5900, 1900), {}, QStringLiteral("iron"), 0, 0.6}};
    for (int pallet = 0; pallet < 10; ++pallet) {
        const double x = 100 + pallet * 580;
        scene.append({Shape::Box, QRectF(x, 1700, 540, 150), {}, QStringLiteral("cellulose"), 0.6, 12});
        scene.append({Shape::Box, QRectF(x, 300, 540, 1400), {}, QStringLiteral("pet_polyester"), 0.15, 40});
    }
    return scene;
}

/// Best wall time of Runs calls, in milliseconds.
static double bestOf(const std::function<void()> &run)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

static void report(QTextStream &out, const char *name, int width, int height, const QList<SceneObject> &scene,
                   const SceneProjector &projector)
{
    quint64 checksum = 0;
    const double project = bestOf([&] {
        const ScanView view = projector.project(width, height, scene, DetectorSettings{});
        checksum += view.channels[1].pixels[size_t(width) * size_t(height) / 2];
    });
    std::vector<quint16> low(size_t(width) * size_t(height)), high(low.size()), copy(low.size());
    const double baseline = bestOf([&] {
        std::fill(low.begin(), low.end(), quint16(65535));
        std::fill(high.begin(), high.end(), quint16(65535));
        std::memcpy(copy.data(), low.data(), low.size() * sizeof(quint16));
        std::memcpy(copy.data(), high.data(), high.size() * sizeof(quint16));
        checksum += copy[checksum % copy.size()];
    });
    out << name << ' ' << width << 'x' << height << ", " << scene.size() << " objects, best of " << Runs << ":\n"
        << "  project:       " << project << " ms (" << 1000.0 / project << " scans/s)\n"
        << "  fill + copy:   " << baseline << " ms\n"
        << "  ratio:         " << project / baseline << "   (checksum " << checksum << ")\n";
}

int main()
{
    QTextStream out(stdout);
    const auto table = AttenuationTable::bundled();
    if (!table) {
        out << table.error().message << '\n';
        return 1;
    }
    const SceneProjector projector(*table);
    report(out, "parcel", 2048, 2048, parcel(), projector);
    report(out, "container", 6000, 2000, container(), projector);
    return 0;
}
