// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/LineScanProjector.h"

#include "synth/EnergyBins.h"
#include "synth/ParallelRows.h"
#include "volume/FanBeamRays.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

// An object with its per-bin linear attenuation (1/cm) and bounds, computed once per scan.
struct PreparedObject {
    const Solid *solid = nullptr;
    std::vector<float> mu;
    Bounds3 bounds;
};

// Many objects share a material and density (a load of bottles): their attenuation is made once.
std::vector<PreparedObject> prepare(const VolumeScene &scene, const EnergyBins &bins)
{
    std::vector<PreparedObject> prepared;
    QHash<QPair<QString, double>, std::vector<float>> made;
    for (const VolumeObject &object : scene) {
        if (!object.solid)
            continue;
        const QPair<QString, double> key{object.material, object.densityGcm3};
        auto known = made.constFind(key);
        if (known == made.cend())
            known = made.insert(key, bins.attenuation({object.material, object.densityGcm3, 1.0}));
        prepared.push_back({object.solid.get(), *known, object.solid->bounds()});
    }
    return prepared;
}

// Σ μ·t per bin along each element's ray of one sub-row and sub-source.
class RowLineIntegrals {
public:
    RowLineIntegrals(int elements, int bins)
        : m_bins(bins), m_values(size_t(elements) * size_t(bins)), m_touched(size_t(elements))
    {
    }

    void trace(const std::vector<PreparedObject> &objects, const FanBeamRays &rays, int source, double y);
    /// Adds weight · T_c of every element to row[c].
    void accumulate(const EnergyBins &bins, float weight, std::array<float *, 2> row) const;

private:
    int m_bins;
    std::vector<float> m_values;
    std::vector<char> m_touched;
};

void RowLineIntegrals::trace(const std::vector<PreparedObject> &objects, const FanBeamRays &rays, int source, double y)
{
    std::fill(m_values.begin(), m_values.end(), 0.0f);
    std::fill(m_touched.begin(), m_touched.end(), char(0));
    const QPointF origin = rays.subSource(source);
    for (size_t o = 0; o < objects.size(); ++o) {
        const PreparedObject &object = objects[o];
        if (y < object.bounds.min.y || y > object.bounds.max.y)
            continue;
        const auto [first, end] = rays.elementsSeeing(source, int(o));
        for (int e = first; e < end; ++e) {
            const QPointF d = rays.direction(source, e);
            const double chord = object.solid->chordLength({{origin.x(), y, origin.y()}, {d.x(), 0, d.y()}});
            if (chord <= 0)
                continue;
            float *values = &m_values[size_t(e) * size_t(m_bins)];
            for (int b = 0; b < m_bins; ++b)
                values[b] += object.mu[size_t(b)] * float(chord);
            m_touched[size_t(e)] = 1;
        }
    }
}

void RowLineIntegrals::accumulate(const EnergyBins &bins, float weight, std::array<float *, 2> row) const
{
    for (size_t e = 0; e < m_touched.size(); ++e) {
        if (!m_touched[e]) {
            row[0][e] += weight;
            row[1][e] += weight;
            continue;
        }
        const float *lineIntegral = &m_values[e * size_t(m_bins)];
        float low = 0, high = 0;
        for (int b = 0; b < m_bins; ++b) {
            const float t = std::exp(-lineIntegral[b]);
            low += bins.weight(0, b) * t;
            high += bins.weight(1, b) * t;
        }
        row[0][e] += weight * low;
        row[1][e] += weight * high;
    }
}

ViewTransmissions scanView(const FanView &view, const LineScanGeometry &geometry,
                           const std::vector<PreparedObject> &objects, const EnergyBins &bins)
{
    std::vector<Bounds3> bounds;
    for (const PreparedObject &object : objects)
        bounds.push_back(object.bounds);
    const FanBeamRays rays(view, bounds);
    ViewTransmissions out{view.label, rays.elementCount(), std::max(0, geometry.rows), view.pitchMm, {}};
    const size_t pixels = size_t(out.width) * size_t(out.height);
    out.channels = {std::vector<float>(pixels, 0.0f), std::vector<float>(pixels, 0.0f)};
    const int subRows = std::max(1, geometry.motionSubRows);
    const float weight = 1.0f / float(subRows * rays.subSourceCount());
    forEachRowRange(out.height, [&](int first, int last) {
        RowLineIntegrals integrals(out.width, bins.count());
        for (int row = first; row < last; ++row) {
            const size_t offset = size_t(row) * size_t(out.width);
            const std::array<float *, 2> target{&out.channels[0][offset], &out.channels[1][offset]};
            for (int sub = 0; sub < subRows; ++sub) {
                for (int source = 0; source < rays.subSourceCount(); ++source) {
                    integrals.trace(objects, rays, source, geometry.beltPosition(row, sub));
                    integrals.accumulate(bins, weight, target);
                }
            }
        }
    });
    return out;
}

} // namespace

std::vector<ViewTransmissions> LineScanProjector::transmissions(const VolumeScene &scene,
                                                                const LineScanGeometry &geometry,
                                                                const DetectorSettings &detector) const
{
    const auto model = DualEnergyDetector::create(m_table, detector);
    if (!model)
        return {};
    return transmissions(scene, geometry, *model);
}

std::vector<ViewTransmissions> LineScanProjector::transmissions(const VolumeScene &scene,
                                                                const LineScanGeometry &geometry,
                                                                const DualEnergyDetector &model) const
{
    const EnergyBins bins(model);
    const std::vector<PreparedObject> objects = prepare(scene, bins);
    std::vector<ViewTransmissions> views;
    for (const FanView &view : geometry.views)
        views.push_back(scanView(view, geometry, objects, bins));
    return views;
}

std::vector<ScanView> LineScanProjector::project(const VolumeScene &scene, const LineScanGeometry &geometry,
                                                 const DetectorSettings &detector) const
{
    std::vector<ScanView> scans;
    const std::vector<ViewTransmissions> views = transmissions(scene, geometry, detector);
    for (size_t v = 0; v < views.size(); ++v)
        scans.push_back(scanViewOf(views[v], detector, int(v)));
    return scans;
}

} // namespace pen
