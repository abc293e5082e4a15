// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tip/TipInserter.h"

#include "tip/PortableRandom.h"
#include "tip/ThreatProjection.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace pen {
namespace {

// Which boxes of a view lie on the object and among its contents: summed-area tables of "the view
// shows matter here" and of its attenuation, so that every candidate position is checked in constant
// time.
class PlaceFinder {
public:
    PlaceFinder(const ScanView &view, QSize size, const QList<QRect> &avoid, const TipSettings &settings)
        : m_width(view.width), m_height(view.height), m_size(size), m_avoid(avoid),
          m_needed(settings.minInsideFraction * size.width() * size.height() - 1e-9),
          m_neededCover(settings.minCoverAttenuation * size.width() * size.height() - 1e-9),
          m_sums(size_t(view.width + 1) * size_t(view.height + 1), 0),
          m_cover(size_t(view.width + 1) * size_t(view.height + 1), 0.0)
    {
        const Image16 &matter = view.channels.back();
        const double limit = settings.objectTransmission * 65535.0;
        for (int y = 0; y < m_height; ++y) {
            for (int x = 0; x < m_width; ++x) {
                const quint16 value = matter.at(x, y);
                sum(x + 1, y + 1) = sum(x, y + 1) + sum(x + 1, y) - sum(x, y) + (value < limit ? 1 : 0);
                cover(x + 1, y + 1) = cover(x, y + 1) + cover(x + 1, y) - cover(x, y) + attenuation(value);
            }
        }
    }

    // Visits accepted top-left positions in row-major order until visit returns false.
    void forEach(const std::function<bool(QPoint)> &visit) const
    {
        for (int y = 0; y + m_size.height() <= m_height; ++y) {
            for (int x = 0; x + m_size.width() <= m_width; ++x) {
                if (accepts(x, y) && !visit(QPoint(x, y)))
                    return;
            }
        }
    }

private:
    qint32 &sum(int x, int y) { return m_sums[size_t(y) * size_t(m_width + 1) + size_t(x)]; }
    qint32 sum(int x, int y) const { return m_sums[size_t(y) * size_t(m_width + 1) + size_t(x)]; }
    double &cover(int x, int y) { return m_cover[size_t(y) * size_t(m_width + 1) + size_t(x)]; }
    double cover(int x, int y) const { return m_cover[size_t(y) * size_t(m_width + 1) + size_t(x)]; }
    static double attenuation(quint16 value) { return -std::log(std::max(1.0, double(value)) / 65535.0); }

    bool accepts(int x, int y) const
    {
        const int right = x + m_size.width(), bottom = y + m_size.height();
        const qint32 inside = sum(right, bottom) - sum(x, bottom) - sum(right, y) + sum(x, y);
        if (inside < m_needed)
            return false;
        if (cover(right, bottom) - cover(x, bottom) - cover(right, y) + cover(x, y) < m_neededCover)
            return false;
        const QRect box(QPoint(x, y), m_size);
        return std::none_of(m_avoid.cbegin(), m_avoid.cend(), [&](const QRect &r) { return r.intersects(box); });
    }

    int m_width = 0;
    int m_height = 0;
    QSize m_size;
    QList<QRect> m_avoid;
    double m_needed = 0;
    double m_neededCover = 0;
    std::vector<qint32> m_sums;
    std::vector<double> m_cover;
};

// Boxes of the ground truth already in the view, so that a new threat never hides an old one.
QList<QRect> truthBoxes(const Scan &scan, int viewIndex)
{
    QList<QRect> boxes;
    for (const GroundTruthObject &object : scan.truth) {
        for (const Region &region : object.regions) {
            if (region.viewIndex == viewIndex)
                boxes << region.bounds().toAlignedRect();
        }
    }
    return boxes;
}

QString nextTipId(const Scan &scan)
{
    QSet<QString> used;
    for (const GroundTruthObject &object : scan.truth)
        used.insert(object.id);
    int n = 1;
    while (used.contains(QStringLiteral("tip%1").arg(n)))
        ++n;
    return QStringLiteral("tip%1").arg(n);
}

GroundTruthObject truthFor(const Scan &scan, const ThreatImage &placed, const Region &region,
                           const Difficulty &difficulty)
{
    GroundTruthObject truth;
    truth.id = nextTipId(scan);
    truth.category = placed.label.category;
    truth.regions = {region};
    truth.material = placed.label.material;
    truth.massKg = placed.label.massKg;
    truth.note = QStringLiteral("TIP");
    truth.difficulty = difficulty;
    return truth;
}

} // namespace

qint64 TipInserter::placeCount(const ScanView &view, QSize size, const QList<QRect> &avoid) const
{
    if (view.channels.empty())
        return 0;
    qint64 count = 0;
    PlaceFinder(view, size, avoid, m_settings).forEach([&](QPoint) {
        ++count;
        return true;
    });
    return count;
}

Expected<QPoint> TipInserter::drawPlace(const ScanView &view, QSize size, const QList<QRect> &avoid,
                                        std::mt19937 &engine) const
{
    const PlaceFinder finder(view, size, avoid, m_settings);
    qint64 count = 0;
    finder.forEach([&](QPoint) {
        ++count;
        return true;
    });
    if (count == 0 || count > std::numeric_limits<int>::max())
        return makeError(
            ErrorCode::Validation,
            QStringLiteral("no place on the object where a %1×%2 threat fits among its contents (mean attenuation "
                           "at least %3)")
                .arg(size.width())
                .arg(size.height())
                .arg(m_settings.minCoverAttenuation));
    // Uniform over all accepted positions, so that small objects in large views are found at once.
    qint64 wanted = PortableRandom::uniformInt(engine, 0, int(count - 1));
    QPoint chosen;
    finder.forEach([&](QPoint p) {
        chosen = p;
        return wanted-- > 0;
    });
    return chosen;
}

Expected<TipInsertion> TipInserter::insert(Scan &scan, const ThreatImage &threat, std::mt19937 &engine) const
{
    const bool captured = threat.origin != QLatin1String("synthetic");
    const double rotation = m_settings.keepBeltAxis && captured
        ? 180.0 * PortableRandom::uniformInt(engine, 0, 1)
        : PortableRandom::uniformReal(engine, m_settings.minRotationDeg, m_settings.maxRotationDeg);
    const double scale = PortableRandom::uniformReal(engine, 1 - m_settings.scaleJitter, 1 + m_settings.scaleJitter);
    return insert(scan, threat, rotation, scale, engine);
}

Expected<TipInsertion> TipInserter::insert(Scan &scan, const ThreatImage &threat, double rotationDeg, double scale,
                                           std::mt19937 &engine) const
{
    const int index = m_settings.viewIndex;
    if (index < 0 || index >= scan.views.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("scan %1 has no view %2").arg(scan.id).arg(index));
    if (!(scale > 0))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("scale %1 is not positive").arg(scale));
    ScanView &view = scan.views[index];
    const ThreatImage placed = threat.transformed(rotationDeg, scale);
    if (placed.maskBounds().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("threat \"%1\" vanishes at scale %2").arg(threat.label.name).arg(scale));
    if (auto ok = checkProjectable(view, placed); !ok)
        return ok.error().withContext(scan.id);
    auto topLeft = drawPlace(view, QSize(placed.width, placed.height), truthBoxes(scan, index), engine);
    if (!topLeft)
        return topLeft.error().withContext(QStringLiteral("%1: threat \"%2\"").arg(scan.id, threat.label.name));
    const Difficulty difficulty{threatOverlap(view, placed, *topLeft), 0, rotationDeg};
    auto box = projectThreat(view, placed, *topLeft);
    if (!box)
        return box.error();
    TipInsertion insertion{truthFor(scan, placed, Region{index, QRectF(*box), {}}, difficulty), threat.label,
                           threat.origin, *topLeft, scale};
    scan.truth << insertion.truth;
    return insertion;
}

} // namespace pen
