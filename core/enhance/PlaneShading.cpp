// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/PlaneShading.h"

#include "enhance/AttenuationLut.h"
#include "enhance/SingleChannelSignal.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define PEN_SHADING_AVX2 1
#endif

namespace pen {

namespace Code = ScanPlanes::MaterialCode;

struct PlaneShading::RowInputs {
    const float *values = nullptr;
    const float *detail = nullptr;
    float gain = 0;
    float windowLow = 0;
    float inverseWidth = 1;
    const quint16 *indices = nullptr;
    const qint32 *levelOf = nullptr;
    const QRgb *greyOf = nullptr;
    const quint8 *codes = nullptr;
    const qint32 *rowOffset = nullptr;     ///< by code
    const qint32 *densityOffset = nullptr; ///< by code
    const qint32 *classRow = nullptr;      ///< by class: the row's offset, hue step 0
    const qint32 *classHue = nullptr;      ///< by class: −1 where the hue step picks the row, else 0
    const qint32 *classDensity = nullptr;  ///< by class
    const quint16 *high = nullptr;
    qint32 bandFirst = 0; ///< the raw high-channel values whose attenuation lies in the density band
    qint32 bandLast = -1;
    const QRgb *colours = nullptr;
};

namespace {

// Pictures larger than this go past the caches: their rows are written around them (streaming
// stores), which spares reading each line into the cache before overwriting it.
constexpr qsizetype StreamFromBytes = qsizetype(16) << 20;

constexpr int LevelBits = 12;
static_assert(1 << LevelBits == ToneTable::Levels);

// ToneTable::level(PipelineParameters::darkness(value)), spelt out.
inline int windowLevel(float value, float low, float inverseWidth)
{
    return int(std::clamp((value - low) * inverseWidth, 0.0f, 1.0f) * float(ToneTable::Levels - 1) + 0.5f);
}

// The colour of pixel x, one at a time.
inline QRgb pixelColour(const PlaneShading::RowInputs &in, int x)
{
    if (in.greyOf)
        return in.greyOf[in.indices[x]];
    int level = 0;
    if (in.indices)
        level = in.levelOf[in.indices[x]];
    else
        level = windowLevel(in.detail ? in.values[x] + in.gain * in.detail[x] : in.values[x], in.windowLow,
                            in.inverseWidth);
    const size_t code = in.codes ? in.codes[x] : 0;
    qint32 offset = in.rowOffset[code];
    if (in.high && in.high[x] >= in.bandFirst && in.high[x] <= in.bandLast)
        offset = in.densityOffset[code];
    return in.colours[offset + level];
}

#if PEN_SHADING_AVX2
// Eight pixels at a time with gathers: the same float operations in the same order as
// pixelColour (min and max agree with std::clamp on finite values), so that both give the same
// colours.
__attribute__((target("avx2"))) void shadeRowAvx2(const PlaneShading::RowInputs &in, int width, QRgb *out, bool stream)
{
    int x = 0;
    const auto aligned = [&] { return (reinterpret_cast<quintptr>(out + x) & 31) == 0; };
    for (; x < width && stream && !aligned(); ++x)
        out[x] = pixelColour(in, x);
    const __m256 low = _mm256_set1_ps(in.windowLow), inverseWidth = _mm256_set1_ps(in.inverseWidth);
    const __m256 gain = _mm256_set1_ps(in.gain), zero = _mm256_setzero_ps(), one = _mm256_set1_ps(1.0f);
    const __m256 top = _mm256_set1_ps(float(ToneTable::Levels - 1)), half = _mm256_set1_ps(0.5f);
    const __m256i bandFirst = _mm256_set1_epi32(in.bandFirst), bandLast = _mm256_set1_epi32(in.bandLast);
    const auto *colours = reinterpret_cast<const int *>(in.colours);
    const __m256i classRow = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in.classRow));
    const __m256i classHue = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in.classHue));
    const __m256i classDensity = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(in.classDensity));
    const __m256i stepMask = _mm256_set1_epi32((1 << Code::StepBits) - 1);
    for (; x + 8 <= width; x += 8) {
        __m256i colour;
        if (in.greyOf) {
            const __m256i index
                = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in.indices + x)));
            colour = _mm256_i32gather_epi32(reinterpret_cast<const int *>(in.greyOf), index, 4);
        } else {
            __m256i level;
            if (in.indices) {
                const __m256i index
                    = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in.indices + x)));
                level = _mm256_i32gather_epi32(in.levelOf, index, 4);
            } else {
                __m256 value = _mm256_loadu_ps(in.values + x);
                if (in.detail)
                    value = _mm256_add_ps(value, _mm256_mul_ps(gain, _mm256_loadu_ps(in.detail + x)));
                const __m256 t
                    = _mm256_min_ps(_mm256_max_ps(_mm256_mul_ps(_mm256_sub_ps(value, low), inverseWidth), zero), one);
                level = _mm256_cvttps_epi32(_mm256_add_ps(_mm256_mul_ps(t, top), half));
            }
            // The row from the code's class and hue step, as rowOffset tabulates it.
            __m256i code = _mm256_setzero_si256();
            if (in.codes)
                code = _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(in.codes + x)));
            const __m256i materialClass = _mm256_srli_epi32(code, Code::StepBits);
            const __m256i step = _mm256_and_si256(code, stepMask);
            __m256i offset = _mm256_add_epi32(_mm256_permutevar8x32_epi32(classRow, materialClass),
                                              _mm256_and_si256(_mm256_slli_epi32(step, LevelBits),
                                                               _mm256_permutevar8x32_epi32(classHue, materialClass)));
            if (in.high) {
                const __m256i raw
                    = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in.high + x)));
                const __m256i outside
                    = _mm256_or_si256(_mm256_cmpgt_epi32(bandFirst, raw), _mm256_cmpgt_epi32(raw, bandLast));
                offset = _mm256_blendv_epi8(_mm256_permutevar8x32_epi32(classDensity, materialClass), offset, outside);
            }
            colour = _mm256_i32gather_epi32(colours, _mm256_add_epi32(offset, level), 4);
        }
        if (stream)
            _mm256_stream_si256(reinterpret_cast<__m256i *>(out + x), colour);
        else
            _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + x), colour);
    }
    for (; x < width; ++x)
        out[x] = pixelColour(in, x);
}
#endif

} // namespace

PlaneShading::PlaneShading(const PipelineParameters &parameters, const ToneTable &tones, const ShadingValues &values,
                           const quint8 *codes, const quint16 *high)
    : m_p(parameters), m_values(values), m_codes(codes), m_high(parameters.densityHighlight ? high : nullptr)
{
#if PEN_SHADING_AVX2
    m_avx2 = __builtin_cpu_supports("avx2");
#endif
    layOutRows(tones);
    if (m_high)
        findDensityBand();
    if (m_values.indices)
        tabulateIndexedValues();
}

// As EnergyViewPipeline::colourRow: a stripped pixel is background at the stripped level, whose
// density highlight keeps that level.
void PlaneShading::layOutRows(const ToneTable &tones)
{
    constexpr qint32 Levels = ToneTable::Levels;
    const qint32 stripped = qint32(tones.entries().size());
    const int strippedLevel = ToneTable::level(m_p.strippedDarkness);
    m_colours = tones.entries();
    m_colours.resize(size_t(stripped + Levels), tones.at(ToneTable::Grey, strippedLevel));
    m_colours.resize(size_t(stripped + 2 * Levels), tones.at(ToneTable::Density, strippedLevel));
    for (int c = 0; c < int(m_classRow.size()); ++c) {
        const auto materialClass = MaterialClass(c);
        m_classDensity[size_t(c)] = ToneTable::Density * Levels;
        if (m_codes && m_p.strips(materialClass)) {
            m_classRow[size_t(c)] = stripped;
            m_classDensity[size_t(c)] = stripped + Levels;
        } else if (m_codes && m_p.materialColour && materialClass == MaterialClass::Impenetrable) {
            m_classRow[size_t(c)] = ToneTable::Impenetrable * Levels;
        } else if (m_codes && m_p.materialColour && m_p.megavolt) {
            m_classRow[size_t(c)] = ToneTable::FirstMev * Levels; // unclassified rays too: grey or hatched
            m_classHue[size_t(c)] = -1;
        } else if (m_codes && m_p.materialColour && materialClass != MaterialClass::Background
                   && materialClass <= MaterialClass::Inorganic) {
            m_classRow[size_t(c)] = ToneTable::FirstHue * Levels;
            m_classHue[size_t(c)] = -1;
        }
    }
    for (int code = 0; code < Code::Count; ++code) {
        const auto c = size_t(Code::materialClass(code));
        m_rowOffset[size_t(code)] = m_classRow[c] + (m_classHue[c] & (Code::hueStep(code) * Levels));
        m_densityOffset[size_t(code)] = m_classDensity[c];
    }
}

void PlaneShading::tabulateIndexedValues()
{
    m_levelOf.resize(SingleChannelSignal::Values);
    for (size_t i = 0; i < m_levelOf.size(); ++i)
        m_levelOf[i] = qint32(ToneTable::level(m_p.darkness((*m_values.valueOf)[i])));
    if (m_codes || m_high)
        return;
    m_greyOf.resize(m_levelOf.size());
    for (size_t i = 0; i < m_levelOf.size(); ++i)
        m_greyOf[i] = m_colours[size_t(m_rowOffset[0] + m_levelOf[i])];
}

// The attenuation falls as the raw value rises, so the values whose attenuation lies in the band
// are one interval; each is checked against the band as the row-by-row pipeline checks it.
void PlaneShading::findDensityBand()
{
    const auto &lut = AttenuationLut::table();
    const auto inBand = [&](size_t v) { return lut[v] >= m_p.densityMin && lut[v] <= m_p.densityMax; };
    m_bandFirst = 0;
    m_bandLast = -1;
    for (size_t v = 0; v < lut.size(); ++v) {
        if (!inBand(v))
            continue;
        if (m_bandLast < 0)
            m_bandFirst = qint32(v);
        else
            Q_ASSERT(m_bandLast == qint32(v) - 1);
        m_bandLast = qint32(v);
    }
}

PlaneShading::RowInputs PlaneShading::rowInputs(size_t offset) const
{
    RowInputs in;
    in.windowLow = m_p.windowLow;
    in.inverseWidth = m_p.inverseWidth;
    if (m_values.indices) {
        in.indices = m_values.indices + offset;
        in.levelOf = m_levelOf.data();
        in.greyOf = m_greyOf.empty() ? nullptr : m_greyOf.data();
    } else {
        in.values = m_values.values + offset;
        in.detail = m_values.detail ? m_values.detail + offset : nullptr;
        in.gain = m_values.gain;
    }
    in.codes = m_codes ? m_codes + offset : nullptr;
    in.rowOffset = m_rowOffset.data();
    in.densityOffset = m_densityOffset.data();
    in.classRow = m_classRow.data();
    in.classHue = m_classHue.data();
    in.classDensity = m_classDensity.data();
    if (m_high) {
        in.high = m_high + offset;
        in.bandFirst = m_bandFirst;
        in.bandLast = m_bandLast;
    }
    in.colours = m_colours.data();
    return in;
}

void PlaneShading::shadeRows(QImage &out, int width, int first, int last) const
{
    const bool stream = out.sizeInBytes() >= StreamFromBytes;
    for (int y = first; y < last; ++y) {
        const RowInputs in = rowInputs(size_t(y) * size_t(width));
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
#if PEN_SHADING_AVX2
        if (m_avx2) {
            shadeRowAvx2(in, width, line, stream);
            continue;
        }
#endif
        for (int x = 0; x < width; ++x)
            line[x] = pixelColour(in, x);
    }
#if PEN_SHADING_AVX2
    if (stream)
        _mm_sfence(); // the streamed rows are visible before the caller reads them
#endif
}

} // namespace pen
