// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/DetectorChain.h"

#include "synth/Afterglow.h"
#include "synth/DetectorFixedPattern.h"
#include "synth/GaussianBlur.h"
#include "synth/LineScatter.h"
#include "synth/ParallelRows.h"
#include "synth/PhotonNoise.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// The electronic noise of row y draws from its own stream, apart from the quantum noise's (seed, y).
constexpr quint32 ElectronicNoiseStream = 0x80000000u;

quint16 adc(double transmission)
{
    return quint16(std::lround(std::clamp(transmission, 0.0, 1.0) * 65535.0));
}

Image16 quantise(const std::vector<float> &transmission, int width, int height)
{
    Image16 image(width, height);
    for (size_t i = 0; i < transmission.size(); ++i)
        image.pixels[i] = adc(transmission[i]);
    return image;
}

// Scanners map their dead elements at calibration and fill them in from the live neighbours, in
// the digitised image; a dead element left black would stripe every bag. What is left is a column
// with no noise of its own, which can hide a thin wire lying on it.
void fillDeadElements(Image16 &image, const DetectorFixedPattern &pattern)
{
    for (int x : pattern.deadElements()) {
        int left = x - 1, right = x + 1;
        while (left >= 0 && pattern.isDead(left))
            --left;
        while (right < image.width && pattern.isDead(right))
            ++right;
        if (left < 0 && right >= image.width)
            continue;
        for (int y = 0; y < image.height; ++y) {
            const double a = left >= 0 ? image.at(left, y) : image.at(right, y);
            const double b = right < image.width ? image.at(right, y) : a;
            const double share = left >= 0 && right < image.width ? double(x - left) / (right - left) : 0.0;
            image.at(x, y) = quint16(std::lround(a + (b - a) * share));
        }
    }
}

} // namespace

std::vector<Image16> DetectorChain::detect(std::array<std::vector<float>, 2> transmissions, int width, int height) const
{
    const DetectorChainSettings &chain = m_settings.chain;
    const std::array<double, 2> blur{m_settings.blurSigmaPx, m_settings.blurSigmaPx * chain.highBlurScale};
    if (isIdeal()) {
        std::vector<Image16> channels;
        for (size_t c = 0; c < 2; ++c) {
            gaussianBlur(transmissions[c], width, height, blur[c]);
            channels.push_back(quantise(transmissions[c], width, height));
        }
        return channels;
    }
    for (std::vector<float> &image : transmissions)
        addLineScatter(image, width, height, chain.scatterFraction, chain.scatterSigmaPx);
    if (chain.quantumNoise)
        addQuantumNoise(transmissions, width, height);
    for (size_t c = 0; c < 2; ++c) {
        gaussianBlur(transmissions[c], width, height, blur[c]);
        addAfterglow(transmissions[c], width, height, chain.afterglowFraction, chain.afterglowRows);
    }
    return digitise(transmissions, width, height);
}

// One stream per row, low then high, so rows can run on any thread.
void DetectorChain::addQuantumNoise(std::array<std::vector<float>, 2> &images, int width, int height) const
{
    const double photons = m_settings.incidentPhotons;
    forEachRowRange(height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            PhotonNoise noise(m_settings.seed, quint32(y));
            for (std::vector<float> &image : images) {
                float *row = &image[size_t(y) * size_t(width)];
                for (int x = 0; x < width; ++x)
                    row[x] = float(noise.count(photons * double(row[x])) / photons);
            }
        }
    });
}

// Calibration residue and electronic noise in quanta, then the ADC, then the dead-element fill.
std::vector<Image16> DetectorChain::digitise(const std::array<std::vector<float>, 2> &images, int width,
                                             int height) const
{
    const DetectorChainSettings &chain = m_settings.chain;
    const double photons = m_settings.incidentPhotons;
    const std::array<DetectorFixedPattern, 2> patterns{DetectorFixedPattern(width, 0, chain),
                                                       DetectorFixedPattern(width, 1, chain)};
    std::vector<Image16> channels{Image16(width, height), Image16(width, height)};
    forEachRowRange(height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            PhotonNoise noise(m_settings.seed, ElectronicNoiseStream + quint32(y));
            for (size_t c = 0; c < 2; ++c) {
                const float *row = &images[c][size_t(y) * size_t(width)];
                quint16 *out = &channels[c].pixels[size_t(y) * size_t(width)];
                for (int x = 0; x < width; ++x) {
                    const double dark = patterns[c].offsetQuanta(x) + chain.electronicNoiseQuanta * noise.gaussian();
                    out[x] = adc(double(row[x]) * patterns[c].gain(x) + dark / photons);
                }
            }
        }
    });
    for (size_t c = 0; c < 2; ++c)
        fillDeadElements(channels[c], patterns[c]);
    return channels;
}

} // namespace pen
