// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/ViewTransmissions.h"

#include "synth/GaussianBlur.h"
#include "synth/ParallelRows.h"
#include "synth/PhotonNoise.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// Streams of different views must not meet: rows stay far below 2^20.
constexpr quint32 StreamsPerView = 1u << 20;

void addNoise(std::vector<float> &image, int width, int height, const DetectorSettings &settings, int viewIndex,
              int channel)
{
    const double photons = settings.incidentPhotons;
    forEachRowRange(height, [&](int first, int last) {
        for (int y = first; y < last; ++y) {
            const quint32 stream
                = quint32(viewIndex) * StreamsPerView * 2 + quint32(channel) * StreamsPerView + quint32(y);
            PhotonNoise noise(settings.seed, stream);
            float *row = &image[size_t(y) * size_t(width)];
            for (int x = 0; x < width; ++x)
                row[x] = float(noise.count(photons * double(row[x])) / photons);
        }
    });
}

Image16 quantised(const std::vector<float> &transmission, int width, int height)
{
    Image16 image(width, height);
    for (size_t i = 0; i < transmission.size(); ++i)
        image.pixels[i] = quint16(std::lround(std::clamp(double(transmission[i]), 0.0, 1.0) * 65535.0));
    return image;
}

} // namespace

ScanView scanViewOf(const ViewTransmissions &view, const DetectorSettings &settings, int viewIndex)
{
    ScanView scan;
    scan.label = view.label;
    scan.kind = ViewKind::DualEnergy;
    scan.width = view.width;
    scan.height = view.height;
    scan.pixelSizeMm = view.pitchMm;
    if (view.channels[0].empty())
        return scan;
    const bool noisy = settings.noise && settings.incidentPhotons > 0;
    for (int channel : {0, 1}) {
        std::vector<float> image = view.channels[size_t(channel)];
        if (noisy)
            addNoise(image, view.width, view.height, settings, viewIndex, channel);
        gaussianBlur(image, view.width, view.height, settings.blurSigmaPx);
        scan.channels.push_back(quantised(image, view.width, view.height));
    }
    return scan;
}

} // namespace pen
