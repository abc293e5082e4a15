// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/PipelineParameters.h"
#include "enhance/ScanPlanes.h"
#include "enhance/ToneTable.h"

#include <QImage>

#include <array>
#include <vector>

namespace pen {

/// Where the per-settings stage finds each pixel's value before the window: either a 16-bit
/// index per pixel into a table of values (a channel's raw values and their signal, or equalised
/// values), or a float per pixel, plus gain × a detail plane for the unsharp mask. The planes
/// belong to the caller and must outlive the shading.
struct ShadingValues {
    const quint16 *indices = nullptr;
    const std::vector<float> *valueOf = nullptr; ///< SingleChannelSignal::Values entries, with indices
    const float *values = nullptr;               ///< without indices
    const float *detail = nullptr;               ///< optional, with values
    float gain = 0;
};

/// The per-settings stage of the CPU pipeline for energy views: from the prepared planes of a scan
/// (ScanPlanes, the equalised values of local contrast) to colours, by table lookups alone apart
/// from the window (a subtraction, a multiplication and a clamp per pixel where the values are
/// floats). The tables are built for one PipelineParameters: levels of the indexed values, one
/// tone row per MaterialCode (stripped codes read a row of the stripped colour), the density band
/// of the high channel's raw values. Immutable once built; the planes and tones must outlive it.
class PlaneShading {
public:
    /// codes: the MaterialCode plane, or nullptr where the picture needs no classes. high: the
    /// high-energy channel's raw values, read where the density highlight is on.
    PlaneShading(const PipelineParameters &parameters, const ToneTable &tones, const ShadingValues &values,
                 const quint8 *codes, const quint16 *high);

    /// Shades rows [first, last) of out (Format_RGB32, width wide).
    void shadeRows(QImage &out, int width, int first, int last) const;

    /// The tables and planes that one row reads, for the row loops.
    struct RowInputs;

private:
    PipelineParameters m_p;
    ShadingValues m_values;
    const quint8 *m_codes = nullptr;
    const quint16 *m_high = nullptr;
    /// The tone table's rows, then Levels entries of the stripped colour and of its density highlight.
    std::vector<QRgb> m_colours;
    std::array<qint32, ScanPlanes::MaterialCode::Count> m_rowOffset{};     ///< into m_colours, by code
    std::array<qint32, ScanPlanes::MaterialCode::Count> m_densityOffset{}; ///< where the density band applies
    std::array<qint32, 8> m_classRow{};     ///< by MaterialClass: the row's offset at hue step 0
    std::array<qint32, 8> m_classHue{};     ///< by MaterialClass: −1 where the hue step adds its row
    std::array<qint32, 8> m_classDensity{}; ///< by MaterialClass
    std::vector<qint32> m_levelOf;          ///< level of each indexed value
    std::vector<QRgb> m_greyOf;             ///< colour of each indexed value, where neither codes nor density apply
    qint32 m_bandFirst = 0;                 ///< raw high-channel values in the density band
    qint32 m_bandLast = -1;
    bool m_avx2 = false;

    void layOutRows(const ToneTable &tones);
    void findDensityBand();
    void tabulateIndexedValues();
    RowInputs rowInputs(size_t offset) const;
};

} // namespace pen
