// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/LuggageScene.h"

#include "scenes/ClutterItems.h"
#include "scenes/Concealment.h"
#include "scenes/SceneShapes.h"
#include "scenes/ThreatShapes.h"

namespace pen::LuggageScene {
namespace {

using namespace SceneShapes;

constexpr double Px = 10 / PixelMm; // pixels per cm

// A container's walls seen from above: both faces on every ray, the four sides edge-on.
QList<SceneObject> shell(const QRectF &r, const QString &material, double faceCm, double heightCm, double density)
{
    const double wall = 5;
    return {box(r, material, 2 * faceCm, density),
            box(QRectF(r.left(), r.top(), r.width(), wall), material, heightCm, density),
            box(QRectF(r.left(), r.bottom() - wall, r.width(), wall), material, heightCm, density),
            box(QRectF(r.left(), r.top(), wall, r.height()), material, heightCm, density),
            box(QRectF(r.right() - wall, r.top(), wall, r.height()), material, heightCm, density)};
}

QPointF somewhereIn(const QRectF &r, SceneRandom &random, double inset)
{
    return {random.uniform(r.left() + inset, r.right() - inset), random.uniform(r.top() + inset, r.bottom() - inset)};
}

QRectF itemBounds(const QList<SceneObject> &objects)
{
    QRectF united;
    for (const SceneObject &o : objects)
        united = united.united(o.shape == SceneObject::Shape::Polygon ? boundsOf(o.polygon) : o.bounds);
    return united;
}

struct Placed {
    Threat threat;
    Contraband plan;
    QList<SceneObject> cover;
    double zCm = 0;
};

// Threats first, so that easy (Open) ones can keep clutter off their rays.
QList<Placed> placeThreats(const ScenePlan &plan, const QRectF &inside, SceneRandom &random, const AttenuationTable &table)
{
    QList<Placed> placed;
    for (const Contraband &c : plan.contraband) {
        Placed p{ThreatShapes::byKind(c.kind, somewhereIn(inside, random, 20 * Px), PixelMm, random, table), c, {}, 0};
        p.cover = Concealments::luggageCover(c.concealment, itemBounds(p.threat.objects), inside, random);
        placed.append(p);
    }
    return placed;
}

QList<ClutterItem> clutter(const QRectF &inside, const QList<Placed> &threats, int count, SceneRandom &random)
{
    QList<ClutterItem> items;
    for (int i = 0; i < count; ++i) {
        ClutterItem item = ClutterItems::any(random, somewhereIn(inside, random, 12 * Px), PixelMm);
        const QRectF bounds = itemBounds(item.objects);
        const bool blocksEasy = std::any_of(threats.cbegin(), threats.cend(), [&](const Placed &p) {
            return p.plan.concealment == Concealment::Open && bounds.intersects(itemBounds(p.threat.objects));
        });
        if (!blocksEasy)
            items.append(item);
    }
    return items;
}

GroundTruthObject truthFor(const Placed &p, int index)
{
    GroundTruthObject truth;
    truth.id = QStringLiteral("o%1").arg(index + 1);
    truth.category = p.threat.category;
    truth.material = p.threat.material;
    truth.massKg = p.threat.massKg;
    truth.thicknessMm = p.threat.thicknessMm;
    truth.note = p.threat.note + QStringLiteral(", ") + Concealments::describe(p.plan.concealment);
    return truth;
}

SceneDraft startDraft(const ScenePlan &plan, const QString &scanner)
{
    SceneDraft draft;
    draft.id = plan.id;
    draft.kind = plan.kind;
    draft.scanner = scanner;
    return draft;
}

void addCompartment(SceneDraft &draft, const ScenePlan &plan, const QList<Placed> &threats, const QList<QList<int>> &cover)
{
    for (qsizetype i = 0; i < threats.size(); ++i) {
        if (!plan.recordCompartment || threats[i].plan.concealment != Concealment::FalseWall)
            continue;
        GroundTruthObject truth;
        truth.id = QStringLiteral("c%1").arg(i + 1);
        truth.category = QStringLiteral("hidden-compartment");
        truth.material = QStringLiteral("cellulose");
        truth.note = QStringLiteral("false bottom: plywood over a steel sheet");
        draft.addTarget(truth, {{0, cover[i].mid(0, 1)}}, 0);
    }
}

} // namespace

SceneDraft parcel(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    SceneDraft draft = startDraft(plan, QStringLiteral("PEN-Tournament synthetic parcel scanner 140 kV"));
    const double w = random.uniform(55, 90) * Px, h = random.uniform(32, 55) * Px, heightCm = random.uniform(20, 40);
    const double margin = random.uniform(60, 110);
    draft.views.append(DraftView{QStringLiteral("top"), int(w + 2 * margin), int(h + 2 * margin), PixelMm, {}});
    DraftView &view = draft.views[0];
    const QRectF outer(margin, margin, w, h);
    view.add(shell(outer, QStringLiteral("cellulose"), 0.5, heightCm, 0.6));
    const QRectF inside = outer.adjusted(8, 8, -8, -8);
    const QList<Placed> threats = placeThreats(plan, inside, random, table);
    for (const ClutterItem &item : clutter(inside, threats, random.integer(3, 9), random))
        view.add(item.objects);
    QList<QList<int>> covers;
    for (qsizetype i = 0; i < threats.size(); ++i) {
        const QList<int> own = view.add(threats[i].threat.objects);
        covers.append(view.add(threats[i].cover));
        draft.addTarget(truthFor(threats[i], int(i)), {{0, own}}, threats[i].threat.rotationDeg, {threats[i].threat.outline});
    }
    addCompartment(draft, plan, threats, covers);
    return draft;
}

SceneDraft baggage(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    SceneDraft draft = startDraft(plan, QStringLiteral("PEN-Tournament synthetic dual-view baggage scanner 140 kV"));
    const double length = random.uniform(60, 78) * Px, width = random.uniform(38, 50) * Px, heightCm = random.uniform(22, 32);
    const double margin = random.uniform(90, 140);
    const int imageW = int(length + 2 * margin);
    draft.views.append(DraftView{QStringLiteral("top"), imageW, int(width + 2 * margin), PixelMm, {}});
    draft.views.append(DraftView{QStringLiteral("side"), imageW, int(heightCm * Px + 2 * margin), PixelMm, {}});
    DraftView &top = draft.views[0];
    DraftView &side = draft.views[1];
    const double floorY = side.height - margin;
    const QRectF outer(margin, margin, length, width);
    top.add(shell(outer, QStringLiteral("polypropylene"), 0.3, heightCm, 0));
    side.add(shell(QRectF(margin, floorY - heightCm * Px, length, heightCm * Px), QStringLiteral("polypropylene"), 0.3,
                   width / Px, 0));
    for (double y : {outer.top() + 0.25 * width, outer.top() + 0.4 * width}) // trolley handle tubes
        top.add({box(QRectF(outer.left() + 10, y, length - 20, 2.5 * Px), QStringLiteral("aluminium"), 0.4)});
    side.add({box(QRectF(outer.left() + 10, floorY - 3 * Px, length - 20, 2.5 * Px), QStringLiteral("aluminium"), 0.8)});
    const QRectF inside = outer.adjusted(8, 8, -8, -8);
    QList<Placed> threats = placeThreats(plan, inside, random, table);
    for (ClutterItem item : clutter(inside, threats, random.integer(5, 11), random)) {
        item.zCm = random.uniform(0, std::max(0.0, heightCm - item.heightCm));
        top.add(item.objects);
        side.add(ClutterItems::sideView(item, PixelMm, floorY));
    }
    QList<QList<int>> covers;
    for (qsizetype i = 0; i < threats.size(); ++i) {
        const Placed &p = threats[i];
        const ClutterItem asItem{p.threat.objects, random.uniform(1, heightCm / 2), std::max(1.0, p.threat.thicknessMm / 10)};
        const QList<int> own = top.add(p.threat.objects);
        const QList<int> ownSide = side.add(ClutterItems::sideView(asItem, PixelMm, floorY));
        covers.append(top.add(p.cover));
        side.add(ClutterItems::sideView(ClutterItem{p.cover, asItem.zCm + asItem.heightCm, 1}, PixelMm, floorY));
        draft.addTarget(truthFor(p, int(i)), {{0, own}, {1, ownSide}}, p.threat.rotationDeg, {p.threat.outline});
    }
    addCompartment(draft, plan, threats, covers);
    return draft;
}

} // namespace pen::LuggageScene
