// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "synth/SceneProjector.h"

#include "synth/DetectorChain.h"
#include "synth/EnergyBins.h"
#include "synth/ParallelRows.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pen {
namespace {

using Images = std::array<std::vector<float>, 2>;

// A scene object with its per-bin linear attenuation coefficients (1/cm), computed once per scene.
struct PreparedObject {
    const SceneObject *object = nullptr;
    std::vector<float> mu;
    double top = 0; ///< extent along y, pixels
    double bottom = 0;
};

// Pixel x is covered when its centre x + 0.5 lies in [from, to], as QRectF::contains has it.
std::pair<int, int> pixelsBetween(double from, double to, int width)
{
    return {std::max(0, int(std::ceil(from - 0.5))), std::min(width - 1, int(std::floor(to - 0.5)))};
}

// Accumulates Σ μ t per bin along each ray of one row, the integrals of the pixels an object covers.
class RowIntegrals {
public:
    RowIntegrals(int width, int bins)
        : m_width(width), m_bins(bins), m_values(size_t(width) * size_t(bins)), m_touched(size_t(width))
    {
    }

    void clear()
    {
        std::fill(m_values.begin(), m_values.end(), 0.0f);
        std::fill(m_touched.begin(), m_touched.end(), char(0));
    }
    void add(const PreparedObject &prepared, double yCentre);
    bool touched(int x) const { return m_touched[size_t(x)] != 0; }
    const float *at(int x) const { return &m_values[size_t(x) * size_t(m_bins)]; }
    bool sameAsLeft(int x) const
    {
        return x > 0 && touched(x - 1) && std::memcmp(at(x), at(x - 1), sizeof(float) * size_t(m_bins)) == 0;
    }

private:
    int m_width;
    int m_bins;
    std::vector<float> m_values;
    std::vector<char> m_touched;

    void addSpan(const std::vector<float> &mu, std::pair<int, int> span, double thicknessCm);
    void addEllipse(const PreparedObject &prepared, double yCentre);
    void addPolygon(const PreparedObject &prepared, double yCentre);
};

void RowIntegrals::addSpan(const std::vector<float> &mu, std::pair<int, int> span, double thicknessCm)
{
    for (int x = span.first; x <= span.second; ++x) {
        float *values = &m_values[size_t(x) * size_t(m_bins)];
        for (int b = 0; b < m_bins; ++b)
            values[b] += mu[size_t(b)] * float(thicknessCm);
        m_touched[size_t(x)] = 1;
    }
}

void RowIntegrals::addEllipse(const PreparedObject &prepared, double yCentre)
{
    const QRectF &r = prepared.object->bounds;
    const double dy = (yCentre - r.center().y()) / (r.height() / 2);
    if (dy * dy >= 1)
        return;
    const double halfWidth = r.width() / 2 * std::sqrt(1 - dy * dy);
    const auto [first, last] = pixelsBetween(r.center().x() - halfWidth, r.center().x() + halfWidth, m_width);
    for (int x = first; x <= last; ++x) {
        const double dx = (x + 0.5 - r.center().x()) / (r.width() / 2);
        const double depth = 1 - dx * dx - dy * dy;
        if (depth > 0)
            addSpan(prepared.mu, {x, x}, prepared.object->thicknessCm * std::sqrt(depth));
    }
}

// Odd-even scanline fill at the pixel centres, the rule QPolygonF::containsPoint uses.
void RowIntegrals::addPolygon(const PreparedObject &prepared, double yCentre)
{
    const QList<QPointF> &points = prepared.object->polygon;
    std::vector<double> crossings;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF a = points[i];
        const QPointF b = points[(i + 1) % points.size()];
        if ((a.y() > yCentre) != (b.y() > yCentre))
            crossings.push_back(a.x() + (yCentre - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    for (size_t i = 0; i + 1 < crossings.size(); i += 2)
        addSpan(prepared.mu, pixelsBetween(crossings[i], crossings[i + 1], m_width), prepared.object->thicknessCm);
}

void RowIntegrals::add(const PreparedObject &prepared, double yCentre)
{
    const SceneObject &object = *prepared.object;
    switch (object.shape) {
    case SceneObject::Shape::Box:
        if (yCentre >= object.bounds.top() && yCentre <= object.bounds.bottom())
            addSpan(prepared.mu, pixelsBetween(object.bounds.left(), object.bounds.right(), m_width),
                    object.thicknessCm);
        return;
    case SceneObject::Shape::Ellipse: addEllipse(prepared, yCentre); return;
    case SceneObject::Shape::Polygon: addPolygon(prepared, yCentre); return;
    }
}

// Polychromatic transmissions of one row; a run of identical rays (boxes, polygons) costs one sum.
void transmitRow(const RowIntegrals &integrals, const EnergyBins &bins, int width, float *low, float *high)
{
    for (int x = 0; x < width; ++x) {
        if (!integrals.touched(x)) {
            low[x] = high[x] = 1.0f;
            continue;
        }
        if (integrals.sameAsLeft(x)) {
            low[x] = low[x - 1];
            high[x] = high[x - 1];
            continue;
        }
        const float *lineIntegral = integrals.at(x);
        float l = 0, h = 0;
        for (int b = 0; b < bins.count(); ++b) {
            const float e = std::exp(-lineIntegral[b]);
            l += bins.weight(0, b) * e;
            h += bins.weight(1, b) * e;
        }
        low[x] = l;
        high[x] = h;
    }
}

QList<PreparedObject> prepare(const QList<SceneObject> &scene, const EnergyBins &bins)
{
    QList<PreparedObject> prepared;
    for (const SceneObject &object : scene) {
        const QRectF extent
            = object.shape == SceneObject::Shape::Polygon ? QPolygonF(object.polygon).boundingRect() : object.bounds;
        prepared.append({&object, bins.attenuation({object.material, object.densityGcm3, object.thicknessCm}),
                         extent.top(), extent.bottom()});
    }
    return prepared;
}

Images render(int width, int height, const QList<SceneObject> &scene, const DualEnergyDetector &detector)
{
    const EnergyBins bins(detector);
    const QList<PreparedObject> objects = prepare(scene, bins);
    Images images{std::vector<float>(size_t(width) * size_t(height)),
                  std::vector<float>(size_t(width) * size_t(height))};
    forEachRowRange(height, [&](int first, int last) {
        RowIntegrals integrals(width, bins.count());
        for (int y = first; y < last; ++y) {
            integrals.clear();
            for (const PreparedObject &object : objects) {
                if (y + 0.5 >= object.top && y + 0.5 <= object.bottom)
                    integrals.add(object, y + 0.5);
            }
            float *low = &images[0][size_t(y) * size_t(width)];
            float *high = &images[1][size_t(y) * size_t(width)];
            transmitRow(integrals, bins, width, low, high);
        }
    });
    return images;
}

} // namespace

Images SceneProjector::transmissions(int width, int height, const QList<SceneObject> &scene,
                                     const DetectorSettings &detector) const
{
    const auto model = DualEnergyDetector::create(m_table, detector);
    if (!model)
        return {};
    return render(width, height, scene, *model);
}

ScanView SceneProjector::project(int width, int height, const QList<SceneObject> &scene,
                                 const DetectorSettings &detector) const
{
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    const auto model = DualEnergyDetector::create(m_table, detector);
    if (!model)
        return view;
    view.channels = DetectorChain(detector).detect(render(width, height, scene, *model), width, height);
    return view;
}

} // namespace pen
