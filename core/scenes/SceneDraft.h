// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"
#include "synth/SceneProjector.h"

#include <QList>
#include <QString>

namespace pen {

/// One view of a scene before projection: what lies on the rays, in pixels of that view.
struct DraftView {
    QString label;
    int width = 0;
    int height = 0;
    double pixelMm = 1;
    QList<SceneObject> objects;

    /// Appends objects and returns their indices, so that a target can name its own objects.
    QList<int> add(const QList<SceneObject> &more);
};

/// Something to find, with the objects it consists of in each view (parallel to truth.regions),
/// so that its difficulty can be measured from the scene's line integrals.
struct DraftTarget {
    GroundTruthObject truth;          ///< regions set; difficulty filled in by SceneDraft::measure
    QList<QList<int>> objectsPerView; ///< indices into the view of truth.regions[i]
    double rotationDeg = 0;
};

/// A scene under construction: views, targets and the declaration, turned into a Scan by render().
struct SceneDraft {
    QString id;
    ObjectKind kind = ObjectKind::Other;
    QString scanner;
    QList<DraftView> views;
    QList<DraftTarget> targets;
    std::optional<Declaration> declaration;

    /// Adds a target whose region in each given view is the bounds (or outline) of its objects.
    void addTarget(GroundTruthObject truth, const QList<QPair<int, QList<int>>> &viewObjects, double rotationDeg,
                   const QList<QList<QPointF>> &outlines = {});
    /// Fills every target's difficulty (overlap, clutter, rotation) from the views' line integrals.
    void measure(const AttenuationTable &table);
    /// Projects every view (noise seeded from noiseSeed and the view index) unless withPixels is false,
    /// in which case the views carry their size only. Call measure() first.
    Scan render(const SceneProjector &projector, quint32 noiseSeed, bool withPixels) const;
    /// The target at targetIndex alone, as a trainer shows a threat beside the scan: each view it
    /// lies in, cropped to its region with marginPx of empty belt around it, holding only its own
    /// objects (nothing else on the rays), its regions moved with the crop. The draft's id is
    /// "<id>-<object id>"; its one target keeps its truth (difficulty included).
    SceneDraft isolated(int targetIndex, double marginPx) const;
};

} // namespace pen
