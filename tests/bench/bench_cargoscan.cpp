// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: the time to scan one loaded 40 ft container on the MeV portal (3-D load
// built, every pulse's fan traced through it, artefacts and the detector chain) against the detector
// chain alone on an image of the same size, measured in the same run. Run a Release build; the
// target is 3 s on two cores.
#include "BestOf.h"
#include "scenes/CargoScan.h"
#include "scenes/ContainerLoad.h"
#include "synth/CargoDetector.h"
#include "synth/DetectorChain.h"

#include <QTextStream>

#include <algorithm>
#include <functional>
#include <limits>

using namespace pen;

constexpr int Runs = 3;

static double bestOf(const std::function<void(int)> &run)
{
    return bench::bestOfMs(Runs, run);
}

int main()
{
    QTextStream out(stdout);
    const auto table = AttenuationTable::bundled();
    if (!table || !CargoScan::megavoltTable()) {
        out << "bundled attenuation tables missing\n";
        return 1;
    }
    // A 40 ft container of bottled drinks with cigarettes among them.
    ScenePlan plan;
    plan.id = QStringLiteral("bench");
    plan.kind = ObjectKind::Container;
    plan.contraband = {{QStringLiteral("cigarettes"), Concealment::InsideGoods}};
    CargoLoad load;
    for (quint32 seed = 1; load.extent.max.y - load.extent.min.y < 1500; ++seed) {
        SceneRandom random(seed);
        load = ContainerLoad::build(plan, {}, random, *table);
    }
    Scan scan;
    const double scanMs = bestOf([&](int i) {
        CargoScanOptions options;
        options.id = plan.id;
        options.noiseSeed = quint32(i + 1);
        scan = CargoScan::scanOf(load, options).scan;
    });
    const ScanView &view = scan.views.front();
    const DetectorSettings chain = CargoDetector::chainSettings(CargoScannerSettings{});
    const double chainMs = bestOf([&](int) {
        std::array<std::vector<float>, 2> open{std::vector<float>(size_t(view.width) * size_t(view.height), 0.3f),
                                               std::vector<float>(size_t(view.width) * size_t(view.height), 0.2f)};
        DetectorChain(chain).detect(std::move(open), view.height, view.width);
    });
    out << "40 ft container, " << load.scene.size() << " solids, rig " << (load.extent.max.y - load.extent.min.y) / 100
        << " m, view " << view.width << "x" << view.height << " per energy, best of " << Runs << ": " << scanMs
        << " ms (target 3000 ms on two cores)\n"
        << "detector chain alone on the same size, best of " << Runs << ": " << chainMs << " ms\n"
        << "ratio scan / chain: " << scanMs / chainMs << '\n';
    return 0;
}
