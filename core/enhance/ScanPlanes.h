// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "enhance/MaterialBandTable.h"
#include "enhance/MaterialPalette.h"
#include "enhance/MevClassTable.h"
#include "model/ScanView.h"

#include <memory>

namespace pen {

/// The per-pixel quantities of an energy view that no display setting changes, as planes of the
/// view's size (row by row), each computed once per scan over all cores. They hold exactly the
/// values that the row-by-row EnergyViewPipeline computes on the fly, with the same float
/// arithmetic in the same order, so that pictures shaded from them are identical.
namespace ScanPlanes {

/// A plane of the view's size, row by row; allocated without being cleared, as every builder
/// writes each element.
template <typename T> using Plane = std::unique_ptr<T[]>;
template <typename T> Plane<T> allocate(const ScanView &view)
{
    return std::make_unique_for_overwrite<T[]>(size_t(view.width) * size_t(view.height));
}

/// The material code of a pixel: its MaterialClass in the upper bits and, for organic, mixed and
/// inorganic matter, its hue step (MaterialBandTable::hueStep) in the lower ones.
namespace MaterialCode {
inline constexpr int StepBits = 5;
inline constexpr int Count = 5 << StepBits; ///< codes lie below
static_assert(MaterialPalette::HueSteps <= 1 << StepBits && MevClassTable::StepCount <= 1 << StepBits);

inline int of(MaterialClass c, int hueStep)
{
    return int(c) << StepBits | hueStep;
}
inline MaterialClass materialClass(int code)
{
    return MaterialClass(code >> StepBits);
}
inline int hueStep(int code)
{
    return code & ((1 << StepBits) - 1);
}
} // namespace MaterialCode

/// s = lowWeight·a_low + highWeight·a_high of every pixel (a single-energy view's channel stands
/// in as both).
Plane<float> signal(const ScanView &view, float lowWeight, float highWeight);

/// s − blur(s) of every pixel, blur the 3×3 binomial mean over the pixels inside the image: the
/// unsharp mask then shows s + gain·detail.
Plane<float> edgeDetail(const ScanView &view, const float *signal);

/// The MaterialCode of every pixel of a dual-energy view, from the 3×3 means of a_low and a_high
/// (where materials overlap or meet, the means blend their colours).
Plane<quint8> materialCodes(const ScanView &view, const MaterialBandTable &bands);

/// The same for a MeV view: each pixel's MaterialClass and, as its hue step, its
/// MevClassTable::Step (MevRowClassifier).
Plane<quint8> mevCodes(const ScanView &view, const MevClassTable &table);

} // namespace ScanPlanes
} // namespace pen
