// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/LocalContrastLuts.h"
#include "enhance/LocalContrastTable.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/MevClassTable.h"
#include "enhance/PipelineParameters.h"
#include "enhance/ToneTable.h"
#include "model/ScanView.h"

#include <QImage>

namespace pen {

/// The CPU pipeline for dual- and single-energy views, row by row: attenuations through
/// AttenuationLut, a 3×3 binomial unsharp mask, local contrast, window, 3×3 means for the material
/// classes (MeV views: MevRowClassifier's 5 × 5, read from the view itself), stripping, density highlight, and the
/// colour from the ToneTable (gamma, shading, negative). Each output row reads its own and its two neighbouring input
/// rows only, so row ranges render independently. A single-energy view stands in as both a_low and a_high. The tables
/// must outlive the object. contrastTable, where the signal comes from one channel, takes the place of localContrast
/// without the unsharp mask; for a grey picture it then turns each 16-bit value into its colour through integer tables
/// alone.
class EnergyViewPipeline {
public:
    /// mev: the classes of a MeV view (PipelineParameters::megavolt), which take the place of bands.
    EnergyViewPipeline(const ScanView &view, const PipelineParameters &parameters, const ToneTable &tones,
                       const MaterialBandTable *bands, const MevClassTable *mev, const LocalContrastLuts *localContrast,
                       const LocalContrastTable *contrastTable = nullptr);

    /// Renders rows [first, last) into out (Format_RGB32, the view's size).
    void renderRows(QImage &out, int first, int last) const;

    /// The whole view row by row on all cores, every quantity computed on the fly: the reference
    /// that PreparedView's planes reproduce exactly. out must be a Format_RGB32 image of the view's
    /// size; bands and clipLimit as in DisplaySettings and EnhancementPipeline::render.
    static void render(const ScanView &view, const MaterialBands *bands, const PipelineParameters &parameters,
                       double clipLimit, QImage &out);

private:
    struct Rows;
    const ScanView &m_view;
    PipelineParameters m_p;
    const ToneTable &m_tones;
    const MaterialBandTable *m_bands = nullptr;
    const MevClassTable *m_mev = nullptr;
    const LocalContrastLuts *m_localContrast = nullptr;
    const LocalContrastTable *m_contrastTable = nullptr;
    std::vector<QRgb> m_equalisedGrey; ///< colour of each equalised value; empty unless the picture is grey

    float equalisedSignal(int equalised) const
    {
        return m_p.baseLow + float(equalised) / float(LocalContrastTable::One) * m_p.baseWidth;
    }
    void renderEqualisedGrey(QImage &out, int first, int last) const;
    void equalise(Rows &rows, int y) const;

    void loadRow(Rows &rows, int y) const;
    void renderRow(Rows &rows, int y, QRgb *line) const;
    void sharpen(Rows &rows, int y, float rowCount) const;
    void classify(Rows &rows, int y, float rowCount) const;
    void classifyMev(Rows &rows, int y) const;
    void colourRow(const Rows &rows, int y, QRgb *line) const;
};

} // namespace pen
