// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/CtProjection.h"

#include "synth/AttenuationTable.h"
#include "synth/DualEnergyDetector.h"

#include <algorithm>
#include <cmath>

namespace pen::CtProjection {
namespace {

constexpr double WaterReferenceCm = 10;

// Line integrals Σ μ · step (dimensionless) on the volume's own grid: u across the image, v = z.
struct LineIntegrals {
    int columns = 0;
    int rows = 0;
    double columnSpacingMm = 0;
    double rowSpacingMm = 0;
    std::vector<double> values; // rows × columns
};

LineIntegrals integrate(const CtVolume &volume, Axis axis, double muWaterPerCm)
{
    const bool vertical = axis == Axis::Vertical;
    LineIntegrals integrals;
    integrals.columns = vertical ? volume.columns : volume.rows;
    integrals.rows = volume.slices;
    integrals.columnSpacingMm = vertical ? volume.columnSpacingMm : volume.rowSpacingMm;
    integrals.rowSpacingMm = volume.sliceSpacingMm;
    integrals.values.assign(size_t(integrals.columns) * size_t(integrals.rows), 0.0);
    const double stepCm = (vertical ? volume.rowSpacingMm : volume.columnSpacingMm) / 10;
    for (int z = 0; z < volume.slices; ++z) {
        double *row = &integrals.values[size_t(z) * size_t(integrals.columns)];
        for (int y = 0; y < volume.rows; ++y) {
            for (int x = 0; x < volume.columns; ++x) {
                const double mu = muWaterPerCm * std::max(0.0, 1.0 + volume.at(x, y, z) / 1000.0);
                row[vertical ? x : y] += mu * stepCm;
            }
        }
    }
    return integrals;
}

// Linear interpolation on one axis: the value at continuous position p (in source samples).
struct Tap {
    int first = 0;
    int second = 0;
    double weight = 0; // of second
};

std::vector<Tap> taps(int sourceCount, double sourceSpacing, int targetCount, double targetSpacing)
{
    std::vector<Tap> result(static_cast<size_t>(targetCount));
    for (int i = 0; i < targetCount; ++i) {
        const double p = std::clamp((i + 0.5) * targetSpacing / sourceSpacing - 0.5, 0.0, double(sourceCount - 1));
        const int first = int(std::floor(p));
        result[size_t(i)] = {first, std::min(first + 1, sourceCount - 1), p - first};
    }
    return result;
}

int resampledCount(int count, double spacingMm, double pixelMm)
{
    return std::max(1, int(std::lround(count * spacingMm / pixelMm)));
}

Image16 resampledTransmission(const LineIntegrals &integrals, double pixelMm)
{
    const int width = resampledCount(integrals.columns, integrals.columnSpacingMm, pixelMm);
    const int height = resampledCount(integrals.rows, integrals.rowSpacingMm, pixelMm);
    const std::vector<Tap> across = taps(integrals.columns, integrals.columnSpacingMm, width, pixelMm);
    const std::vector<Tap> along = taps(integrals.rows, integrals.rowSpacingMm, height, pixelMm);
    const auto at = [&](int column, int row) {
        return integrals.values[size_t(row) * size_t(integrals.columns) + size_t(column)];
    };
    Image16 image(width, height);
    for (int y = 0; y < height; ++y) {
        const Tap &v = along[size_t(y)];
        for (int x = 0; x < width; ++x) {
            const Tap &u = across[size_t(x)];
            const double top = at(u.first, v.first) * (1 - u.weight) + at(u.second, v.first) * u.weight;
            const double bottom = at(u.first, v.second) * (1 - u.weight) + at(u.second, v.second) * u.weight;
            const double attenuation = top * (1 - v.weight) + bottom * v.weight;
            image.at(x, y) = quint16(std::lround(65535.0 * std::exp(-attenuation)));
        }
    }
    return image;
}

double pixelSizeOf(const CtVolume &volume, Axis axis)
{
    const double across = axis == Axis::Vertical ? volume.columnSpacingMm : volume.rowSpacingMm;
    return std::min(across, volume.sliceSpacingMm);
}

// The CT number at a point of slice z, x and y in voxels, bilinear between voxel centres; air
// outside the volume.
double huAt(const CtVolume &volume, double x, double y, int z)
{
    if (x < 0 || y < 0 || x > volume.columns - 1 || y > volume.rows - 1)
        return -1000;
    const int x0 = std::clamp(int(x), 0, std::max(0, volume.columns - 2));
    const int y0 = std::clamp(int(y), 0, std::max(0, volume.rows - 2));
    const int x1 = std::min(x0 + 1, volume.columns - 1);
    const int y1 = std::min(y0 + 1, volume.rows - 1);
    const double fx = x - x0;
    const double fy = y - y0;
    const double top = volume.at(x0, y0, z) * (1 - fx) + volume.at(x1, y0, z) * fx;
    const double bottom = volume.at(x0, y1, z) * (1 - fx) + volume.at(x1, y1, z) * fx;
    return top * (1 - fy) + bottom * fy;
}

// Line integrals along rays at angle in the x-y plane of each slice, millimetre coordinates
// centred on the slice: direction (sin a, cos a), detector axis (cos a, -sin a).
LineIntegrals integrateAtAngle(const CtVolume &volume, double angleDegrees, double muWaterPerCm, double pixelMm)
{
    constexpr double Pi = 3.14159265358979323846;
    constexpr double RoundingSlack = 1e-9; // cos 90° is 6e-17, not 0: no extra column for it
    const double angle = angleDegrees * Pi / 180;
    const double dx = std::sin(angle), dy = std::cos(angle);
    const double ux = std::cos(angle), uy = -std::sin(angle);
    const double halfWidthMm = volume.columns * volume.columnSpacingMm / 2;
    const double halfHeightMm = volume.rows * volume.rowSpacingMm / 2;
    // Half the slice's extent across the rays and along them.
    const double halfAcross = std::abs(ux) * halfWidthMm + std::abs(uy) * halfHeightMm;
    const double halfAlong = std::abs(dx) * halfWidthMm + std::abs(dy) * halfHeightMm;
    LineIntegrals integrals;
    integrals.columns = std::max(1, int(std::ceil(2 * halfAcross / pixelMm - RoundingSlack)));
    integrals.rows = volume.slices;
    integrals.columnSpacingMm = pixelMm;
    integrals.rowSpacingMm = volume.sliceSpacingMm;
    integrals.values.assign(size_t(integrals.columns) * size_t(integrals.rows), 0.0);
    const int steps = std::max(1, int(std::ceil(2 * halfAlong / pixelMm - RoundingSlack)));
    const double stepCm = pixelMm / 10;
    for (int z = 0; z < volume.slices; ++z) {
        double *row = &integrals.values[size_t(z) * size_t(integrals.columns)];
        for (int u = 0; u < integrals.columns; ++u) {
            const double across = (u + 0.5) * pixelMm - integrals.columns * pixelMm / 2;
            double sum = 0;
            for (int t = 0; t < steps; ++t) {
                const double along = (t + 0.5) * pixelMm - halfAlong;
                const double xMm = across * ux + along * dx;
                const double yMm = across * uy + along * dy;
                const double x = (xMm + halfWidthMm) / volume.columnSpacingMm - 0.5;
                const double y = (yMm + halfHeightMm) / volume.rowSpacingMm - 0.5;
                sum += muWaterPerCm * std::max(0.0, 1.0 + huAt(volume, x, y, z) / 1000.0);
            }
            row[u] = sum * stepCm;
        }
    }
    return integrals;
}

ScanView emptyView(const CtVolume &volume, Axis axis)
{
    ScanView view;
    view.label = axis == Axis::Vertical ? QStringLiteral("top") : QStringLiteral("side");
    view.pixelSizeMm = pixelSizeOf(volume, axis);
    view.peakKv = volume.peakKv;
    return view;
}

} // namespace

Expected<WaterAttenuation> scannerWaterAttenuation()
{
    const Expected<AttenuationTable> table = AttenuationTable::bundled();
    if (!table)
        return table.error();
    const Expected<DualEnergyDetector> detector = DualEnergyDetector::create(*table, DetectorSettings{});
    if (!detector)
        return detector.error();
    const QList<MaterialLayer> water{{QStringLiteral("water"), 0, WaterReferenceCm}};
    return WaterAttenuation{-std::log(detector->transmission(ScanView::LowEnergy, water)) / WaterReferenceCm,
                            -std::log(detector->transmission(ScanView::HighEnergy, water)) / WaterReferenceCm};
}

QSize projectedSize(const CtVolume &volume, Axis axis)
{
    const bool vertical = axis == Axis::Vertical;
    const double pixelMm = pixelSizeOf(volume, axis);
    return {resampledCount(vertical ? volume.columns : volume.rows,
                           vertical ? volume.columnSpacingMm : volume.rowSpacingMm, pixelMm),
            resampledCount(volume.slices, volume.sliceSpacingMm, pixelMm)};
}

ScanView projectedView(const CtVolume &volume, Axis axis, double muWaterPerCm)
{
    ScanView view = emptyView(volume, axis);
    view.kind = ViewKind::SingleEnergy;
    view.channels = {resampledTransmission(integrate(volume, axis, muWaterPerCm), *view.pixelSizeMm)};
    view.width = view.channels.front().width;
    view.height = view.channels.front().height;
    return view;
}

ScanView projectedViewAtAngle(const CtVolume &volume, double angleDegrees, double muWaterPerCm)
{
    ScanView view;
    view.label = QStringLiteral("angle");
    view.kind = ViewKind::SingleEnergy;
    view.pixelSizeMm = std::min({volume.columnSpacingMm, volume.rowSpacingMm, volume.sliceSpacingMm});
    view.peakKv = volume.peakKv;
    view.channels = {resampledTransmission(integrateAtAngle(volume, angleDegrees, muWaterPerCm, *view.pixelSizeMm),
                                           *view.pixelSizeMm)};
    view.width = view.channels.front().width;
    view.height = view.channels.front().height;
    return view;
}

Expected<ScanView> projectedDualEnergyView(const CtVolume &low, const CtVolume &high, Axis axis,
                                           const WaterAttenuation &water)
{
    if (low.columns != high.columns || low.rows != high.rows || low.slices != high.slices)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("the pair's volumes differ in size: %1 x %2 x %3 and "
                                        "%4 x %5 x %6 voxels")
                             .arg(low.columns)
                             .arg(low.rows)
                             .arg(low.slices)
                             .arg(high.columns)
                             .arg(high.rows)
                             .arg(high.slices));
    constexpr double Tolerance = 1e-3;
    if (std::abs(low.columnSpacingMm - high.columnSpacingMm) > Tolerance
        || std::abs(low.rowSpacingMm - high.rowSpacingMm) > Tolerance
        || std::abs(low.sliceSpacingMm - high.sliceSpacingMm) > Tolerance)
        return makeError(ErrorCode::Validation, QStringLiteral("the pair's volumes differ in voxel spacing"));
    ScanView view = emptyView(high, axis);
    view.kind = ViewKind::DualEnergy;
    view.channels = {resampledTransmission(integrate(low, axis, water.lowPerCm), *view.pixelSizeMm),
                     resampledTransmission(integrate(high, axis, water.highPerCm), *view.pixelSizeMm)};
    view.width = view.channels.front().width;
    view.height = view.channels.front().height;
    return view;
}

} // namespace pen::CtProjection
