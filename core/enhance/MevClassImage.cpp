// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MevClassImage.h"

#include "synth/CargoDetector.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen {
namespace {

constexpr double AttenuationForBlack = 6; // a_high at which a class's colour has faded to black
constexpr int HatchPeriod = 6;            // pixels between the hatching lines of unclassified rays

double attenuationOf(quint16 pixel)
{
    return -std::log(std::max(double(pixel), 0.5) / 65535.0);
}

// Pixels each class is decided on: MeV classes lie a few hundredths of R apart, and a pixel's noise
// is of that order. The detector's light spread makes neighbours share noise, so the 25 pixels
// count as half as many independent ones.
constexpr int Radius = 2;
constexpr double IndependentPixels = 12.5;

// Across an edge the detector's light spread mixes transmissions, not attenuations, and
// (1 − e^(−a_low)) / (1 − e^(−a_high)) is far below a_low / a_high: every dense edge would read as
// heavy metal. A neighbourhood whose a_high ranges over more than this share of its mean is an edge.
constexpr double EdgeRange = 0.3;

struct Neighbourhood {
    double mean = 0;
    double range = 0; ///< largest minus smallest attenuation in it
};

// The attenuation of each channel over the (2·Radius + 1)² neighbourhood (clipped at the edges).
std::vector<Neighbourhood> neighbourhoods(const Image16 &image)
{
    std::vector<double> single(image.pixels.size());
    for (size_t i = 0; i < single.size(); ++i)
        single[i] = attenuationOf(image.pixels[i]);
    std::vector<Neighbourhood> out(single.size());
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            double sum = 0, lowest = std::numeric_limits<double>::max(), highest = 0;
            int count = 0;
            for (int dy = -Radius; dy <= Radius; ++dy)
                for (int dx = -Radius; dx <= Radius; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < image.width && ny < image.height) {
                        const double a = single[size_t(ny) * size_t(image.width) + size_t(nx)];
                        sum += a;
                        lowest = std::min(lowest, a);
                        highest = std::max(highest, a);
                        ++count;
                    }
                }
            out[size_t(y) * size_t(image.width) + size_t(x)] = {sum / count, highest - lowest};
        }
    }
    return out;
}

} // namespace

QColor mevClassColour(MevMaterial material)
{
    switch (material) {
    case MevMaterial::Organic: return QColor(236, 140, 30);
    case MevMaterial::Mixed: return QColor(60, 170, 60);
    case MevMaterial::Steel: return QColor(50, 110, 220);
    case MevMaterial::Heavy: return QColor(150, 60, 200);
    case MevMaterial::Unclassified: return QColor(200, 200, 200);
    case MevMaterial::Impenetrable: return QColor(0, 0, 0);
    }
    return QColor(200, 200, 200);
}

Expected<QImage> renderMevClasses(const ScanView &view, const MevMaterialClasses &classes)
{
    if (view.kind != ViewKind::DualEnergy || view.channels.size() < 2)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("MeV classes: view \"%1\" has no two energies").arg(view.label));
    const std::vector<Neighbourhood> low = neighbourhoods(view.channels[ScanView::LowEnergy]);
    const std::vector<Neighbourhood> high = neighbourhoods(view.channels[ScanView::HighEnergy]);
    QImage image(view.width, view.height, QImage::Format_RGB32);
    for (int y = 0; y < view.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < view.width; ++x) {
            const size_t i = size_t(y) * size_t(view.width) + size_t(x);
            const bool edge = high[i].range > EdgeRange * high[i].mean;
            MevMaterial material = classes.classifyMeasured(low[i].mean, high[i].mean, IndependentPixels);
            if (edge && material != MevMaterial::Impenetrable)
                material = MevMaterial::Unclassified;
            const double lightness = std::clamp(1 - high[i].mean / AttenuationForBlack, 0.0, 1.0);
            QColor colour = mevClassColour(material);
            if (material == MevMaterial::Unclassified && high[i].mean > MevMaterialClasses::EmptyAttenuation
                && (x + y) % HatchPeriod == 0)
                colour = colour.darker(160);
            line[x]
                = qRgb(int(colour.red() * lightness), int(colour.green() * lightness), int(colour.blue() * lightness));
        }
    }
    return image;
}

const Expected<MevMaterialClasses> &defaultMevClasses()
{
    static const Expected<MevMaterialClasses> classes = []() -> Expected<MevMaterialClasses> {
        static const Expected<AttenuationTable> table = AttenuationTable::bundledToMeV();
        if (!table)
            return table.error();
        const CargoScannerSettings settings;
        auto detector = CargoDetector::create(*table, settings);
        if (!detector)
            return detector.error();
        return MevMaterialClasses::calibrate(*detector, CargoDetector::chainSettings(settings).incidentPhotons);
    }();
    return classes;
}

} // namespace pen
