// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace pen {

/// A reconstructed CT volume (a DICOS or DICOM CT image): CT numbers on a grid of voxels.
/// x runs along a slice's columns, y along its rows, z from slice to slice.
struct CtVolume {
    int columns = 0;
    int rows = 0;
    int slices = 0;
    double columnSpacingMm = 0; ///< x, between the centres of neighbouring columns
    double rowSpacingMm = 0;    ///< y
    double sliceSpacingMm = 0;  ///< z
    /// CT numbers after the file's rescale (Hounsfield units: air −1000, water 0), slice by
    /// slice, row by row: index (z · rows + y) · columns + x.
    std::vector<float> values;
    std::optional<double> peakKv; ///< the tube's peak voltage, where the file states it
    QString frameOfReferenceUid;  ///< shared by the two volumes of a dual-energy pair
    QString scanner;              ///< Manufacturer and model, where stated

    size_t voxelCount() const { return size_t(columns) * size_t(rows) * size_t(slices); }
    float at(int x, int y, int z) const
    {
        return values[(size_t(z) * size_t(rows) + size_t(y)) * size_t(columns) + size_t(x)];
    }
};

} // namespace pen
