// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/ThreatShapes.h"

#include "synth/SceneShapes.h"

#include <cmath>

namespace pen::ThreatShapes {
namespace {

using namespace SceneShapes;

// Outline points in cm relative to the item's centre, scaled to pixels and placed.
QList<QPointF> outlineCm(const QList<QPointF> &cm, QPointF centre, double pixelMm, double degrees)
{
    QList<QPointF> px;
    for (const QPointF &p : cm)
        px.append(p * (10.0 / pixelMm));
    return placed(px, centre, degrees);
}

QList<QPointF> rectCm(double x, double y, double w, double h)
{
    return {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
}

Threat finish(Threat threat, double pixelMm, const AttenuationTable &table, int massObjects = -1)
{
    const QList<SceneObject> counted = massObjects < 0 ? threat.objects : threat.objects.mid(0, massObjects);
    threat.massKg = massKg(counted, pixelMm, table);
    return threat;
}

} // namespace

Threat drugBrick(QPointF centre, double pixelMm, double degrees, const QString &material, const AttenuationTable &table)
{
    Threat t{QStringLiteral("narcotics"), material, QStringLiteral("1 kg pressed brick"), {}, {}, 0, 35, degrees};
    t.objects << polygon(outlineCm(rectCm(-11, -7, 22, 14), centre, pixelMm, degrees), material, 3.5, 0.95)
              << polygon(outlineCm(rectCm(-11.3, -7.3, 22.6, 14.6), centre, pixelMm, degrees),
                         QStringLiteral("polyethylene"), 0.15);
    return finish(t, pixelMm, table, 1);
}

Threat drugPacks(QPointF centre, double pixelMm, double degrees, int count, const QString &material,
                 const AttenuationTable &table)
{
    Threat t{
        QStringLiteral("narcotics"), material, QStringLiteral("%1 small packs").arg(count), {}, {}, 0, 30, degrees};
    const int perRow = std::max(1, int(std::ceil(std::sqrt(double(count)))));
    for (int i = 0; i < count; ++i) {
        // A loose but fixed pattern: alternate rows shifted, every pack slightly turned.
        const QPointF offsetCm((i % perRow) * 10.5 + (i / perRow % 2) * 3.0, (i / perRow) * 6.5);
        const QPointF at = centre + placed({offsetCm * (10.0 / pixelMm)}, {}, degrees).first();
        t.objects << ellipse(boundsOf(outlineCm(rectCm(-5, -3, 10, 6), at, pixelMm, 0)), material, 3.0, 0.9);
    }
    return finish(t, pixelMm, table);
}

Threat cigaretteGrid(const QRectF &area, double pixelMm, double cellWCm, double cellHCm, double depthCm,
                     const QString &unit, const AttenuationTable &table)
{
    Threat t{QStringLiteral("cigarettes"), QStringLiteral("cellulose"), {}, {}, {}, 0, depthCm * 10, 0};
    const double cw = cellWCm * 10 / pixelMm, ch = cellHCm * 10 / pixelMm;
    const int cols = std::max(1, int(area.width() / cw)), rows = std::max(1, int(area.height() / ch));
    // Tobacco packs are about 0.2 g/cm³; the 1-px gap is where the card walls of two cells meet.
    const double gap = std::min(1.0, cw / 8);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            t.objects << box(QRectF(area.left() + c * cw, area.top() + r * ch, cw - gap, ch - gap),
                             QStringLiteral("cellulose"), depthCm, 0.2);
    t.objects << box(QRectF(area.left(), area.top(), cols * cw, rows * ch), QStringLiteral("cellulose"), 0.6, 0.7);
    t.note = QStringLiteral("%1 %2 in a regular %3 x %4 layout").arg(rows * cols).arg(unit).arg(cols).arg(rows);
    return finish(t, pixelMm, table);
}

Threat currency(QPointF centre, double pixelMm, double degrees, int count, int stackDepth,
                const AttenuationTable &table)
{
    Threat t{QStringLiteral("currency"),
             QStringLiteral("cellulose"),
             QStringLiteral("%1 bundles of banknotes").arg(count * stackDepth),
             {},
             {},
             0,
             stackDepth * 11.0,
             degrees};
    for (int i = 0; i < count; ++i)
        t.objects << polygon(
            outlineCm(rectCm(-7.5 + (i % 2) * 15.5, -3.5 + (i / 2) * 7.5, 15, 7), centre, pixelMm, degrees),
            QStringLiteral("cellulose"), 1.1 * stackDepth, 0.85);
    return finish(t, pixelMm, table);
}

Threat pistol(QPointF centre, double pixelMm, double degrees, const AttenuationTable &table)
{
    // Lying flat: the beam crosses the slide's two 3.5 mm walls, not 2.5 cm of solid steel, so the
    // pistol shows dark blue with its barrel, spring, locking block and magazine inside, as on a console.
    Threat t{QStringLiteral("weapon"),
             QStringLiteral("steel_304"),
             QStringLiteral("semi-automatic pistol"),
             {},
             {},
             0,
             7,
             degrees};
    const QString steel = QStringLiteral("steel_304");
    const QList<QPointF> grip{{-8.5, -3.3}, {-2.5, -3.3}, {-3.5, 6.5}, {-9.5, 6.5}};
    const QList<QPointF> magazine{{-7.6, -3.0}, {-4.0, -3.0}, {-4.8, 6.0}, {-8.4, 6.0}};
    const QList<QPointF> spring{{-7.0, -2.6}, {-4.6, -2.6}, {-5.3, 5.2}, {-7.7, 5.2}};
    const QList<QPointF> guard{{-2.5, -3.3}, {1.5, -3.3}, {1.0, -0.5}, {-3.0, -0.5}};
    const QList<QPointF> trigger{{-1.6, -3.3}, {-0.9, -3.3}, {-1.3, -1.4}, {-1.9, -1.6}};
    auto part = [&](const QList<QPointF> &cm, const QString &material, double thicknessCm) {
        t.objects << polygon(outlineCm(cm, centre, pixelMm, degrees), material, thicknessCm);
    };
    part(rectCm(-9.5, -6.5, 19, 3.2), steel, 0.7);                      // slide: both walls
    part(rectCm(-6.0, -5.7, 15.2, 1.3), steel, 0.3);                    // barrel, seen through its bore
    part(rectCm(-3.5, -4.3, 11.5, 0.6), steel, 0.25);                   // recoil spring and guide rod
    part(rectCm(-1.2, -3.7, 3.2, 0.9), steel, 0.6);                     // locking block
    part(rectCm(-9.0, -3.5, 15.5, 1.2), QStringLiteral("nylon6"), 2.2); // frame under the slide
    part(magazine, steel, 0.2);                                         // magazine body: two 1 mm walls
    part(spring, steel, 0.12);                                          // magazine spring and follower
    part(grip, QStringLiteral("nylon6"), 3.0);
    part(guard, QStringLiteral("nylon6"), 1.0);
    part(trigger, steel, 0.4);
    part(rectCm(-9.3, -7.0, 0.8, 0.5), steel, 0.5); // sights
    part(rectCm(8.3, -7.0, 0.6, 0.5), steel, 0.5);
    for (double x : {-7.0, -1.0, 1.2}) // frame pins
        part(rectCm(x, -3.0, 0.35, 0.35), steel, 2.2);
    t.outline = outlineCm({{-9.5, -7.0}, {9.5, -7.0}, {9.5, -3.3}, {-2.5, -3.3}, {-3.5, 6.5}, {-9.5, 6.5}}, centre,
                          pixelMm, degrees);
    return finish(t, pixelMm, table);
}

Threat knife(QPointF centre, double pixelMm, double degrees, const AttenuationTable &table)
{
    Threat t{QStringLiteral("weapon"),
             QStringLiteral("steel_304"),
             QStringLiteral("fixed-blade knife"),
             {},
             {},
             0,
             3,
             degrees};
    const QList<QPointF> blade{{-2, -1.6}, {14, -1.6}, {17, 0}, {14, 0.8}, {-2, 1.0}};
    t.objects << polygon(outlineCm(blade, centre, pixelMm, degrees), QStringLiteral("steel_304"), 0.3)
              << polygon(outlineCm(rectCm(-12, -1.5, 10, 3), centre, pixelMm, degrees), QStringLiteral("polypropylene"),
                         2.2)
              << polygon(outlineCm(rectCm(-11.5, -0.5, 9.5, 1), centre, pixelMm, degrees), QStringLiteral("steel_304"),
                         0.3);
    t.outline = outlineCm({{-12, -1.6}, {14, -1.6}, {17, 0}, {14, 1.5}, {-12, 1.5}}, centre, pixelMm, degrees);
    return finish(t, pixelMm, table);
}

Threat explosive(QPointF centre, double pixelMm, double degrees, const QString &material, const AttenuationTable &table)
{
    Threat t{QStringLiteral("explosive"),
             material,
             QStringLiteral("%1 block with detonator").arg(material),
             {},
             {},
             0,
             25,
             degrees};
    t.objects << polygon(outlineCm(rectCm(-14, -2.5, 28, 5), centre, pixelMm, degrees), material, 2.5, 1.6)
              << polygon(outlineCm(rectCm(-14.2, -2.7, 28.4, 5.4), centre, pixelMm, degrees),
                         QStringLiteral("polyethylene"), 0.1)
              << polygon(outlineCm(rectCm(-2, -0.35, 6, 0.7), centre, pixelMm, degrees), QStringLiteral("aluminium"),
                         0.7)
              << polygon(outlineCm(rectCm(4, -0.15, 12, 0.3), centre, pixelMm, degrees), QStringLiteral("copper"), 0.1);
    t.outline = outlineCm({{-14.2, -2.7}, {16, -2.7}, {16, 2.7}, {-14.2, 2.7}}, centre, pixelMm, degrees);
    return finish(t, pixelMm, table, 1);
}

} // namespace pen::ThreatShapes

namespace pen::ThreatShapes {

Threat byKind(const QString &kind, QPointF centre, double pixelMm, SceneRandom &random, const AttenuationTable &table)
{
    const double degrees = random.uniform(-40, 40);
    if (kind == u"cocaine")
        return random.chance(0.6)
            ? drugBrick(centre, pixelMm, degrees, QStringLiteral("cocaine_hcl"), table)
            : drugPacks(centre, pixelMm, degrees, random.integer(3, 8), QStringLiteral("cocaine_hcl"), table);
    if (kind == u"heroin")
        return drugBrick(centre, pixelMm, degrees, QStringLiteral("heroin_base"), table);
    if (kind == u"pistol")
        return pistol(centre, pixelMm, degrees, table);
    if (kind == u"knife")
        return knife(centre, pixelMm, degrees, table);
    if (kind == u"explosive")
        return explosive(centre, pixelMm, degrees, random.chance(0.5) ? QStringLiteral("rdx") : QStringLiteral("tnt"),
                         table);
    if (kind == u"currency")
        return currency(centre, pixelMm, degrees, random.integer(2, 6), random.integer(1, 3), table);
    // Cartons of 10 packs (27.5 x 8.8 cm, 4.4 cm deep) in their regular block.
    const double px = 10 / pixelMm;
    const int cols = random.integer(1, 2), rows = random.integer(2, 4);
    const QRectF area(centre.x() - cols * 27.5 * px / 2, centre.y() - rows * 8.8 * px / 2, cols * 27.5 * px,
                      rows * 8.8 * px);
    return cigaretteGrid(area, pixelMm, 27.5, 8.8, 4.4, QStringLiteral("cartons"), table);
}

} // namespace pen::ThreatShapes
