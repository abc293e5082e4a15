// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoScene.h"

#include "scenes/CargoParts.h"
#include "scenes/Concealment.h"
#include "synth/SceneShapes.h"

namespace pen::CargoScene {
namespace {

using namespace SceneShapes;

struct Hold {
    QRectF inside;         // the load space, pixels
    QList<QRectF> pallets; // the areas above each pallet
};

Hold loadSpace(const QRectF &inside, double px, SceneRandom &random)
{
    Hold hold{inside, {}};
    for (double x = inside.left() + 5 * px; x + 120 * px <= inside.right();
         x += 120 * px + random.uniform(4, 14) * px) {
        const double h = random.uniform(0.55, 0.92) * (inside.height() - 14 * px);
        hold.pallets.append(QRectF(x, inside.bottom() - 14 * px - h, 120 * px, h));
    }
    return hold;
}

void removeInside(QList<SceneObject> &objects, const QRectF &area)
{
    objects.removeIf([&](const SceneObject &o) { return area.contains(o.bounds); });
}

void thinInside(QList<SceneObject> &objects, const QRectF &area, double left)
{
    for (SceneObject &o : objects)
        if (area.contains(o.bounds))
            o.thicknessCm *= left;
}

} // namespace

CargoResult container(const ScenePlan &plan, const QString &goodsKey, SceneRandom &random,
                      const AttenuationTable &table)
{
    const double px = 10 / ContainerPixelMm;
    const bool forty = random.chance(0.55);
    const double lengthCm = forty ? 1219.2 : 605.8; // ISO 668 external lengths
    const double margin = 40;
    CargoResult result;
    SceneDraft &draft = result.draft;
    draft.id = plan.id;
    draft.kind = ObjectKind::Container;
    draft.scanner = QStringLiteral("PEN-Tournament synthetic cargo scanner (kV model of a MeV system)");
    const int width = int(lengthCm * px + 2 * margin), height = int(margin * 2 + 259 * px + 120 * px);
    draft.views.append(DraftView{QStringLiteral("side"), width, height, ContainerPixelMm, {}});
    DraftView &view = draft.views[0];
    const QRectF box(margin, margin, lengthCm * px, 259 * px);
    view.add(CargoParts::containerShell(box, px));
    view.add(CargoParts::trailer(QRectF(margin - 20, box.bottom(), box.width() + 40, 110 * px), px));
    const GoodsKind goods = CargoGoods::find(goodsKey.isEmpty() ? random.pick(CargoGoods::kinds()).key : goodsKey);
    const Hold hold = loadSpace(box.adjusted(3, 4 * px, -3, -6 * px), px, random);
    QList<QList<SceneObject>> loads;
    for (const QRectF &area : hold.pallets) {
        CargoGoods::Load load = CargoGoods::pallet(goods, area, ContainerPixelMm, random);
        result.shipment.units += load.units;
        loads.append(load.objects);
    }
    CargoParts::Hidden hidden = CargoParts::hideInContainer(plan, hold.inside, hold.pallets, px, random, table);
    for (qsizetype i = 0; i < loads.size(); ++i) {
        for (const QRectF &replaced : hidden.replaces)
            removeInside(loads[i], replaced);
        for (const auto &[area, left] : hidden.thinned)
            thinInside(loads[i], area, left);
        result.shipment.goodsMassKg += massKg(loads[i], ContainerPixelMm, table);
        view.add(loads[i]);
    }
    result.shipment.goods = goods;
    CargoParts::addHidden(draft, hidden);
    CargoParts::declare(result, plan, hold.pallets, random);
    return result;
}

CargoResult vehicle(const ScenePlan &plan, SceneRandom &random, const AttenuationTable &table)
{
    const double px = 10 / VehiclePixelMm;
    const bool van = random.chance(0.5);
    const double lengthCm = van ? random.uniform(500, 560) : random.uniform(420, 480);
    const double heightCm = van ? random.uniform(220, 250) : random.uniform(140, 155);
    const double margin = 40;
    CargoResult result;
    SceneDraft &draft = result.draft;
    draft.id = plan.id;
    draft.kind = ObjectKind::Vehicle;
    draft.scanner = QStringLiteral("PEN-Tournament synthetic vehicle scanner 140 kV");
    draft.views.append(DraftView{
        QStringLiteral("side"), int(lengthCm * px + 2 * margin), int(heightCm * px + 2 * margin), VehiclePixelMm, {}});
    const QRectF body(margin, margin, lengthCm * px, heightCm * px);
    const CargoParts::VehicleBody parts = CargoParts::vehicleBody(body, van, px, random);
    draft.views[0].add(parts.objects);
    CargoParts::Hidden hidden = CargoParts::hideInVehicle(plan, parts, px, random, table);
    QList<SceneObject> goods = parts.goods;
    for (const QRectF &replaced : hidden.replaces)
        removeInside(goods, replaced);
    draft.views[0].add(goods);
    result.shipment.goods = CargoGoods::find(QStringLiteral("t-shirts"));
    result.shipment.units = int(goods.size());
    result.shipment.goodsMassKg = massKg(goods, VehiclePixelMm, table);
    CargoParts::addHidden(draft, hidden);
    if (van)
        CargoParts::declare(result, plan, {parts.cargoArea}, random);
    return result;
}

} // namespace pen::CargoScene
