// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/StarterSet.h"

#include "scenes/ThreatShapes.h"
#include "synth/SceneProjector.h"
#include "synth/SceneShapes.h"

#include <cmath>

namespace pen {
namespace {

using SceneShapes::box;
using SceneShapes::ellipse;
using SceneShapes::polygon;

// A cardboard box: two walls along the beam everywhere, four side walls seen edge-on.
QList<SceneObject> carton(QRectF r)
{
    return {box(r, QStringLiteral("cellulose"), 0.8, 0.7),
            box(QRectF(r.left(), r.top(), r.width(), 6), QStringLiteral("cellulose"), 20, 0.7),
            box(QRectF(r.left(), r.bottom() - 6, r.width(), 6), QStringLiteral("cellulose"), 20, 0.7),
            box(QRectF(r.left(), r.top(), 6, r.height()), QStringLiteral("cellulose"), 20, 0.7),
            box(QRectF(r.right() - 6, r.top(), 6, r.height()), QStringLiteral("cellulose"), 20, 0.7)};
}

GroundTruthObject truth(const QString &id, const QString &category, const Region &region, const QString &material,
                        std::optional<double> massKg, const QString &note)
{
    return {id, category, {region}, material, massKg, note};
}

Scan makeScan(const QString &id, ObjectKind kind)
{
    Scan scan;
    scan.id = id;
    scan.objectKind = kind;
    scan.scanner = QStringLiteral("PEN-Tournament synthetic dual-energy 140 kV");
    scan.provenance = StarterSet::header().provenance;
    return scan;
}

ScanView view(const SceneProjector &projector, const QString &label, int w, int h, const QList<SceneObject> &scene,
              quint32 seed, double pixelMm)
{
    ScanView v = projector.project(w, h, scene, DetectorSettings{20000, true, seed});
    v.label = label;
    v.pixelSizeMm = pixelMm;
    return v;
}

Scan parcelWithCocaine(const SceneProjector &p, quint32 seed)
{
    Scan scan = makeScan(QStringLiteral("parcel-cocaine"), ObjectKind::Parcel);
    QList<SceneObject> scene = carton(QRectF(40, 30, 420, 300));
    scene << ellipse(QRectF(70, 60, 220, 150), QStringLiteral("pet_polyester"), 6, 0.3)
          << ellipse(QRectF(200, 150, 230, 150), QStringLiteral("cellulose"), 8, 0.25)
          << box(QRectF(260, 90, 110, 70), QStringLiteral("cocaine_hcl"), 5, 1.2)
          << box(QRectF(90, 230, 120, 70), QStringLiteral("cellulose"), 4, 0.9);
    scan.views << view(p, QStringLiteral("top"), 500, 360, scene, seed, 1.0);
    scan.truth << truth(QStringLiteral("o1"), QStringLiteral("narcotics"), Region{0, QRectF(260, 90, 110, 70), {}},
                        QStringLiteral("cocaine_hcl"), 0.46, QStringLiteral("half-kilo brick under clothing"));
    return scan;
}

Scan bagWithPistol(const SceneProjector &p, const AttenuationTable &table, quint32 seed)
{
    Scan scan = makeScan(QStringLiteral("bag-pistol"), ObjectKind::Baggage);
    // A real pistol lying flat: the slide's steel walls over barrel and springs, dark blue, not a black blob.
    const Threat top = ThreatShapes::pistol(QPointF(405, 265), 1.0, 0, table);
    QList<SceneObject> topScene{box(QRectF(30, 40, 540, 320), QStringLiteral("polypropylene"), 0.6)};
    topScene << box(QRectF(60, 70, 220, 150), QStringLiteral("aluminium"), 0.4)
             << ellipse(QRectF(320, 60, 200, 110), QStringLiteral("pet_polyester"), 7, 0.3) << top.objects
             << ellipse(QRectF(80, 250, 60, 90), QStringLiteral("water"), 7);
    const Threat side = ThreatShapes::pistol(QPointF(300, 140), 1.0, 0, table);
    QList<SceneObject> sideScene{box(QRectF(30, 40, 540, 180), QStringLiteral("polypropylene"), 0.6)};
    sideScene << box(QRectF(60, 60, 220, 20), QStringLiteral("aluminium"), 15) << side.objects;
    scan.views << view(p, QStringLiteral("top"), 600, 400, topScene, seed, 1.0)
               << view(p, QStringLiteral("side"), 600, 260, sideScene, seed + 1, 1.0);
    scan.truth << GroundTruthObject{QStringLiteral("o1"),
                                    QStringLiteral("weapon"),
                                    {Region{0, {}, top.outline}, Region{1, {}, side.outline}},
                                    QStringLiteral("steel_304"),
                                    std::round(top.massKg * 100) / 100,
                                    QStringLiteral("pistol beside a laptop")};
    return scan;
}

Scan containerWithCigarettes(const SceneProjector &p, quint32 seed)
{
    Scan scan = makeScan(QStringLiteral("container-cigarettes"), ObjectKind::Container);
    scan.scanner = QStringLiteral("PEN-Tournament synthetic dual-energy cargo");
    QList<SceneObject> scene{box(QRectF(20, 20, 1160, 360), QStringLiteral("iron"), 0.3)};
    for (int pallet = 0; pallet < 6; ++pallet) {
        const double x = 40 + pallet * 190;
        scene << box(QRectF(x, 330, 170, 30), QStringLiteral("cellulose"), 12, 0.6)
              << box(QRectF(x, 80, 170, 250), QStringLiteral("pet_polyester"), 40, 0.12);
    }
    // Master cases in their regular stacks, hidden in the fifth pallet of textiles.
    for (int row = 0; row < 4; ++row) {
        for (int col = 0; col < 3; ++col)
            scene << box(QRectF(805 + col * 52, 95 + row * 55, 48, 50), QStringLiteral("cellulose"), 25, 0.3);
    }
    scan.views << view(p, QStringLiteral("top"), 1200, 400, scene, seed, 5.0);
    scan.declaration = Declaration{QStringLiteral("Cotton T-shirts"),
                                   QStringLiteral("610910"),
                                   1200,
                                   QStringLiteral("cartons"),
                                   7400,
                                   QStringLiteral("TR")};
    scan.truth << truth(QStringLiteral("o1"), QStringLiteral("cigarettes"), Region{0, QRectF(805, 95, 152, 215), {}},
                        QStringLiteral("cellulose"), 120, QStringLiteral("12 master cases among the textiles"));
    return scan;
}

Scan parcelClean(const SceneProjector &p, quint32 seed)
{
    Scan scan = makeScan(QStringLiteral("parcel-clean"), ObjectKind::Parcel);
    QList<SceneObject> scene = carton(QRectF(30, 30, 440, 300));
    scene << box(QRectF(60, 60, 150, 200), QStringLiteral("cellulose"), 3, 0.9)
          << ellipse(QRectF(250, 70, 180, 90), QStringLiteral("rubber_natural"), 9, 0.6)
          << ellipse(QRectF(250, 190, 180, 90), QStringLiteral("rubber_natural"), 9, 0.6);
    for (int i = 0; i < 4; ++i)
        scene << box(QRectF(80 + i * 8, 270, 300, 3), QStringLiteral("copper"), 0.2);
    scan.views << view(p, QStringLiteral("top"), 500, 360, scene, seed, 1.0);
    return scan;
}

Scan parcelWithCurrency(const SceneProjector &p, quint32 seed)
{
    Scan scan = makeScan(QStringLiteral("parcel-currency"), ObjectKind::Parcel);
    QList<SceneObject> scene = carton(QRectF(40, 40, 400, 280));
    scene << box(QRectF(70, 70, 250, 200), QStringLiteral("cellulose"), 4, 0.8)
          << box(QRectF(150, 120, 80, 40), QStringLiteral("cellulose"), 6, 1.0)
          << box(QRectF(340, 80, 70, 200), QStringLiteral("glass_soda_lime"), 0.5);
    scan.views << view(p, QStringLiteral("top"), 480, 360, scene, seed, 1.0);
    scan.truth << truth(QStringLiteral("o1"), QStringLiteral("currency"), Region{0, QRectF(150, 120, 80, 40), {}},
                        QStringLiteral("cellulose"), 0.19, QStringLiteral("bundles of banknotes inside a book"));
    return scan;
}

} // namespace

ImageSet StarterSet::header()
{
    ImageSet set;
    set.name = QStringLiteral("Starter set");
    set.description
        = QStringLiteral("Five synthetic dual-energy scans: cocaine in a parcel, a pistol in a dual-view bag, "
                         "cigarettes in a declared container, currency, and a clean parcel.");
    set.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    return set;
}

QList<Scan> StarterSet::scans(const AttenuationTable &table, quint32 seed)
{
    const SceneProjector projector(table);
    return {parcelWithCocaine(projector, seed), bagWithPistol(projector, table, seed + 10),
            containerWithCigarettes(projector, seed + 20), parcelWithCurrency(projector, seed + 30),
            parcelClean(projector, seed + 40)};
}

} // namespace pen
