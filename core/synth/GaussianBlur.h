// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <vector>

namespace pen {

/// Blurs a row-major float image in place with a separable Gaussian of sigma pixels (the light
/// spread of a scintillator), replicating the border pixels. sigma ≤ 0 leaves it unchanged.
/// Deterministic whatever the number of threads.
void gaussianBlur(std::vector<float> &image, int width, int height, double sigma);

} // namespace pen
