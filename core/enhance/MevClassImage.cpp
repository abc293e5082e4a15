// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "enhance/MevClassImage.h"

#include "synth/CargoDetector.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

constexpr double AttenuationForBlack = 6; // a_high at which a class's colour has faded to black
constexpr int HatchPeriod = 6;            // pixels between the hatching lines of unclassified rays

double attenuationOf(quint16 pixel)
{
    return -std::log(std::max(double(pixel), 0.5) / 65535.0);
}

// The mean attenuation of each channel over the 3 × 3 neighbourhood (clipped at the edges).
std::vector<double> neighbourhoodMeans(const Image16 &image)
{
    std::vector<double> single(image.pixels.size());
    for (size_t i = 0; i < single.size(); ++i)
        single[i] = attenuationOf(image.pixels[i]);
    std::vector<double> means(single.size());
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            double sum = 0;
            int count = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < image.width && ny < image.height) {
                        sum += single[size_t(ny) * size_t(image.width) + size_t(nx)];
                        ++count;
                    }
                }
            means[size_t(y) * size_t(image.width) + size_t(x)] = sum / count;
        }
    }
    return means;
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
    const std::vector<double> low = neighbourhoodMeans(view.channels[ScanView::LowEnergy]);
    const std::vector<double> high = neighbourhoodMeans(view.channels[ScanView::HighEnergy]);
    QImage image(view.width, view.height, QImage::Format_RGB32);
    for (int y = 0; y < view.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < view.width; ++x) {
            const size_t i = size_t(y) * size_t(view.width) + size_t(x);
            const MevMaterial material = classes.classify(low[i], high[i]);
            const double lightness = std::clamp(1 - high[i] / AttenuationForBlack, 0.0, 1.0);
            QColor colour = mevClassColour(material);
            if (material == MevMaterial::Unclassified && high[i] > MevMaterialClasses::EmptyAttenuation
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
