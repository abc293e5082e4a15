// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/PackedScene.h"

#include "imageset/TargetsAlone.h"
#include "scenes/ScanBands.h"
#include "scenes/SceneRandom.h"
#include "synth/DetectorChain.h"
#include "volume/LineScanProjector.h"

#include <algorithm>
#include <cmath>

namespace pen::PackedScene {
namespace {

using ScanBands::cropped;
using ScanBands::difficultyIn;
using ScanBands::RowBand;
using ScanBands::rowBandOf;

GroundTruthObject truthFor(const PlacedItem &item, int index, int itemCount)
{
    GroundTruthObject truth;
    if (item.isFalseFloor) {
        truth.id = QStringLiteral("c%1").arg(index + 1);
        truth.category = QStringLiteral("hidden-compartment");
        truth.note = QStringLiteral("false floor: plywood over a steel sheet");
    } else {
        truth.id = QStringLiteral("o%1").arg(index + 1);
        truth.category = item.category;
        truth.note = QStringLiteral("%1, packed among %2 items").arg(item.name).arg(itemCount - 1);
    }
    truth.material = item.mainMaterial;
    return truth;
}

// A truth object with the noise-free transmissions of its item alone over its row band, to
// measure its difficulty and to show it alone.
struct TruthWithItemAlone {
    GroundTruthObject truth;
    int firstRow = 0;
    std::vector<ViewTransmissions> alone;
};

// The easier view's difficulty, as SceneDraft::measure reports it for a dual-view officer. all:
// the whole scan's transmissions, or empty (then the band of the scene is projected).
QList<TruthWithItemAlone> truthOf(const PackedBag &bag, const std::vector<ViewTransmissions> &all,
                                  const LineScanGeometry &geometry, const LineScanProjector &projector,
                                  const DetectorSettings &ideal, bool recordCompartment, int marginRows)
{
    QList<TruthWithItemAlone> objects;
    int threats = 0, compartments = 0;
    for (const PlacedItem &item : bag.items) {
        if (!item.isThreat && !(recordCompartment && item.isFalseFloor))
            continue;
        const RowBand band = rowBandOf(item.bounds, geometry, marginRows);
        TruthWithItemAlone object{truthFor(item, item.isThreat ? threats++ : compartments++, int(bag.items.size())),
                                  band.first, projector.transmissions(partsOf(bag, item), band.geometry, ideal)};
        const std::vector<ViewTransmissions> scene
            = all.empty() ? projector.transmissions(bag.scene, band.geometry, ideal) : std::vector<ViewTransmissions>{};
        GroundTruthObject &truth = object.truth;
        for (int v = 0; v < int(geometry.views.size()); ++v) {
            const QRectF box = regionOf(item.bounds, geometry, v);
            truth.regions.append(Region{v, box, {}});
            if (box.isEmpty())
                continue;
            const ViewTransmissions &alone = object.alone[size_t(v)];
            const ViewTransmissions sceneBand
                = all.empty() ? scene[size_t(v)] : cropped(all[size_t(v)], {0, band.first, alone.width, alone.height});
            const QRect inBand = box.toAlignedRect().adjusted(0, 0, -1, -1).translated(0, -band.first);
            const Difficulty d = difficultyIn(sceneBand, alone, inBand.intersected({0, 0, alone.width, alone.height}));
            if (!truth.difficulty || d.overlap < truth.difficulty->overlap)
                truth.difficulty = d;
        }
        objects.append(std::move(object));
    }
    return objects;
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

// The item alone, each view cropped to its region and marginPx of belt round it, the region moved
// with the crop.
Scan aloneScan(const Scan &scan, const TruthWithItemAlone &object, double marginPx, quint32 noiseSeed)
{
    Scan alone;
    alone.id = TargetsAlone::scanIdOf(scan.id, object.truth.id);
    alone.objectKind = scan.objectKind;
    alone.scanner = scan.scanner;
    alone.provenance = scan.provenance;
    GroundTruthObject truth = object.truth;
    truth.regions.clear();
    for (const Region &region : object.truth.regions) {
        const ScanView &source = scan.views[region.viewIndex];
        const QRect crop = region.bounds()
                               .adjusted(-marginPx, -marginPx, marginPx, marginPx)
                               .toAlignedRect()
                               .intersected(QRect(0, 0, source.width, source.height));
        if (source.hasPixels()) {
            DetectorSettings detector;
            detector.seed = SceneRandom::derive(noiseSeed, quint32(region.viewIndex));
            alone.views.append(viewOf(
                cropped(object.alone[size_t(region.viewIndex)], crop.translated(0, -object.firstRow)), detector));
        } else {
            alone.views.append(withoutPixels(source, crop.size()));
        }
        truth.regions.append(Region{int(alone.views.size()) - 1, region.box.translated(-QPointF(crop.topLeft())), {}});
    }
    alone.truth.append(truth);
    return alone;
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

namespace {

PackedScans scansOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
                    const PackedScanOptions &options, std::optional<double> targetsAloneMarginPx)
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
    const int marginRows = targetsAloneMarginPx ? int(std::ceil(*targetsAloneMarginPx)) : 0;
    const QList<TruthWithItemAlone> objects
        = truthOf(bag, all, geometry, projector, ideal, options.recordCompartment, marginRows);
    for (const TruthWithItemAlone &object : objects)
        scan.truth.append(object.truth);
    PackedScans scans{std::move(scan), {}};
    if (!targetsAloneMarginPx)
        return scans;
    for (qsizetype i = 0; i < objects.size(); ++i)
        scans.targetsAlone.append(
            aloneScan(scans.scan, objects[i], *targetsAloneMarginPx, options.noiseSeed + quint32(i) + 1));
    return scans;
}

} // namespace

Scan scanOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
            const PackedScanOptions &options)
{
    return scansOf(bag, geometry, table, options, std::nullopt).scan;
}

PackedScans scanAndTargetsOf(const PackedBag &bag, const LineScanGeometry &geometry, const AttenuationTable &table,
                             const PackedScanOptions &options, double marginPx)
{
    return scansOf(bag, geometry, table, options, marginPx);
}

} // namespace pen::PackedScene
