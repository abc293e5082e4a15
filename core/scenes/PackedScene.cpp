// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/PackedScene.h"

#include "scenes/SceneRandom.h"
#include "synth/DetectorChain.h"
#include "volume/LineScanProjector.h"

#include <algorithm>
#include <cmath>

namespace pen::PackedScene {
namespace {

// Transmissions this close to 1 are the belt's air: they say nothing about what lies on the ray.
constexpr float AirLevel = 0.98f;

double attenuationOf(float transmission)
{
    return -std::log(std::max(transmission, 1e-6f));
}

// overlap: the others' share of the attenuation on the threat's own rays (high channel);
// clutter: the share of the rest of its box that is dense (T_high under 0.5).
Difficulty difficultyIn(const ViewTransmissions &all, const ViewTransmissions &alone, const QRect &box)
{
    double own = 0, total = 0;
    int rest = 0, dense = 0;
    for (int row = box.top(); row <= box.bottom(); ++row) {
        for (int column = box.left(); column <= box.right(); ++column) {
            const float t = all.at(1, column, row);
            const float tAlone = alone.at(1, column, row);
            if (tAlone < AirLevel) {
                own += attenuationOf(tAlone);
                total += attenuationOf(t);
            } else {
                ++rest;
                dense += t < 0.5f ? 1 : 0;
            }
        }
    }
    Difficulty d;
    d.overlap = total > 0 ? std::clamp(1 - own / total, 0.0, 1.0) : 0;
    d.clutter = rest > 0 ? double(dense) / rest : 0;
    return d;
}

GroundTruthObject truthFor(const PlacedItem &item, int index, int itemCount)
{
    GroundTruthObject truth;
    truth.id = QStringLiteral("o%1").arg(index + 1);
    truth.category = item.category;
    truth.material = item.mainMaterial;
    truth.note = QStringLiteral("%1, packed among %2 items").arg(item.name).arg(itemCount - 1);
    return truth;
}

// The easier view's difficulty, as SceneDraft::measure reports it for a dual-view officer.
void addTruth(Scan &scan, const PackedBag &bag, const std::vector<ViewTransmissions> &all,
              const LineScanGeometry &geometry, const LineScanProjector &projector, const DetectorSettings &ideal)
{
    int index = 0;
    for (const PlacedItem &item : bag.items) {
        if (!item.isThreat)
            continue;
        GroundTruthObject truth = truthFor(item, index++, int(bag.items.size()));
        const std::vector<ViewTransmissions> alone = all.empty()
            ? std::vector<ViewTransmissions>{}
            : projector.transmissions(partsOf(bag, item), geometry, ideal);
        for (int v = 0; v < int(geometry.views.size()); ++v) {
            const QRectF box = regionOf(item.bounds, geometry, v);
            truth.regions.append(Region{v, box, {}});
            if (size_t(v) >= alone.size() || box.isEmpty())
                continue;
            const Difficulty d
                = difficultyIn(all[size_t(v)], alone[size_t(v)], box.toAlignedRect().adjusted(0, 0, -1, -1));
            if (!truth.difficulty || d.overlap < truth.difficulty->overlap)
                truth.difficulty = d;
        }
        scan.truth.append(truth);
    }
}

ScanView viewOf(const ViewTransmissions &transmissions, const DetectorSettings &detector)
{
    ScanView view;
    view.label = transmissions.label;
    view.kind = ViewKind::DualEnergy;
    view.width = transmissions.width;
    view.height = transmissions.height;
    view.pixelSizeMm = transmissions.pitchMm;
    view.channels = DetectorChain(detector).detect(transmissions.channels, view.width, view.height);
    return view;
}

ScanView emptyView(const FanView &fan, const LineScanGeometry &geometry)
{
    ScanView view;
    view.label = fan.label;
    view.kind = ViewKind::DualEnergy;
    view.width = fan.elementCount();
    view.height = geometry.rows;
    view.pixelSizeMm = fan.pitchMm;
    return view;
}

} // namespace

VolumeScene partsOf(const PackedBag &bag, const PlacedItem &item)
{
    const auto first = bag.scene.begin() + item.firstObject;
    return VolumeScene(first, first + item.objectCount);
}

QRectF regionOf(const Bounds3 &bounds, const LineScanGeometry &geometry, int view)
{
    const FanView &fan = geometry.views.at(size_t(view));
    double left = fan.elementCount(), right = 0, top = geometry.rows, bottom = 0;
    for (int c = 0; c < 8; ++c) {
        const Vec3 corner = bounds.corner(c);
        double column = fan.detectorPositionOf(QPointF(corner.x, corner.z));
        if (column < 0) // off the detector's ends: the box reaches the image's edge
            column = corner.x < fan.source.x() ? 0 : fan.elementCount();
        left = std::min(left, column);
        right = std::max(right, column);
        top = std::min(top, geometry.rowOf(corner.y));
        bottom = std::max(bottom, geometry.rowOf(corner.y));
    }
    const QRectF image(0, 0, fan.elementCount(), geometry.rows);
    return QRectF(QPointF(left, top), QPointF(right, bottom)).intersected(image);
}

Scan scanOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
            const PackedScanOptions &options)
{
    Scan scan;
    scan.id = options.id;
    scan.objectKind = options.kind;
    scan.scanner = QStringLiteral("PEN-Tournament synthetic dual-view line scanner, 60 x 40 cm tunnel");
    scan.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    const LineScanProjector projector(table);
    DetectorSettings ideal;
    ideal.noise = false;
    std::vector<ViewTransmissions> all;
    if (options.withPixels)
        all = projector.transmissions(bag.scene, geometry, ideal);
    for (int v = 0; v < int(geometry.views.size()); ++v) {
        if (size_t(v) >= all.size()) {
            scan.views.append(emptyView(geometry.views[size_t(v)], geometry));
            continue;
        }
        DetectorSettings detector;
        detector.seed = SceneRandom::derive(options.noiseSeed, quint32(v));
        scan.views.append(viewOf(all[size_t(v)], detector));
    }
    addTruth(scan, bag, all, geometry, projector, ideal);
    return scan;
}

} // namespace pen::PackedScene
