// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "synth/AttenuationTable.h"
#include "synth/SceneProjector.h"

#include <QList>
#include <QString>

namespace pen {

/// A threat or contraband item as it lies in one view: its objects in that view's pixels and what
/// the ground truth says about it. Sizes are real-world (cm), turned into pixels by pixelMm.
struct Threat {
    QString category; ///< a ThreatCategories key
    QString material; ///< the main material (an AttenuationTable key)
    QString note;
    QList<SceneObject> objects;
    QList<QPointF> outline; ///< a polygon region for elongated, turned items (pistol, knife); may be empty
    double massKg = 0;      ///< density x volume of its objects
    double thicknessMm = 0; ///< of the main material along the beam
    double rotationDeg = 0;
};

/// Builders of threats; each is pure and deterministic (no randomness inside: the caller decides
/// the pose). centre in pixels, degrees in-plane, pixelMm the view's pixel size.
namespace ThreatShapes {

/// A pressed 1 kg brick (22 x 14 x 3.5 cm, ~0.95 g/cm³) in polyethylene tape; material cocaine_hcl
/// or heroin_base.
Threat drugBrick(QPointF centre, double pixelMm, double degrees, const QString &material,
                 const AttenuationTable &table);
/// count small packs (10 x 6 x 3 cm) in a loose cluster.
Threat drugPacks(QPointF centre, double pixelMm, double degrees, int count, const QString &material,
                 const AttenuationTable &table);
/// Cigarettes in their regular layout filling area (pixels): cells of cellW x cellH cm separated by
/// a thin gap (the card walls show as a grid), depthCm along the beam. unit names what a cell is
/// ("packs", "cartons", "master cases").
Threat cigaretteGrid(const QRectF &area, double pixelMm, double cellWCm, double cellHCm, double depthCm,
                     const QString &unit, const AttenuationTable &table);
/// Bundles of 100 banknotes (15 x 7 x 1.1 cm), count bundles side by side, stackDepth deep.
Threat currency(QPointF centre, double pixelMm, double degrees, int count, int stackDepth,
                const AttenuationTable &table);
/// A semi-automatic pistol lying flat, about 19 x 13.5 cm: the slide's steel walls over barrel, spring
/// and locking block, a steel magazine in a polymer frame and grip (dark blue, not opaque, at 140 kV).
Threat pistol(QPointF centre, double pixelMm, double degrees, const AttenuationTable &table);
/// A fixed-blade knife, about 28 cm: steel blade, plastic handle.
Threat knife(QPointF centre, double pixelMm, double degrees, const AttenuationTable &table);
/// A plastic-explosive-like block (rdx or tnt, 28 x 5 cm, 2.5 cm) with a detonator and wires.
Threat explosive(QPointF centre, double pixelMm, double degrees, const QString &material,
                 const AttenuationTable &table);

} // namespace ThreatShapes
} // namespace pen

namespace pen::ThreatShapes {
/// The threat a plan names (cocaine, heroin, pistol, knife, explosive, currency, cigarettes) in a
/// pose drawn from random; cigarettes here are a few cartons (parcels, bags).
Threat byKind(const QString &kind, QPointF centre, double pixelMm, SceneRandom &random, const AttenuationTable &table);
} // namespace pen::ThreatShapes
