// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoParts.h"

#include "scenes/Concealment.h"
#include "scenes/SceneShapes.h"

namespace pen::CargoParts {
namespace {

using namespace SceneShapes;

const QString Iron = QStringLiteral("iron");

QRectF frac(const QRectF &r, double x0, double y0, double x1, double y1)
{
    return QRectF(r.left() + x0 * r.width(), r.top() + y0 * r.height(), (x1 - x0) * r.width(), (y1 - y0) * r.height());
}

QList<QPointF> profile(const QRectF &r, const QList<QPointF> &fractions)
{
    QList<QPointF> points;
    for (const QPointF &f : fractions)
        points.append(QPointF(r.left() + f.x() * r.width(), r.top() + f.y() * r.height()));
    return points;
}

QList<SceneObject> wheel(QPointF centre, double diameter, double px)
{
    const QRectF tyre(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter);
    const double rim = diameter * 0.6;
    return {ellipse(tyre, QStringLiteral("rubber_natural"), 20, 1.1),
            ellipse(QRectF(centre.x() - rim / 2, centre.y() - rim / 2, rim, rim), QStringLiteral("aluminium"), 8),
            ellipse(QRectF(centre.x() - 8 * px, centre.y() - 8 * px, 16 * px, 16 * px), Iron, 12)};
}

// The material of cigarettes (master cases of 50 cartons, 58 x 28 cm from the side) or cocaine
// bricks (22 x 7 cm on edge) as a regular block filling area.
Threat cargoBlock(const QString &kind, const QRectF &area, double depthCm, double pixelMm, const AttenuationTable &table)
{
    if (kind != u"cocaine" && kind != u"heroin")
        return ThreatShapes::cigaretteGrid(area, pixelMm, 58, 28, depthCm, QStringLiteral("master cases"), table);
    Threat t = ThreatShapes::cigaretteGrid(area, pixelMm, 22, 7, depthCm, QStringLiteral("bricks"), table);
    t.category = QStringLiteral("narcotics");
    t.material = kind == u"cocaine" ? QStringLiteral("cocaine_hcl") : QStringLiteral("heroin_base");
    for (SceneObject &o : t.objects)
        if (o.densityGcm3 < 0.5) {
            o.material = t.material;
            o.densityGcm3 = 0.95;
        }
    t.massKg = massKg(t.objects, pixelMm, table);
    return t;
}

HiddenItem containerItem(const Contraband &c, const QRectF &inside, const QList<QRectF> &pallets, double px,
                         SceneRandom &random, const AttenuationTable &table, Hidden &hidden)
{
    const double pixelMm = 10 / px;
    HiddenItem item;
    item.how = c.concealment;
    const QRectF pallet = pallets.isEmpty() ? inside : random.pick(pallets);
    if (c.concealment == Concealment::FalseWall) { // a false front wall with a strip of goods behind it
        const QRectF strip(inside.left() + 2, inside.top() + 2, random.uniform(50, 90) * px, inside.height() - 4);
        item.structure << box(QRectF(strip.right(), inside.top(), 3, inside.height()), Iron, 30);
        item.threat = cargoBlock(c.kind, strip.adjusted(2, 2, -2, -2), 90, pixelMm, table);
        hidden.replaces << strip.adjusted(0, 0, 6, 0);
        return item;
    }
    const double w = std::min(pallet.width(), random.uniform(0.5, 1.0) * pallet.width());
    const double h = c.concealment == Concealment::Open ? pallet.height() : random.uniform(0.3, 0.6) * pallet.height();
    const QRectF block(pallet.left() + random.uniform(0, pallet.width() - w), pallet.bottom() - h, w, h);
    if (c.kind == u"cigarettes" || c.kind == u"cocaine" || c.kind == u"heroin")
        item.threat = cargoBlock(c.kind, block, random.uniform(60, 110), pixelMm, table);
    else
        item.threat = ThreatShapes::byKind(c.kind, block.center(), pixelMm, random, table);
    if (c.concealment != Concealment::BehindDense) // behind: the goods stay on the same rays
        hidden.replaces << block;
    return item;
}

} // namespace

QList<SceneObject> containerShell(const QRectF &walls, double px)
{
    // Side walls: two corrugated 1.6-2 mm steel sheets on every ray; the roof, floor and end walls
    // are seen edge-on (2.35 m of steel or plywood along the beam) and show as dark bands.
    QList<SceneObject> shell{box(walls, Iron, 0.32)};
    for (double x = walls.left(); x < walls.right(); x += 28 * px)
        shell << box(QRectF(x, walls.top(), 14 * px, walls.height()), Iron, 0.12);
    shell << box(QRectF(walls.left(), walls.top(), walls.width(), 3), Iron, 25)
          << box(QRectF(walls.left(), walls.bottom() - 5 * px, walls.width(), 5 * px), QStringLiteral("cellulose"), 60, 0.7)
          << box(QRectF(walls.left(), walls.top(), 4, walls.height()), Iron, 30)
          << box(QRectF(walls.right() - 6, walls.top(), 6, walls.height()), Iron, 35);
    for (int bar = 0; bar < 4; ++bar) // door locking bars
        shell << box(QRectF(walls.right() - 14 - bar * 9 * px, walls.top() + 10, 3, walls.height() - 20), Iron, 6);
    return shell;
}

QList<SceneObject> trailer(const QRectF &area, double px)
{
    QList<SceneObject> parts{box(QRectF(area.left(), area.top(), area.width(), 22 * px), Iron, 1.2),
                             box(QRectF(area.left() + area.width() * 0.25, area.top(), 6 * px, 70 * px), Iron, 4)};
    for (int axle = 0; axle < 3; ++axle)
        parts << wheel(QPointF(area.right() - (60 + axle * 135) * px, area.bottom() - 52 * px), 104 * px, px);
    return parts;
}

VehicleBody vehicleBody(const QRectF &r, bool van, double px, SceneRandom &random)
{
    VehicleBody body;
    const QList<QPointF> outline = van ? profile(r, {{0, 0.5}, {0.03, 0.33}, {0.14, 0.24}, {0.22, 0.02}, {1, 0.02}, {1, 0.86}, {0, 0.86}})
                                       : profile(r, {{0, 0.5}, {0.02, 0.4}, {0.28, 0.36}, {0.4, 0.04}, {0.72, 0.02}, {0.93, 0.33}, {1, 0.43}, {1, 0.86}, {0, 0.86}});
    const double diameter = (van ? 70 : 64) * px;
    body.objects << polygon(outline, Iron, 0.2)
                 << box(frac(r, 0.02, 0.82, 0.98, 0.83), Iron, 15)                       // floor pan, edge-on
                 << box(frac(r, van ? 0.16 : 0.3, van ? 0.1 : 0.1, van ? 0.3 : 0.7, van ? 0.3 : 0.33), QStringLiteral("glass_soda_lime"), 0.8)
                 << box(frac(r, 0.02, 0.45, 0.2, 0.78), QStringLiteral("aluminium"), 35)     // engine
                 << box(frac(r, 0.05, 0.55, 0.15, 0.72), Iron, 10)
                 << box(frac(r, 0.6, 0.76, 0.75, 0.84), QStringLiteral("polyethylene"), 50, 0.74) // fuel tank
                 << box(frac(r, 0.2, 0.86, 0.98, 0.87), Iron, 3)                           // exhaust
                 << box(frac(r, 0.3, 0.5, 0.45, 0.53), Iron, 3);                           // door intrusion beam
    for (double x : {0.36, van ? 0.25 : 0.58})
        body.objects << box(frac(r, x, 0.4, x + 0.1, 0.8), QStringLiteral("polyethylene"), 120, 0.06); // seats
    body.objects << wheel(QPointF(r.left() + 0.16 * r.width(), r.bottom() - diameter / 2), diameter, px)
                 << wheel(QPointF(r.left() + 0.82 * r.width(), r.bottom() - diameter / 2), diameter, px);
    body.doorArea = frac(r, 0.3, 0.45, 0.48, 0.78);
    body.floorArea = frac(r, van ? 0.4 : 0.55, 0.74, 0.95, 0.81);
    body.cargoArea = van ? frac(r, 0.38, 0.08, 0.97, 0.72) : frac(r, 0.8, 0.4, 0.97, 0.78);
    if (van) { // cartons of goods in the load space, on a shelf of random height
        const double top = random.uniform(0.2, 0.6);
        const QRectF stack(body.cargoArea.left(), body.cargoArea.top() + top * body.cargoArea.height(),
                           body.cargoArea.width(), (1 - top) * body.cargoArea.height());
        for (double y = stack.bottom() - 40 * px; y >= stack.top(); y -= 40 * px)
            for (double x = stack.left(); x + 50 * px <= stack.right(); x += 50 * px)
                body.goods << box(QRectF(x, y, 50 * px - 1, 40 * px - 1), QStringLiteral("cellulose"), 150, 0.1);
    }
    return body;
}

Hidden hideInContainer(const ScenePlan &plan, const QRectF &inside, const QList<QRectF> &pallets, double px,
                       SceneRandom &random, const AttenuationTable &table)
{
    Hidden hidden;
    hidden.recordCompartment = plan.recordCompartment;
    for (const Contraband &c : plan.contraband)
        hidden.items << containerItem(c, inside, pallets, px, random, table, hidden);
    if (plan.inconsistency == u"undeclared-goods") {
        const bool cigarettes = random.chance(0.6);
        HiddenItem item = containerItem({QStringLiteral("cigarettes"), Concealment::InsideGoods}, inside, pallets, px, random, table, hidden);
        if (!cigarettes) { // another kind of goods than declared: a block of bales among the load
            item.threat.category = QStringLiteral("other");
            item.threat.note = QStringLiteral("undeclared goods: bales of textiles");
            for (SceneObject &o : item.threat.objects)
                o.material = QStringLiteral("pet_polyester");
            item.threat.massKg = massKg(item.threat.objects, 10 / px, table);
        }
        item.inconsistency = QStringLiteral("undeclared-goods");
        hidden.items << item;
    }
    return hidden;
}

Hidden hideInVehicle(const ScenePlan &plan, const VehicleBody &body, double px, SceneRandom &random,
                     const AttenuationTable &table)
{
    Hidden hidden;
    hidden.recordCompartment = plan.recordCompartment;
    const double pixelMm = 10 / px;
    for (const Contraband &c : plan.contraband) {
        HiddenItem item;
        item.how = c.concealment;
        QRectF area = body.cargoArea.adjusted(4, body.cargoArea.height() * 0.5, -4, -4);
        double depth = 60;
        if (c.concealment == Concealment::BehindDense) { // in the door cavity, behind panels and beams
            area = body.doorArea;
            depth = 16;
        } else if (c.concealment == Concealment::FalseWall) { // under a false floor plate
            area = body.floorArea;
            depth = 120;
            item.structure << box(QRectF(area.left(), area.top() - 2, area.width(), 2), Iron, 40);
        } else if (c.concealment == Concealment::InsideGoods) {
            hidden.replaces << area;
        }
        item.threat = c.kind == u"cigarettes" ? ThreatShapes::cigaretteGrid(area, pixelMm, 27.5, 4.4, depth, QStringLiteral("cartons"), table)
                                              : ThreatShapes::byKind(c.kind, area.center(), pixelMm, random, table);
        hidden.items << item;
    }
    return hidden;
}

void addHidden(SceneDraft &draft, const Hidden &hidden)
{
    DraftView &view = draft.views[0];
    for (qsizetype i = 0; i < hidden.items.size(); ++i) {
        const HiddenItem &item = hidden.items[i];
        const QList<int> structure = view.add(item.structure);
        const QList<int> own = view.add(item.threat.objects);
        GroundTruthObject truth{QStringLiteral("o%1").arg(draft.targets.size() + 1), item.threat.category, {}, item.threat.material,
                                item.threat.massKg, item.threat.note + QStringLiteral(", ") + Concealments::describe(item.how),
                                item.threat.thicknessMm};
        truth.inconsistency = item.inconsistency;
        draft.addTarget(truth, {{0, own}}, item.threat.rotationDeg, {item.threat.outline});
        if (hidden.recordCompartment && !structure.isEmpty()) {
            GroundTruthObject wall;
            wall.id = QStringLiteral("o%1").arg(draft.targets.size() + 1);
            wall.category = QStringLiteral("hidden-compartment");
            wall.material = Iron;
            wall.note = QStringLiteral("false wall or floor with goods behind it");
            draft.addTarget(wall, {{0, structure + own}}, 0);
        }
    }
}

void declare(CargoResult &result, const ScenePlan &plan, const QList<QRectF> &cargo, SceneRandom &random)
{
    if (!plan.declaration)
        return;
    const bool mismatch = !plan.inconsistency.isEmpty() && plan.inconsistency != u"undeclared-goods";
    result.draft.declaration = mismatch ? DeclarationMaker::inconsistent(plan.inconsistency, result.shipment, random)
                                        : DeclarationMaker::honest(result.shipment, random);
    if (!mismatch)
        return;
    QRectF area;
    for (const QRectF &r : cargo)
        area = area.united(r);
    QList<int> goods;
    const DraftView &view = result.draft.views[0];
    for (int i = 0; i < view.objects.size(); ++i)
        if (area.contains(view.objects[i].bounds))
            goods.append(i);
    GroundTruthObject truth;
    truth.id = QStringLiteral("o%1").arg(result.draft.targets.size() + 1);
    truth.category = QStringLiteral("other");
    truth.massKg = result.shipment.goodsMassKg;
    truth.note = QStringLiteral("declaration does not match the load: %1").arg(plan.inconsistency);
    truth.inconsistency = plan.inconsistency;
    result.draft.addTarget(truth, {{0, goods}}, 0);
}

} // namespace pen::CargoParts
