// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoParts.h"

#include "scenes/Concealment.h"
#include "synth/SceneShapes.h"

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

// A wheel from the side: tyre with its tread and steel belts, rim, brake disc or drum, hub and axle end.
QList<SceneObject> wheel(QPointF centre, double diameter, double px)
{
    const double r = diameter / 2, rim = diameter * 0.32;
    return {polygon(ring(centre, r, r, r - rim, 32), QStringLiteral("rubber_natural"), 22, 1.1),
            polygon(ring(centre, r - 2 * px, r - 2 * px, 1.2 * px, 32), Iron, 1.2),
            polygon(ring(centre, rim, rim, 2.5 * px, 28), Iron, 6),
            ellipse(QRectF(centre.x() - rim, centre.y() - rim, 2 * rim, 2 * rim), QStringLiteral("aluminium"), 4),
            polygon(ring(centre, rim * 0.8, rim * 0.8, rim * 0.35, 24), Iron, 2.5),
            ellipse(QRectF(centre.x() - 8 * px, centre.y() - 8 * px, 16 * px, 16 * px), Iron, 14)};
}

// The material of cigarettes (master cases of 50 cartons, 58 x 28 cm from the side) or cocaine
// bricks (22 x 7 cm on edge) as a regular block filling area.
Threat cargoBlock(const QString &kind, const QRectF &area, double depthCm, double pixelMm,
                  const AttenuationTable &table)
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
    const double depthCm = random.uniform(60, 110);
    if (c.kind == u"cigarettes" || c.kind == u"cocaine" || c.kind == u"heroin")
        item.threat = cargoBlock(c.kind, block, depthCm, pixelMm, table);
    else
        item.threat = ThreatShapes::byKind(c.kind, block.center(), pixelMm, random, table);
    if (c.concealment == Concealment::Open)
        hidden.replaces << block;
    else if (c.concealment == Concealment::InsideGoods) // the rest of the load's depth stays in front and behind
        hidden.thinned << qMakePair(block, std::max(0.2, 1 - depthCm / 235));
    else // behind: the goods stay, and a crate of steel parts stands on the same rays
        item.cover << box(block, Iron, random.uniform(0.4, 0.8))
                   << box(block.adjusted(6 * px, 6 * px, -6 * px, -6 * px), Iron, 0.6)
                   << box(QRectF(block.left(), block.center().y() - 4 * px, block.width(), 8 * px), Iron, 3);
    return item;
}

} // namespace

QList<SceneObject> containerShell(const QRectF &walls, double px)
{
    // Side walls: two trapezoid-corrugated 1.6 mm steel sheets on every ray, their slopes (crossed at a
    // slant) a little darker every 27.8 cm. Like the loads (CargoGoods.h), the steel is scaled to what it
    // weighs against them in a MeV image (a tenth of a wood load's attenuation, not half as at 140 kV),
    // so that the goods keep their own colour. The roof, floor and end walls are seen edge-on (2.35 m of
    // steel or plywood along the beam) and show as dark bands; cross-members under the floor as a comb.
    QList<SceneObject> shell{box(walls, Iron, 0.1)};
    for (double x = walls.left() + 15 * px; x + 20 * px < walls.right() - 15 * px; x += 27.8 * px)
        shell << box(QRectF(x, walls.top() + 10 * px, 3.5 * px, walls.height() - 26 * px), Iron, 0.08)
              << box(QRectF(x + 10.5 * px, walls.top() + 10 * px, 3.5 * px, walls.height() - 26 * px), Iron, 0.08)
              << box(QRectF(x + 3.5 * px, walls.top() + 10 * px, 7 * px, walls.height() - 26 * px), Iron, 0.02);
    shell << box(QRectF(walls.left(), walls.top(), walls.width(), 3), Iron, 25)                     // roof, edge-on
          << box(QRectF(walls.left(), walls.top(), walls.width(), 10 * px), Iron, 0.4)              // top side rails
          << box(QRectF(walls.left(), walls.bottom() - 16 * px, walls.width(), 16 * px), Iron, 0.5) // bottom side rails
          << box(QRectF(walls.left(), walls.bottom() - 18 * px, walls.width(), 2.8 * px), QStringLiteral("cellulose"),
                 25, 0.7);                                                             // floor
    for (double x = walls.left() + 10 * px; x < walls.right() - 10 * px; x += 30 * px) // floor cross-members
        shell << box(QRectF(x, walls.bottom() - 15 * px, 1.2 * px, 12 * px), Iron, 8)
              << box(QRectF(x - 2 * px, walls.bottom() - 3.5 * px, 5 * px, 1.2 * px), Iron, 8);
    // Front end: corner posts and the corrugated end wall edge-on; corner castings at the four corners.
    shell << box(QRectF(walls.left(), walls.top(), 4, walls.height()), Iron, 30)
          << box(QRectF(walls.left(), walls.top(), 15 * px, walls.height()), Iron, 1.5);
    for (double x : {walls.left(), walls.right() - 18 * px})
        for (double y : {walls.top(), walls.bottom() - 12 * px})
            shell << box(QRectF(x, y, 18 * px, 12 * px), Iron, 12);
    // Door end: the door frame (corner posts, header, sill), the leaves edge-on, four locking bars with
    // their cams at top and bottom and a handle each.
    shell << box(QRectF(walls.right() - 6, walls.top(), 6, walls.height()), Iron, 35)
          << box(QRectF(walls.right() - 17 * px, walls.top(), 17 * px, walls.height()), Iron, 1.8)
          << box(QRectF(walls.right() - 30 * px, walls.top(), 30 * px, 12 * px), Iron, 3)
          << box(QRectF(walls.right() - 30 * px, walls.bottom() - 14 * px, 30 * px, 14 * px), Iron, 3);
    for (int bar = 0; bar < 4; ++bar) {
        const double x = walls.right() - 14 - bar * 9 * px;
        shell << box(QRectF(x, walls.top() + 10, 3, walls.height() - 20), Iron, 6)
              << box(QRectF(x - 1.5 * px, walls.top() + 8 * px, 4 * px, 6 * px), Iron, 6)
              << box(QRectF(x - 1.5 * px, walls.bottom() - 16 * px, 4 * px, 6 * px), Iron, 6)
              << box(QRectF(x - 3 * px, walls.top() + walls.height() * 0.55, 8 * px, 2 * px), Iron, 4);
    }
    return shell;
}

QList<SceneObject> trailer(const QRectF &area, double px)
{
    // Chassis: two main beams (I-section, webs on every ray), cross-members, twist locks, landing legs,
    // three axles with twin tyres, their rims and drums, and the air tanks.
    QList<SceneObject> parts{box(QRectF(area.left(), area.top(), area.width(), 30 * px), Iron, 0.5),
                             box(QRectF(area.left(), area.top(), area.width(), 3 * px), Iron, 3),
                             box(QRectF(area.left(), area.top() + 27 * px, area.width(), 3 * px), Iron, 3)};
    for (double x = area.left() + 20 * px; x < area.right() - 20 * px; x += 60 * px)
        parts << box(QRectF(x, area.top() + 3 * px, 1.5 * px, 24 * px), Iron, 5);
    for (double x : {area.left() + 30 * px, area.right() - 50 * px}) // twist locks under the corner castings
        parts << box(QRectF(x, area.top() - 2 * px, 10 * px, 5 * px), Iron, 10);
    const double legX = area.left() + area.width() * 0.25;
    parts << box(QRectF(legX, area.top() + 30 * px, 8 * px, 50 * px), Iron, 3)
          << box(QRectF(legX + 2 * px, area.top() + 50 * px, 4 * px, 30 * px), Iron, 4)
          << box(QRectF(legX - 4 * px, area.top() + 78 * px, 16 * px, 3 * px), Iron, 6)
          << box(QRectF(legX + 40 * px, area.top() + 32 * px, 45 * px, 22 * px), Iron, 0.6); // air tank
    for (int axle = 0; axle < 3; ++axle) {
        const QPointF centre(area.right() - (80 + axle * 131) * px, area.bottom() - 52 * px);
        parts << wheel(centre, 104 * px, px)
              << box(QRectF(centre.x() - 45 * px, area.top() + 30 * px, 90 * px, 8 * px), Iron, 2); // leaf spring
    }
    return parts;
}

// The engine bay: block with its cylinder bores, head, gearbox, radiator, and a lead-acid battery.
QList<SceneObject> engineBay(const QRectF &r, double px)
{
    QList<SceneObject> parts{box(frac(r, 0.1, 0.15, 0.75, 0.9), QStringLiteral("aluminium"), 30),
                             box(frac(r, 0.15, 0.05, 0.7, 0.2), QStringLiteral("aluminium"), 20),
                             box(frac(r, 0.7, 0.4, 0.98, 0.85), QStringLiteral("aluminium"), 18),
                             box(frac(r, 0.0, 0.1, 0.04, 0.85), QStringLiteral("aluminium"), 3),
                             box(frac(r, 0.75, 0.0, 0.95, 0.25), QStringLiteral("lead"), 2.5),
                             box(frac(r, 0.2, 0.75, 0.65, 0.9), Iron, 12)}; // crankshaft
    for (int i = 0; i < 4; ++i) // cylinder liners, steel in the aluminium block
        parts << box(frac(r, 0.15 + i * 0.14, 0.3, 0.15 + i * 0.14 + 0.1, 0.65), Iron, 1.2)
              << box(frac(r, 0.17 + i * 0.14, 0.2, 0.17 + i * 0.14 + 0.05, 0.3), Iron, 4); // valves and springs
    parts << box(QRectF(r.left() - 2 * px, r.bottom() - 6 * px, r.width() * 0.4, 3 * px), Iron, 6); // subframe
    return parts;
}

// A seat from the side: foam, the steel frame round it, springs in the cushion, rails under it.
QList<SceneObject> seat(const QRectF &r, double px)
{
    QList<SceneObject> parts{box(r, QStringLiteral("polyethylene"), 120, 0.06),
                             box(QRectF(r.left(), r.top(), 1.2 * px, r.height()), Iron, 3),
                             box(QRectF(r.left(), r.bottom() - 12 * px, r.width(), 1.5 * px), Iron, 3),
                             box(QRectF(r.left() - 3 * px, r.bottom() - 3 * px, r.width() + 6 * px, 2 * px), Iron, 6)};
    for (double x = r.left() + 3 * px; x < r.right() - 3 * px; x += 5 * px)
        parts << box(QRectF(x, r.bottom() - 10 * px, 0.6 * px, 8 * px), Iron, 2);
    return parts;
}

VehicleBody vehicleBody(const QRectF &r, bool van, double px, SceneRandom &random)
{
    VehicleBody body;
    const QList<QPointF> outline = van
        ? profile(r, {{0, 0.5}, {0.03, 0.33}, {0.14, 0.24}, {0.22, 0.02}, {1, 0.02}, {1, 0.86}, {0, 0.86}})
        : profile(r,
                  {{0, 0.5},
                   {0.02, 0.4},
                   {0.28, 0.36},
                   {0.4, 0.04},
                   {0.72, 0.02},
                   {0.93, 0.33},
                   {1, 0.43},
                   {1, 0.86},
                   {0, 0.86}});
    const double diameter = (van ? 70 : 64) * px;
    body.objects << polygon(outline, Iron, 0.2) << box(frac(r, 0.02, 0.82, 0.98, 0.83), Iron, 15) // floor pan, edge-on
                 << box(frac(r, van ? 0.16 : 0.3, van ? 0.1 : 0.1, van ? 0.3 : 0.7, van ? 0.3 : 0.33),
                        QStringLiteral("glass_soda_lime"), 0.8)
                 << engineBay(frac(r, 0.01, 0.42, 0.21, 0.8), px)
                 << box(frac(r, 0.6, 0.76, 0.75, 0.84), QStringLiteral("polyethylene"), 50, 0.74) // fuel tank
                 << box(frac(r, 0.2, 0.86, 0.98, 0.87), Iron, 3)                                  // exhaust
                 << box(frac(r, 0.62, 0.855, 0.72, 0.885), Iron, 1.5)                             // silencer
                 << box(frac(r, 0.3, 0.5, 0.45, 0.53), Iron, 3)                                   // door intrusion beam
                 << box(frac(r, 0.29, 0.35, 0.3, 0.8), Iron, 8)                                   // B pillar
                 << box(frac(r, 0.2, 0.3, 0.24, 0.36), QStringLiteral("polypropylene"), 40, 0.6)  // dashboard
                 << box(frac(r, 0.22, 0.33, 0.29, 0.345), Iron, 3);                               // steering column
    for (double x : {0.36, van ? 0.25 : 0.58})
        body.objects << seat(frac(r, x, 0.4, x + 0.1, 0.8), px);
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
        HiddenItem item = containerItem({QStringLiteral("cigarettes"), Concealment::InsideGoods}, inside, pallets, px,
                                        random, table, hidden);
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
        item.threat = c.kind == u"cigarettes"
            ? ThreatShapes::cigaretteGrid(area, pixelMm, 27.5, 4.4, depth, QStringLiteral("cartons"), table)
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
        view.add(item.cover);
        const QList<int> own = view.add(item.threat.objects);
        GroundTruthObject truth{QStringLiteral("o%1").arg(draft.targets.size() + 1),
                                item.threat.category,
                                {},
                                item.threat.material,
                                item.threat.massKg,
                                item.threat.note + QStringLiteral(", ") + Concealments::describe(item.how),
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
