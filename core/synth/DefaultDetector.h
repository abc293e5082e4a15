// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/DualEnergyDetector.h"

namespace pen {

/// The default detector (DetectorSettings{}) on the bundled attenuation tables: the synthetic
/// scanner the demo sets come from, and what tools calibrate against when no scanner is modelled.
/// The table is loaded once and kept for the program's life, so the detector may outlive the call.
Expected<DualEnergyDetector> defaultDetector();

} // namespace pen
