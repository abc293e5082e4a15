// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MevBlockScan.h"

#include "synth/CargoDetector.h"

#include <cmath>

namespace pen::test {

ScanView mevBlockView(const QList<MaterialLayer> &blocks, int stripeWidth, int height)
{
    static const Expected<AttenuationTable> table = AttenuationTable::bundledToMeV();
    const auto detector = CargoDetector::create(*table, CargoScannerSettings{});
    ScanView view;
    view.label = QStringLiteral("side");
    view.kind = ViewKind::DualEnergy;
    view.width = int(blocks.size()) * stripeWidth;
    view.height = height;
    view.peakKv = 6000;
    view.channels = {Image16(view.width, view.height), Image16(view.width, view.height)};
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (int c = 0; c < 2; ++c) {
            const double t = blocks[b].thicknessCm > 0 ? detector->transmission(c, {blocks[b]}) : 1.0;
            for (int y = 0; y < view.height; ++y)
                for (int x = int(b) * stripeWidth; x < int(b + 1) * stripeWidth; ++x)
                    view.channels[size_t(c)].at(x, y) = quint16(std::lround(t * 65535));
        }
    }
    return view;
}

} // namespace pen::test
