// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Image16.h"
#include "synth/DualEnergyDetector.h"

#include <array>
#include <vector>

namespace pen {

/// The detector of a dual-energy line scanner, applied to ideal transmissions in the order the
/// signal meets it: scatter, quantum noise, light spread of each layer, afterglow, calibration
/// residue (gain, offset), electronic noise, the 16-bit ADC, and the scanner's dead-element
/// correction (DetectorChainSettings, docs/physics.md "The detector chain"). With
/// DetectorSettings::noise off it is the ideal detector: only the light spread stays. The same
/// seeds give the same bytes on every platform, whatever the number of threads. Thread-safe (const).
class DetectorChain {
public:
    explicit DetectorChain(const DetectorSettings &settings) : m_settings(settings) {}

    /// The low and high 16-bit channels (65535 = T of 1) of width × height noise-free transmissions
    /// T_low, T_high (0..1, row-major, rows along the scan), which it consumes.
    std::vector<Image16> detect(std::array<std::vector<float>, 2> transmissions, int width, int height) const;

private:
    DetectorSettings m_settings;

    bool isIdeal() const { return !m_settings.noise || m_settings.incidentPhotons <= 0; }
    void addQuantumNoise(std::array<std::vector<float>, 2> &images, int width, int height) const;
    std::vector<Image16> digitise(const std::array<std::vector<float>, 2> &images, int width, int height) const;
};

} // namespace pen
