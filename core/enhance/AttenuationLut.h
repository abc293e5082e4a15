// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QtGlobal>

#include <array>

namespace pen {

/// The attenuation a = −ln T of every 16-bit transmission value, T = v / 65535, with v = 0 taken as
/// 1 so that opaque pixels stay finite (a ≤ ln 65535 ≈ 11.09). One table shared by the CPU pipeline
/// and, uploaded as a texture, by the shaders, so both start from the same floats. Thread-safe.
class AttenuationLut {
public:
    static constexpr int Size = 65536;
    static constexpr float MaxAttenuation = 11.0903549f; ///< ln 65535

    static const std::array<float, Size> &table();
    static float attenuation(quint16 value) { return table()[value]; }
};

} // namespace pen
