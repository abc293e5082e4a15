// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "synth/MaterialBands.h"

namespace pen {

/// The material bands of the default detector (DetectorSettings{}) calibrated on the bundled
/// attenuation tables: what the viewer and the command line use for a scan whose scanner they do
/// not model separately. Computed once, on first use; thread-safe.
Expected<MaterialBands> defaultMaterialBands();

} // namespace pen
