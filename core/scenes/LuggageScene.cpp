// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/LuggageScene.h"

#include "scenes/ClutterItems.h"
#include "scenes/Concealment.h"
#include "scenes/SceneTexture.h"
#include "scenes/ThreatShapes.h"
#include "synth/SceneShapes.h"

#include <algorithm>
#include <cmath>

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

// Two telescoping tubes of a trolley handle (aluminium, seen across: the walls show as dark edges).
QList<SceneObject> tube(const QRectF &r, double wallCm)
{
    const double edge = std::max(2.0, r.height() * 0.15);
    return {box(r, QStringLiteral("aluminium"), 2 * wallCm),
            box(QRectF(r.left(), r.top(), r.width(), edge), QStringLiteral("aluminium"), 4 * wallCm),
            box(QRectF(r.left(), r.bottom() - edge, r.width(), edge), QStringLiteral("aluminium"), 4 * wallCm)};
}

QList<SceneObject> wheel(QPointF centre, double diameterPx, double widthPx)
{
    const QRectF tyre(centre.x() - diameterPx / 2, centre.y() - widthPx / 2, diameterPx, widthPx);
    return {ellipse(tyre, QStringLiteral("polyethylene"), 5, 1.1),
            box(QRectF(centre.x() - diameterPx * 0.1, tyre.top() - 3, diameterPx * 0.2, widthPx + 6),
                QStringLiteral("steel_304"), 0.6),
            box(tyre.adjusted(diameterPx * 0.3, -widthPx * 0.25, -diameterPx * 0.3, widthPx * 0.25),
                QStringLiteral("polypropylene"), 1.5)};
}

// A hard-shell trolley case seen from above: shell, aluminium rim and zip around the opening, the
// trolley's tubes along the back, its handle housing, four spinner wheels and a carry handle.
QList<SceneObject> suitcase(const QRectF &r, double heightCm, SceneRandom &random)
{
    QList<SceneObject> parts = shell(r, QStringLiteral("polypropylene"), 0.3, heightCm, 0);
    const QRectF rim = r.adjusted(6, 6, -6, -6);
    for (const QRectF &line :
         {QRectF(rim.left(), rim.top(), rim.width(), 3), QRectF(rim.left(), rim.bottom() - 3, rim.width(), 3),
          QRectF(rim.left(), rim.top(), 3, rim.height()), QRectF(rim.right() - 3, rim.top(), 3, rim.height())})
        parts << box(line, QStringLiteral("aluminium"), 2.5);
    const QRectF zip = rim.adjusted(8, 8, -8, -8);
    for (const QRectF &line :
         {QRectF(zip.left(), zip.top(), zip.width(), 6), QRectF(zip.left(), zip.bottom() - 6, zip.width(), 6)})
        parts << box(line, QStringLiteral("brass"), 0.25);
    const double w = r.height(), length = r.width();
    const double rodLength = length * random.uniform(0.75, 0.9);
    for (double y : {r.top() + 0.22 * w, r.bottom() - 0.22 * w - 2.5 * Px}) {
        parts << tube(QRectF(r.left() + 12, y, rodLength, 2.5 * Px), 0.12)
              << tube(QRectF(r.left() + 12, y + 0.25 * Px, rodLength * 0.55, 2.0 * Px), 0.1);
    }
    parts << box(QRectF(r.left() + 10, r.top() + 0.18 * w, 5 * Px, 0.64 * w), QStringLiteral("polypropylene"),
                 3) // handle housing
          << box(QRectF(r.left() + 14, r.top() + 0.25 * w, 2 * Px, 0.5 * w), QStringLiteral("steel_304"), 0.15);
    for (QPointF corner :
         {QPointF(r.right() - 4 * Px, r.top() + 4 * Px), QPointF(r.right() - 4 * Px, r.bottom() - 4 * Px),
          QPointF(r.left() + 6 * Px, r.top() + 4 * Px), QPointF(r.left() + 6 * Px, r.bottom() - 4 * Px)})
        parts << wheel(corner, 6 * Px, 2.5 * Px);
    const double handleX = r.center().x() + random.uniform(-0.1, 0.1) * length;
    parts << box(QRectF(handleX - 10 * Px, r.top() - 2 * Px, 20 * Px, 2 * Px), QStringLiteral("polypropylene"), 2.5);
    for (double dx : {-8.5, 8.5})
        parts << box(QRectF(handleX + dx * Px - 0.3 * Px, r.top(), 0.6 * Px, 1.5 * Px), QStringLiteral("steel_304"),
                     1.0);
    return parts;
}

// The same case from the side: shell, rim, the trolley's tubes along the back, wheels under one end.
QList<SceneObject> suitcaseSide(const QRectF &r, double widthCm)
{
    QList<SceneObject> parts = shell(r, QStringLiteral("polypropylene"), 0.3, widthCm, 0);
    parts << box(QRectF(r.left(), r.center().y() - 1.5, r.width(), 3), QStringLiteral("aluminium"), 0.6)
          << box(QRectF(r.left() + 12, r.bottom() - 3 * Px, r.width() * 0.8, 2.5 * Px), QStringLiteral("aluminium"),
                 0.5);
    for (double x : {r.left() + 6 * Px, r.right() - 4 * Px})
        parts << ellipse(QRectF(x - 3 * Px, r.bottom(), 6 * Px, 6 * Px), QStringLiteral("polyethylene"), 5, 1.1)
              << box(QRectF(x - 0.4 * Px, r.bottom() + 2.6 * Px, 0.8 * Px, 0.8 * Px), QStringLiteral("steel_304"),
                     2 * 4.0);
    parts << box(QRectF(r.center().x() - 10 * Px, r.top() - 2 * Px, 20 * Px, 2 * Px), QStringLiteral("polypropylene"),
                 2.5);
    return parts;
}

// Where items go: a jittered grid over the inside, so that a bag is packed everywhere, not in heaps.
QList<QPointF> packingSpots(const QRectF &inside, int count, double insetPx, SceneRandom &random)
{
    const QRectF area = inside.adjusted(insetPx, insetPx, -insetPx, -insetPx);
    const int cols = std::max(1, int(std::lround(std::sqrt(count * area.width() / std::max(1.0, area.height())))));
    const int rows = std::max(1, (count + cols - 1) / cols);
    QList<QPointF> spots;
    for (int i = 0; i < count; ++i) {
        const int cell = i % (cols * rows);
        spots << QPointF(area.left() + (cell % cols + random.uniform(0.1, 0.9)) * area.width() / cols,
                         area.top() + (cell / cols + random.uniform(0.1, 0.9)) * area.height() / rows);
    }
    random.shuffle(spots);
    return spots;
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

void moveBy(ClutterItem &item, QPointF d)
{
    for (SceneObject &o : item.objects) {
        o.bounds.translate(d);
        for (QPointF &p : o.polygon)
            p += d;
    }
}

// Moves an item that sticks out of the container back inside it (an item larger than it is centred).
void shiftInto(ClutterItem &item, const QRectF &inside)
{
    const QRectF b = itemBounds(item.objects);
    auto offset = [](double low, double high, double from, double to) {
        if (high - low > to - from)
            return (from + to) / 2 - (low + high) / 2;
        return low < from ? from - low : (high > to ? to - high : 0.0);
    };
    moveBy(item,
           QPointF(offset(b.left(), b.right(), inside.left(), inside.right()),
                   offset(b.top(), b.bottom(), inside.top(), inside.bottom())));
}

struct Placed {
    Threat threat;
    Contraband plan;
    QList<SceneObject> cover;
    double zCm = 0;
};

// Threats first, so that easy (Open) ones can keep clutter off their rays.
QList<Placed> placeThreats(const ScenePlan &plan, const QRectF &inside, SceneRandom &random,
                           const AttenuationTable &table)
{
    QList<Placed> placed;
    for (const Contraband &c : plan.contraband) {
        Placed p{ThreatShapes::byKind(c.kind, somewhereIn(inside, random, 20 * Px), PixelMm, random, table), c, {}, 0};
        p.cover = Concealments::luggageCover(c.concealment, itemBounds(p.threat.objects), inside, random);
        placed.append(p);
    }
    return placed;
}

// Crumpled paper filling a parcel's voids, kept off the rays of openly packed threats.
QList<SceneObject> packingPaper(const QRectF &inside, const QList<Placed> &threats, SceneRandom &random)
{
    QList<SceneObject> paper
        = SceneTexture::mottle(inside, QStringLiteral("cellulose"), 0.1, random.uniform(2, 6), 9 * Px, random);
    paper.removeIf([&](const SceneObject &o) {
        return std::any_of(threats.cbegin(), threats.cend(), [&](const Placed &p) {
            return p.plan.concealment == Concealment::Open && o.bounds.intersects(itemBounds(p.threat.objects));
        });
    });
    return paper;
}

QList<ClutterItem> clutter(const QRectF &inside, const QList<Placed> &threats, int count, SceneRandom &random)
{
    QList<ClutterItem> items;
    for (const QPointF &spot : packingSpots(inside, count, 5 * Px, random)) {
        ClutterItem item = ClutterItems::any(random, spot, PixelMm);
        // An item that would lie over an openly packed threat goes elsewhere in the bag, if it fits.
        for (int attempt = 0; attempt < 4; ++attempt) {
            shiftInto(item, inside);
            const QRectF bounds = itemBounds(item.objects);
            const bool blocksEasy = std::any_of(threats.cbegin(), threats.cend(), [&](const Placed &p) {
                return p.plan.concealment == Concealment::Open && bounds.intersects(itemBounds(p.threat.objects));
            });
            if (!blocksEasy) {
                items.append(item);
                break;
            }
            moveBy(item, somewhereIn(inside, random, 5 * Px) - bounds.center());
        }
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

void addCompartment(SceneDraft &draft, const ScenePlan &plan, const QList<Placed> &threats,
                    const QList<QList<int>> &cover)
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
    view.add({box(QRectF(outer.left(), outer.center().y() - 2.5 * Px, w, 5 * Px), QStringLiteral("polypropylene"),
                  0.01)}); // tape
    const QList<Placed> threats = placeThreats(plan, inside, random, table);
    view.add(packingPaper(inside, threats, random));
    for (const ClutterItem &item : clutter(inside, threats, random.integer(6, 12), random))
        view.add(item.objects);
    QList<QList<int>> covers;
    for (qsizetype i = 0; i < threats.size(); ++i) {
        const QList<int> own = view.add(threats[i].threat.objects);
        covers.append(view.add(threats[i].cover));
        draft.addTarget(truthFor(threats[i], int(i)), {{0, own}}, threats[i].threat.rotationDeg,
                        {threats[i].threat.outline});
    }
    addCompartment(draft, plan, threats, covers);
    return draft;
}

SceneDraft baggage(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    SceneDraft draft = startDraft(plan, QStringLiteral("PEN-Tournament synthetic dual-view baggage scanner 140 kV"));
    const double length = random.uniform(60, 78) * Px, width = random.uniform(38, 50) * Px,
                 heightCm = random.uniform(22, 32);
    const double margin = random.uniform(90, 140);
    const int imageW = int(length + 2 * margin);
    draft.views.append(DraftView{QStringLiteral("top"), imageW, int(width + 2 * margin), PixelMm, {}});
    draft.views.append(DraftView{QStringLiteral("side"), imageW, int(heightCm * Px + 2 * margin), PixelMm, {}});
    DraftView &top = draft.views[0];
    DraftView &side = draft.views[1];
    const double floorY = side.height - margin;
    const QRectF outer(margin, margin, length, width);
    top.add(suitcase(outer, heightCm, random));
    side.add(suitcaseSide(QRectF(margin, floorY - heightCm * Px, length, heightCm * Px), width / Px));
    const QRectF inside = outer.adjusted(14, 14, -14, -14);
    QList<Placed> threats = placeThreats(plan, inside, random, table);
    for (ClutterItem item : clutter(inside, threats, random.integer(14, 22), random)) {
        item.zCm = random.uniform(0, std::max(0.0, heightCm - item.heightCm));
        top.add(item.objects);
        side.add(ClutterItems::sideView(item, PixelMm, floorY));
    }
    QList<QList<int>> covers;
    for (qsizetype i = 0; i < threats.size(); ++i) {
        const Placed &p = threats[i];
        const ClutterItem asItem{p.threat.objects, random.uniform(1, heightCm / 2),
                                 std::max(1.0, p.threat.thicknessMm / 10)};
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
