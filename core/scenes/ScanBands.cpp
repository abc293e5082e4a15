// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ScanBands.h"

#include <algorithm>
#include <cmath>

namespace pen::ScanBands {
namespace {

// Transmissions this close to 1 are the belt's air: they say nothing about what lies on the ray.
constexpr float AirLevel = 0.98f;

double attenuationOf(float transmission)
{
    return -std::log(std::max(transmission, 1e-6f));
}

} // namespace

RowBand rowBandOf(const Bounds3 &bounds, const LineScanGeometry &geometry, int marginRows)
{
    const int first = std::clamp(int(std::floor(geometry.rowOf(bounds.min.y))) - marginRows, 0, geometry.rows - 1);
    const int last = std::clamp(int(std::ceil(geometry.rowOf(bounds.max.y))) + marginRows, first, geometry.rows - 1);
    RowBand band{first, geometry};
    band.geometry.startYCm = geometry.startYCm + first * geometry.rowPitchMm / 10;
    band.geometry.rows = last - first + 1;
    return band;
}

ViewTransmissions cropped(const ViewTransmissions &view, const QRect &crop)
{
    ViewTransmissions part{view.label, crop.width(), crop.height(), view.pitchMm, {}};
    for (size_t c = 0; c < part.channels.size(); ++c) {
        part.channels[c].reserve(size_t(crop.width()) * size_t(crop.height()));
        for (int row = crop.top(); row <= crop.bottom(); ++row) {
            const auto first = view.channels[c].begin() + qsizetype(row) * view.width + crop.left();
            part.channels[c].insert(part.channels[c].end(), first, first + crop.width());
        }
    }
    return part;
}

Difficulty difficultyIn(const ViewTransmissions &all, const ViewTransmissions &alone, const QRect &box)
{
    double own = 0, total = 0;
    int rest = 0, dense = 0;
    for (int row = box.top(); row <= box.bottom(); ++row) {
        for (int column = box.left(); column <= box.right(); ++column) {
            const float t = all.at(1, column, row);
            const float tAlone = alone.at(1, column, row);
            if (tAlone < AirLevel) {
                own += attenuationOf(tAlone);
                total += attenuationOf(t);
            } else {
                ++rest;
                dense += t < 0.5f ? 1 : 0;
            }
        }
    }
    Difficulty d;
    d.overlap = total > 0 ? std::clamp(1 - own / total, 0.0, 1.0) : 0;
    d.clutter = rest > 0 ? double(dense) / rest : 0;
    return d;
}

} // namespace pen::ScanBands
