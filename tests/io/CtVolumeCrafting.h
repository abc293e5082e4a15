// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/CtVolume.h"

#include <QString>

namespace pen::test {

/// How a crafted CT volume file is written: as DICOS CT writes it (rescale, spacing and peak
/// voltage in the Shared Functional Groups, NumberOfFrames as US) or as a plain CT Image.
struct CtFileStyle {
    bool dicos = true;
    bool signedSamples = false; ///< PixelRepresentation 1, stored = HU; else unsigned, stored = (HU + 1000) * 2
    bool withSpacing = true;
    int pixelDataSamples = -1; ///< when >= 0, the pixel data holds this many samples
};

/// A phantom of columns × rows × slices voxels of 1 × 1 × 2 mm: air (−1000 HU), a water box
/// (0 HU) over x 10–29, y 5–24, z 4–15, and a rod of rodHu over x 5–7, y 10–19, every slice.
/// Needs at least 40 × 30 × 20 voxels.
CtVolume ctPhantom(float rodHu, int columns = 40, int rows = 30, int slices = 20);

/// Writes volume (its values, spacing, peak voltage and frame of reference) to path. Returns an
/// empty string, or what went wrong.
QString craftCtVolumeFile(const CtVolume &volume, const QString &path, const CtFileStyle &style = {});

} // namespace pen::test
