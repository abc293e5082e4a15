// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/CargoScan.h"

#include "imageset/TargetsAlone.h"
#include "scenes/PackedScene.h"
#include "scenes/ScanBands.h"
#include "scenes/SceneRandom.h"
#include "synth/CargoArtefacts.h"
#include "synth/CargoDetector.h"
#include "synth/DetectorChain.h"
#include "volume/LineScanProjector.h"

#include <algorithm>
#include <cmath>

namespace pen::CargoScan {
namespace {

constexpr double RoadMarginCm = 60;
constexpr double TowerMarginCm = 40;

// Raw images have a row per pulse and a column per element from the road up; the console shows
// pulses as columns and the tower's top at the top.
Image16 turned(const Image16 &raw)
{
    Image16 image(raw.height, raw.width);
    for (int pulse = 0; pulse < raw.height; ++pulse)
        for (int element = 0; element < raw.width; ++element)
            image.pixels[size_t(raw.width - 1 - element) * size_t(raw.height) + size_t(pulse)]
                = raw.pixels[size_t(pulse) * size_t(raw.width) + size_t(element)];
    return image;
}

QRectF turned(const QRectF &raw, int elements)
{
    return QRectF(QPointF(raw.top(), elements - raw.right()), QPointF(raw.bottom(), elements - raw.left()));
}

QRect unturned(const QRect &image, int elements)
{
    return QRect(elements - 1 - image.bottom(), image.left(), image.height(), image.width());
}

// The linac's peak voltage of the high-energy pulses, which tells the viewer to show MeV classes.
double peakKvOf(const CargoScannerSettings &scanner)
{
    return 1000.0 * scanner.highMV;
}

ScanView emptyView(const LineScanGeometry &geometry, const CargoScannerSettings &scanner)
{
    const FanView &fan = geometry.views.front();
    ScanView view;
    view.peakKv = peakKvOf(scanner);
    view.label = fan.label;
    view.kind = ViewKind::DualEnergy;
    view.width = geometry.rows;
    view.height = fan.elementCount();
    view.pixelSizeMm = geometry.rowPitchMm;
    return view;
}

VolumeScene partsOf(const CargoLoad &load, const CargoTarget &target)
{
    VolumeScene parts;
    for (size_t index : target.objects)
        parts.push_back(load.scene.at(index));
    return parts;
}

// A target's truth with its region and difficulty, and its noise-free transmissions alone over
// its band of pulses.
struct TargetAlone {
    GroundTruthObject truth;
    int firstRow = 0;
    ViewTransmissions alone;
};

TargetAlone measured(const CargoLoad &load, const CargoTarget &target, const ViewTransmissions *all,
                     const LineScanGeometry &geometry, const LineScanProjector &projector,
                     const DualEnergyDetector &model, int marginRows)
{
    const ScanBands::RowBand band = ScanBands::rowBandOf(target.bounds, geometry, marginRows);
    TargetAlone result{target.truth, band.first,
                       projector.transmissions(partsOf(load, target), band.geometry, model).front()};
    const QRectF raw = PackedScene::regionOf(target.bounds, geometry, 0);
    const int elements = geometry.views.front().elementCount();
    result.truth.regions = {Region{0, turned(raw, elements), {}}};
    if (raw.isEmpty())
        return result;
    const ViewTransmissions scene = all
        ? ScanBands::cropped(*all, {0, band.first, result.alone.width, result.alone.height})
        : projector.transmissions(load.scene, band.geometry, model).front();
    const QRect inBand = raw.toAlignedRect().adjusted(0, 0, -1, -1).translated(0, -band.first);
    result.truth.difficulty = ScanBands::difficultyIn(
        scene, result.alone, inBand.intersected({0, 0, result.alone.width, result.alone.height}));
    return result;
}

Scan aloneScan(const Scan &scan, const TargetAlone &target, const CargoScanOptions &options, double marginPx,
               quint32 noiseSeed)
{
    Scan alone;
    alone.id = TargetsAlone::scanIdOf(scan.id, target.truth.id);
    alone.objectKind = scan.objectKind;
    alone.scanner = scan.scanner;
    alone.provenance = scan.provenance;
    GroundTruthObject truth = target.truth;
    const ScanView &source = scan.views.front();
    const QRect crop = target.truth.regions.front()
                           .bounds()
                           .adjusted(-marginPx, -marginPx, marginPx, marginPx)
                           .toAlignedRect()
                           .intersected(QRect(0, 0, source.width, source.height));
    if (source.hasPixels()) {
        const QRect raw = unturned(crop, source.height).translated(0, -target.firstRow);
        alone.views.append(
            consoleView(ScanBands::cropped(target.alone, raw), options.scanner, noiseSeed, *source.pixelSizeMm));
    } else {
        alone.views.append(withoutPixels(source, crop.size()));
    }
    truth.regions = {Region{0, target.truth.regions.front().box.translated(-QPointF(crop.topLeft())), {}}};
    alone.truth.append(truth);
    return alone;
}

} // namespace

const Expected<AttenuationTable> &megavoltTable()
{
    static const Expected<AttenuationTable> table = AttenuationTable::bundledToMeV();
    return table;
}

LineScanGeometry geometryFor(const Bounds3 &extent, const CargoScanOptions &options)
{
    const double startYCm = extent.min.y - RoadMarginCm;
    const double lengthCm = extent.max.y - extent.min.y + 2 * RoadMarginCm;
    // The elements above the rig's top seen from the source, and a margin, show only air.
    const double towerX = ContainerLoad::WidthCm + CargoTowerGapCm;
    const double magnification
        = (towerX + options.sourceToNearSideCm) / std::max(1.0, extent.min.x + options.sourceToNearSideCm);
    const double topCm = CargoSourceHeightCm + (extent.max.z - CargoSourceHeightCm) * magnification + TowerMarginCm;
    LineScanGeometry geometry = LineScanGeometry::cargoPortal(options.sourceToNearSideCm, startYCm, 1, 5, 8, topCm);
    geometry.rows = int(std::ceil(lengthCm * 10 / geometry.rowPitchMm));
    return geometry;
}

ScanView consoleView(const ViewTransmissions &raw, const CargoScannerSettings &scanner, quint32 seed, double travelMm)
{
    std::array<std::vector<float>, 2> channels = raw.channels;
    if (scanner.noise)
        addCargoArtefacts(channels, raw.width, raw.height, scanner.artefacts, seed);
    DetectorSettings detector = CargoDetector::chainSettings(scanner);
    detector.seed = seed;
    const std::vector<Image16> detected = DetectorChain(detector).detect(std::move(channels), raw.width, raw.height);
    ScanView view;
    view.label = raw.label;
    view.kind = ViewKind::DualEnergy;
    view.width = raw.height;
    view.height = raw.width;
    view.pixelSizeMm = travelMm;
    view.peakKv = peakKvOf(scanner);
    for (const Image16 &channel : detected)
        view.channels.push_back(turned(channel));
    return view;
}

QRectF regionOf(const Bounds3 &bounds, const LineScanGeometry &geometry)
{
    return turned(PackedScene::regionOf(bounds, geometry, 0), geometry.views.front().elementCount());
}

CargoScans scanOf(const CargoLoad &load, const CargoScanOptions &options, std::optional<double> targetsAloneMarginPx)
{
    Scan scan;
    scan.id = options.id;
    scan.objectKind = options.kind;
    scan.scanner = QStringLiteral("PEN-Tournament synthetic drive-through cargo portal, %1/%2 MV linac")
                       .arg(options.scanner.lowMV)
                       .arg(options.scanner.highMV);
    scan.provenance = {QStringLiteral("PEN-Tournament synthetic generator"), QStringLiteral("CC0-1.0"), {}};
    const LineScanGeometry geometry = geometryFor(load.extent, options);
    const Expected<AttenuationTable> &table = megavoltTable();
    auto model = table ? CargoDetector::create(*table, options.scanner) : Expected<DualEnergyDetector>(table.error());
    if (!model) {
        scan.views.append(emptyView(geometry, options.scanner));
        return {std::move(scan), {}};
    }
    const LineScanProjector projector(*table);
    std::vector<ViewTransmissions> all;
    if (options.withPixels) {
        all = projector.transmissions(load.scene, geometry, *model);
        scan.views.append(
            consoleView(all.front(), options.scanner, SceneRandom::derive(options.noiseSeed, 0), geometry.rowPitchMm));
    } else {
        scan.views.append(emptyView(geometry, options.scanner));
    }
    const int marginRows = targetsAloneMarginPx ? int(std::ceil(*targetsAloneMarginPx)) : 0;
    QList<TargetAlone> targets;
    for (const CargoTarget &target : load.targets) {
        targets.append(
            measured(load, target, all.empty() ? nullptr : &all.front(), geometry, projector, *model, marginRows));
        scan.truth.append(targets.back().truth);
    }
    CargoScans scans{std::move(scan), {}};
    if (!targetsAloneMarginPx)
        return scans;
    for (qsizetype i = 0; i < targets.size(); ++i)
        scans.targetsAlone.append(
            aloneScan(scans.scan, targets[i], options, *targetsAloneMarginPx, options.noiseSeed + quint32(i) + 1));
    return scans;
}

} // namespace pen::CargoScan
