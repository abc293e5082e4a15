// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <QString>

namespace pen::test {

/// A 16-bit gradient whose values span the whole range (many above 4095), distinct per seed.
Image16 gradientImage(int width, int height, int seed);

/// A dual-energy scan with one view, a declaration and two ground-truth objects (a box and a polygon).
Scan dualEnergyScan(const QString &id, int width = 64, int height = 48);

/// A single-energy scan with a top and a side view and one object visible in both.
Scan dualViewSingleEnergyScan(const QString &id, int width = 40, int height = 30);

/// A colour scan (pre-rendered RGB) with one boxed object.
Scan colourScan(const QString &id, int width = 32, int height = 24);

/// The folder of the real samples (../shared/data), or empty where it is not present.
QString sharedDataDir();

} // namespace pen::test
