// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ViewerTool.h"
#include "enhance/DisplaySettings.h"

namespace pen::gui {

/// What each image control of the viewer does to the DisplaySettings. Pure functions.
namespace DisplayAdjustments {

constexpr double BrightnessStep = 0.1;  ///< added to or taken from brightness (−1..1)
constexpr double ContrastFactor = 1.25; ///< contrast (0.25..8) is multiplied or divided by it
constexpr double GammaFactor = 1.2;     ///< gamma (0.2..5) is multiplied or divided by it
constexpr double EdgeGain = 2;          ///< the unsharp-mask gain switched on by edge enhancement

/// The settings after using `tool` once. Switches toggle (negative on, then off again); choices
/// select (grey, the low-energy channel); steps step within their range. Tools that are not image
/// controls return the settings unchanged.
DisplaySettings adjusted(const DisplaySettings &settings, ViewerTool tool);
/// Whether an image control shows as checked for these settings: a switch that is on, or the
/// current choice. False for steps and for other tools.
bool isOn(const DisplaySettings &settings, ViewerTool tool);
/// Whether the tool is a switch or choice (a checkable action) rather than a step.
bool isCheckable(ViewerTool tool);

} // namespace DisplayAdjustments
} // namespace pen::gui
