// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/DifficultyMeter.h"

#include "synth/SceneShapes.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace pen::DifficultyMeter {
namespace {

// A sample grid of at most Steps x Steps points: enough for a stable fraction, cheap on 5000-px scans.
constexpr int Steps = 48;
// A step of 0.15 in ln T is about what an officer notices as an edge in a windowed image.
constexpr double EdgeStep = 0.15;

struct Ray {
    double target = 0;
    double others = 0;
};

class LineIntegrals {
public:
    LineIntegrals(const DraftView &view, const QList<int> &targetObjects, const QRectF &window,
                  const AttenuationTable &table)
    {
        const QSet<int> own(targetObjects.cbegin(), targetObjects.cend());
        for (int i = 0; i < view.objects.size(); ++i) {
            const SceneObject &object = view.objects[i];
            const QRectF bounds
                = object.shape == SceneObject::Shape::Polygon ? SceneShapes::boundsOf(object.polygon) : object.bounds;
            if (!bounds.intersects(window))
                continue;
            const double mu = table.muRho(object.material, ReferenceKeV) * SceneShapes::densityOf(object, table);
            m_items.append({&object, mu, own.contains(i)});
        }
    }

    Ray at(double x, double y) const
    {
        Ray ray;
        for (const Item &item : m_items) {
            const double t = SceneShapes::thicknessAt(*item.object, x, y);
            (item.own ? ray.target : ray.others) += item.mu * t;
        }
        return ray;
    }

private:
    struct Item {
        const SceneObject *object;
        double mu;
        bool own;
    };
    QList<Item> m_items;
};

double overlapIn(const LineIntegrals &rays, const QRectF &region)
{
    double target = 0, others = 0;
    for (int j = 0; j < Steps; ++j) {
        for (int i = 0; i < Steps; ++i) {
            const Ray ray = rays.at(region.left() + (i + 0.5) * region.width() / Steps,
                                    region.top() + (j + 0.5) * region.height() / Steps);
            if (ray.target <= 0)
                continue;
            target += ray.target;
            others += ray.others;
        }
    }
    return target + others > 0 ? others / (target + others) : 0.0;
}

double clutterIn(const LineIntegrals &rays, const QRectF &window)
{
    std::vector<double> grid(size_t(Steps) * Steps);
    for (int j = 0; j < Steps; ++j)
        for (int i = 0; i < Steps; ++i)
            grid[size_t(j) * Steps + size_t(i)] = rays.at(window.left() + (i + 0.5) * window.width() / Steps,
                                                          window.top() + (j + 0.5) * window.height() / Steps)
                                                      .others;
    int edges = 0, pairs = 0;
    double sum = 0, sumSquares = 0;
    for (int j = 0; j < Steps; ++j) {
        for (int i = 0; i < Steps; ++i) {
            const double v = grid[size_t(j) * Steps + size_t(i)];
            sum += v;
            sumSquares += v * v;
            if (i + 1 < Steps && (++pairs, std::abs(grid[size_t(j) * Steps + size_t(i) + 1] - v) > EdgeStep))
                ++edges;
            if (j + 1 < Steps && (++pairs, std::abs(grid[size_t(j + 1) * Steps + size_t(i)] - v) > EdgeStep))
                ++edges;
        }
    }
    const double n = double(Steps) * Steps;
    const double sd = std::sqrt(std::max(0.0, sumSquares / n - (sum / n) * (sum / n)));
    const double edgeDensity = std::min(1.0, 4.0 * edges / std::max(1, pairs));
    return 0.5 * edgeDensity + 0.5 * sd / (sd + 0.5);
}

} // namespace

Difficulty measure(const DraftView &view, const QList<int> &targetObjects, const QRectF &region,
                   const AttenuationTable &table)
{
    const QRectF image(0, 0, view.width, view.height);
    const QRectF window
        = region.adjusted(-region.width() / 2, -region.height() / 2, region.width() / 2, region.height() / 2)
              .intersected(image);
    const LineIntegrals rays(view, targetObjects, window, table);
    Difficulty difficulty;
    difficulty.overlap = std::clamp(overlapIn(rays, region), 0.0, 1.0);
    difficulty.clutter = std::clamp(clutterIn(rays, window), 0.0, 1.0);
    return difficulty;
}

} // namespace pen::DifficultyMeter
