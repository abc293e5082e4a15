// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/CtSlices.h"

#include <algorithm>
#include <cmath>

namespace pen::CtSlices {

int count(const CtVolume &volume, Plane plane)
{
    switch (plane) {
    case Plane::AcrossBelt: return volume.slices;
    case Plane::Horizontal: return volume.rows;
    case Plane::AlongBelt: return volume.columns;
    }
    return 0;
}

Slice slice(const CtVolume &volume, Plane plane, int index)
{
    Slice result;
    const int last = count(volume, plane) - 1;
    if (last < 0)
        return result;
    index = std::clamp(index, 0, last);
    switch (plane) {
    case Plane::AcrossBelt:
        result = {volume.columns, volume.rows, volume.columnSpacingMm, volume.rowSpacingMm, {}};
        break;
    case Plane::Horizontal:
        result = {volume.columns, volume.slices, volume.columnSpacingMm, volume.sliceSpacingMm, {}};
        break;
    case Plane::AlongBelt: result = {volume.rows, volume.slices, volume.rowSpacingMm, volume.sliceSpacingMm, {}}; break;
    }
    result.values.resize(size_t(result.width) * size_t(result.height));
    for (int v = 0; v < result.height; ++v) {
        for (int u = 0; u < result.width; ++u) {
            float value = 0;
            switch (plane) {
            case Plane::AcrossBelt: value = volume.at(u, v, index); break;
            case Plane::Horizontal: value = volume.at(u, index, v); break;
            case Plane::AlongBelt: value = volume.at(index, u, v); break;
            }
            result.values[size_t(v) * size_t(result.width) + size_t(u)] = value;
        }
    }
    return result;
}

std::vector<quint8> windowed(const Slice &slice, double lowestHu, double highestHu)
{
    std::vector<quint8> grey(slice.values.size());
    const double width = std::max(highestHu - lowestHu, 1e-6);
    for (size_t i = 0; i < grey.size(); ++i) {
        const double level = std::clamp((slice.values[i] - lowestHu) / width, 0.0, 1.0);
        grey[i] = quint8(std::lround(level * 255));
    }
    return grey;
}

} // namespace pen::CtSlices
