// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/MaterialPalette.h"
#include "enhance/MevClassTable.h"
#include "enhance/PipelineParameters.h"

#include <QRgb>

#include <array>
#include <vector>

namespace pen {

/// The last stage of the pipeline as a table: for each colour row (grey, impenetrable, the density
/// highlight, the material view's hue steps, the MeV classes) and each of Levels darkness levels (the windowed
/// signal t in 0..1), the final 8-bit colour after the console curve
/// (PipelineParameters::shownDarkness), gamma, material shading and negative. Built for every
/// settings change (a few thousand pow() calls, the rest multiply-adds); the shader receives it as
/// a Levels × RowCount RGBA8 texture, so that CPU and GPU colour a pixel of the same level and row
/// identically.
/// Immutable, safe to share between threads.
class ToneTable {
public:
    static constexpr int Levels = 4096;
    /// Row FirstHue + s is the material colour of hue step s (MaterialBandTable::hueStep); row
    /// FirstMev + s that of a MeV view's step s (MevClassTable::Step).
    enum Row {
        Grey = 0,
        Impenetrable = 1,
        Density = 2,
        FirstHue = 3,
        FirstMev = FirstHue + MaterialPalette::HueSteps,
        RowCount = FirstMev + int(MevClassTable::StepCount)
    };

    explicit ToneTable(const PipelineParameters &parameters);

    /// The level of a darkness t in 0..1.
    static int level(float darkness) { return int(darkness * float(Levels - 1) + 0.5f); }
    QRgb at(int row, int level) const { return m_entries[size_t(row) * Levels + size_t(level)]; }
    /// RowCount × Levels colours, row by row, 0xffRRGGBB (bytes B, G, R, A in memory).
    const std::vector<QRgb> &entries() const { return m_entries; }

private:
    std::vector<QRgb> m_entries;

    void setLevel(const PipelineParameters &p, const std::array<MaterialPalette::Rgb, MaterialPalette::HueSteps> &hues,
                  const std::array<MaterialPalette::Rgb, MevClassTable::StepCount> &mevColours, QRgb impenetrable,
                  int level);
};

} // namespace pen
