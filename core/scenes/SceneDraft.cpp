// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/SceneDraft.h"

#include "imageset/TargetsAlone.h"
#include "scenes/DifficultyMeter.h"
#include "scenes/SceneRandom.h"
#include "synth/SceneShapes.h"

#include <algorithm>
#include <numeric>

namespace pen {

QList<int> DraftView::add(const QList<SceneObject> &more)
{
    QList<int> indices;
    for (const SceneObject &object : more) {
        indices.append(int(objects.size()));
        objects.append(object);
    }
    return indices;
}

namespace {

QRectF unitedBounds(const DraftView &view, const QList<int> &indices)
{
    QRectF united;
    for (int index : indices)
        united = united.united(view.objects[index].bounds);
    // Regions are clipped to the image: the hit test works in the view's pixels.
    return united.intersected(QRectF(0, 0, view.width, view.height));
}

} // namespace

void SceneDraft::addTarget(GroundTruthObject truth, const QList<QPair<int, QList<int>>> &viewObjects,
                           double rotationDeg, const QList<QList<QPointF>> &outlines)
{
    DraftTarget target;
    for (qsizetype i = 0; i < viewObjects.size(); ++i) {
        const auto &[view, indices] = viewObjects[i];
        Region region{view, unitedBounds(views[view], indices), {}};
        if (i < outlines.size() && outlines[i].size() >= 3)
            region.polygon = outlines[i];
        truth.regions.append(region);
        target.objectsPerView.append(indices);
    }
    target.truth = std::move(truth);
    target.rotationDeg = rotationDeg;
    targets.append(std::move(target));
}

void SceneDraft::measure(const AttenuationTable &table)
{
    for (DraftTarget &target : targets) {
        Difficulty worst;
        bool first = true;
        for (qsizetype i = 0; i < target.truth.regions.size(); ++i) {
            const Region &region = target.truth.regions[i];
            const Difficulty d
                = DifficultyMeter::measure(views[region.viewIndex], target.objectsPerView[i], region.bounds(), table);
            // A dual-view officer sees the easier view; report that one.
            if (first || d.overlap < worst.overlap)
                worst = d;
            first = false;
        }
        worst.rotationDeg = target.rotationDeg;
        target.truth.difficulty = worst;
    }
}

Scan SceneDraft::render(const SceneProjector &projector, quint32 noiseSeed, bool withPixels) const
{
    Scan scan;
    scan.id = id;
    scan.objectKind = kind;
    scan.scanner = scanner;
    scan.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    scan.declaration = declaration;
    for (qsizetype i = 0; i < views.size(); ++i) {
        const DraftView &draft = views[i];
        ScanView view;
        if (withPixels) {
            DetectorSettings detector;
            detector.seed = SceneRandom::derive(noiseSeed, quint32(i));
            view = projector.project(draft.width, draft.height, draft.objects, detector);
        } else {
            view.kind = ViewKind::DualEnergy;
            view.width = draft.width;
            view.height = draft.height;
        }
        view.label = draft.label;
        view.pixelSizeMm = draft.pixelMm;
        scan.views.append(std::move(view));
    }
    for (const DraftTarget &target : targets)
        scan.truth.append(target.truth);
    return scan;
}

SceneDraft SceneDraft::isolated(int targetIndex, double marginPx) const
{
    const DraftTarget &target = targets.at(targetIndex);
    SceneDraft alone;
    alone.id = TargetsAlone::scanIdOf(id, target.truth.id);
    alone.kind = kind;
    alone.scanner = scanner;
    DraftTarget isolatedTarget{target.truth, {}, target.rotationDeg};
    isolatedTarget.truth.regions.clear();
    for (qsizetype i = 0; i < target.truth.regions.size(); ++i) {
        const Region &region = target.truth.regions[i];
        const DraftView &source = views[region.viewIndex];
        const QRect crop = region.bounds()
                               .adjusted(-marginPx, -marginPx, marginPx, marginPx)
                               .toAlignedRect()
                               .intersected(QRect(0, 0, source.width, source.height));
        const QPointF shift = -QPointF(crop.topLeft());
        DraftView view{source.label, crop.width(), crop.height(), source.pixelMm, {}};
        for (int index : target.objectsPerView[i]) {
            SceneObject object = source.objects[index];
            object.bounds.translate(shift);
            for (QPointF &point : object.polygon)
                point += shift;
            view.objects.append(object);
        }
        Region moved{int(alone.views.size()), region.box.translated(shift), region.polygon};
        for (QPointF &point : moved.polygon)
            point += shift;
        isolatedTarget.truth.regions.append(moved);
        QList<int> indices(view.objects.size());
        std::iota(indices.begin(), indices.end(), 0);
        isolatedTarget.objectsPerView.append(indices);
        alone.views.append(std::move(view));
    }
    alone.targets.append(std::move(isolatedTarget));
    return alone;
}

} // namespace pen
