// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "synth/DualEnergyDetector.h"

#include <QList>

namespace pen::test {

/// A view of the default 4/6 MV cargo portal (peak 6000 kV) of vertical stripes stripeWidth pixels
/// wide, each the noise-free transmissions of one block (material, thickness across the beam).
ScanView mevBlockView(const QList<MaterialLayer> &blocks, int stripeWidth, int height);

} // namespace pen::test
