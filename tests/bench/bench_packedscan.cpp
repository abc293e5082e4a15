// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: the time to generate one two-view scan of a 3-D packed suitcase (40 to 60
// items, packed, line-scanned and through the detector chain) against one two-view bag scan of the
// 2-D LuggageScene path (DemoSets::scan), measured in the same run. Run a Release build.
#include "BestOf.h"
#include "packing/BagPacker.h"
#include "scenes/DemoSets.h"
#include "scenes/PackedScene.h"

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

static QString sizes(const Scan &scan)
{
    QStringList all;
    for (const ScanView &view : scan.views)
        all << QStringLiteral("%1x%2").arg(view.width).arg(view.height);
    return all.join(QStringLiteral(" + "));
}

int main()
{
    QTextStream out(stdout);
    const auto table = AttenuationTable::bundled();
    if (!table) {
        out << table.error().message << '\n';
        return 1;
    }
    PackingOptions options{40, 60, {{QStringLiteral("pistol")}}, true};
    Scan packed, flat;
    size_t items = 0;
    const double packedMs = bestOf([&](int i) {
        const PackedBag bag = BagPacker::packSuitcase(quint32(100 + i), options);
        items = bag.items.size();
        packed = PackedScene::scanOf(bag, LineScanGeometry::dualViewTunnel6040(), *table,
                                     {QStringLiteral("bench"), ObjectKind::Baggage, quint32(i + 1), true});
    });
    ScenePlan plan;
    plan.id = QStringLiteral("bench");
    plan.kind = ObjectKind::Baggage;
    plan.contraband = {{QStringLiteral("pistol"), Concealment::InsideGoods}};
    const double flatMs = bestOf([&](int i) { flat = DemoSets::scan(plan, quint32(100 + i), 0, *table); });
    out << "packed 3-D suitcase (" << items << " items), " << sizes(packed) << ", best of " << Runs << ": " << packedMs
        << " ms\n"
        << "LuggageScene bag, " << sizes(flat) << ", best of " << Runs << ": " << flatMs << " ms\n"
        << "ratio packed / LuggageScene: " << packedMs / flatMs << '\n';
    return 0;
}
