// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/SceneProjector.h"

#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace pen {
namespace {

struct EnergyBin {
    int keV;
    double weight;
};

// A coarse 160 kVp tungsten spectrum split between a front (low) and a filtered rear (high) detector.
constexpr std::array<EnergyBin, 4> LowBins{{{35, 0.25}, {45, 0.35}, {55, 0.25}, {65, 0.15}}};
constexpr std::array<EnergyBin, 4> HighBins{{{70, 0.2}, {85, 0.3}, {100, 0.3}, {120, 0.2}}};
constexpr size_t BinCount = LowBins.size() + HighBins.size();

// Thickness of an object along the ray through (x, y), in cm; 0 outside it.
double thicknessAt(const SceneObject &object, const QPolygonF &polygon, double x, double y)
{
    switch (object.shape) {
    case SceneObject::Shape::Box:
        return object.bounds.contains(x, y) ? object.thicknessCm : 0.0;
    case SceneObject::Shape::Ellipse: {
        const double dx = (x - object.bounds.center().x()) / (object.bounds.width() / 2);
        const double dy = (y - object.bounds.center().y()) / (object.bounds.height() / 2);
        const double r2 = dx * dx + dy * dy;
        return r2 < 1 ? object.thicknessCm * std::sqrt(1 - r2) : 0.0;
    }
    case SceneObject::Shape::Polygon:
        return polygon.containsPoint(QPointF(x, y), Qt::OddEvenFill) ? object.thicknessCm : 0.0;
    }
    return 0.0;
}

// Standard normal numbers from mt19937 by Box-Muller: unlike std::normal_distribution, the same on
// every standard library, so a seed gives the same bytes everywhere.
class GaussianNoise {
public:
    explicit GaussianNoise(quint32 seed) : m_engine(seed) {}
    double next()
    {
        const double u1 = (double(m_engine()) + 1.0) / 4294967297.0;
        const double u2 = double(m_engine()) / 4294967296.0;
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    std::mt19937 m_engine;
};

} // namespace

ScanView SceneProjector::project(int width, int height, const QList<SceneObject> &scene,
                                 const DetectorSettings &detector) const
{
    // Line integrals Σ μ/ρ ρ t per pixel and energy bin.
    std::vector<std::array<double, BinCount>> integrals(size_t(width) * size_t(height), std::array<double, BinCount>{});
    for (const SceneObject &object : scene) {
        const double density = object.densityGcm3 > 0 ? object.densityGcm3 : m_table.density(object.material);
        std::array<double, BinCount> mu{};
        for (size_t b = 0; b < BinCount; ++b) {
            const int keV = b < LowBins.size() ? LowBins[b].keV : HighBins[b - LowBins.size()].keV;
            mu[b] = m_table.muRho(object.material, keV) * density;
        }
        const QPolygonF polygon(object.polygon);
        const QRect area = (object.shape == SceneObject::Shape::Polygon ? polygon.boundingRect() : object.bounds)
                               .toAlignedRect().intersected(QRect(0, 0, width, height));
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const double t = thicknessAt(object, polygon, x + 0.5, y + 0.5);
                if (t <= 0)
                    continue;
                auto &integral = integrals[size_t(y) * size_t(width) + size_t(x)];
                for (size_t b = 0; b < BinCount; ++b)
                    integral[b] += mu[b] * t;
            }
        }
    }
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    view.channels = {Image16(width, height), Image16(width, height)};
    GaussianNoise noise(detector.seed);
    for (size_t i = 0; i < integrals.size(); ++i) {
        double low = 0, high = 0;
        for (size_t b = 0; b < LowBins.size(); ++b)
            low += LowBins[b].weight * std::exp(-integrals[i][b]);
        for (size_t b = 0; b < HighBins.size(); ++b)
            high += HighBins[b].weight * std::exp(-integrals[i][LowBins.size() + b]);
        for (auto [channel, transmission] : {std::pair{0, low}, std::pair{1, high}}) {
            double counts = detector.incidentPhotons * transmission;
            if (detector.noise)
                counts += std::sqrt(counts) * noise.next();
            const double value = std::clamp(counts / detector.incidentPhotons, 0.0, 1.0) * 65535.0;
            view.channels[size_t(channel)].pixels[i] = quint16(std::lround(value));
        }
    }
    return view;
}

} // namespace pen
