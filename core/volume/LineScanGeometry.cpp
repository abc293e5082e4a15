// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "volume/LineScanGeometry.h"

#include <algorithm>
#include <cmath>

namespace pen {
namespace {

double distance(QPointF a, QPointF b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

// The parameter along segment a→b (0..1) where the ray from origin along direction crosses it, or
// −1 where it does not (or crosses behind the origin).
double crossingOnSegment(QPointF origin, QPointF direction, QPointF a, QPointF b)
{
    const QPointF edge = b - a;
    const double denominator = direction.x() * edge.y() - direction.y() * edge.x();
    if (std::abs(denominator) < 1e-12)
        return -1;
    const QPointF offset = a - origin;
    const double alongRay = (offset.x() * edge.y() - offset.y() * edge.x()) / denominator;
    const double alongEdge = (offset.x() * direction.y() - offset.y() * direction.x()) / denominator;
    return alongRay > 0 && alongEdge >= 0 && alongEdge <= 1 ? alongEdge : -1;
}

} // namespace

double FanView::detectorPositionOf(QPointF point) const
{
    const QPointF direction = point - source;
    const double firstArm = distance(detector[0], detector[1]);
    const double pitchCm = pitchMm / 10;
    if (pitchCm <= 0)
        return -1;
    if (const double t = crossingOnSegment(source, direction, detector[0], detector[1]); t >= 0)
        return t * firstArm / pitchCm;
    if (const double t = crossingOnSegment(source, direction, detector[1], detector[2]); t >= 0)
        return (firstArm + t * distance(detector[1], detector[2])) / pitchCm;
    return -1;
}

int FanView::elementCount() const
{
    const double armsCm = distance(detector[0], detector[1]) + distance(detector[1], detector[2]);
    return pitchMm > 0 ? int(std::floor(armsCm * 10 / pitchMm)) : 0;
}

QPointF FanView::element(int index) const
{
    const double along = (index + 0.5) * pitchMm / 10;
    const double firstArm = distance(detector[0], detector[1]);
    if (along <= firstArm)
        return detector[0] + (detector[1] - detector[0]) * (along / firstArm);
    return detector[1] + (detector[2] - detector[1]) * ((along - firstArm) / distance(detector[1], detector[2]));
}

QPointF FanView::subSource(int index) const
{
    if (focalSubSources <= 1)
        return source;
    // Across the ray to the middle of the detector, where the spot's projected width is taken.
    const QPointF central = element(elementCount() / 2) - source;
    const QPointF across = QPointF(-central.y(), central.x()) / std::hypot(central.x(), central.y());
    const double offsetCm = ((index + 0.5) / focalSubSources - 0.5) * focalSpotMm / 10;
    return source + across * offsetCm;
}

double LineScanGeometry::beltPosition(int row, int sub) const
{
    const int subs = motionSubRows > 0 ? motionSubRows : 1;
    return startYCm + (row + (sub + 0.5) / subs) * rowPitchMm / 10;
}

LineScanGeometry LineScanGeometry::dualViewTunnel6040()
{
    LineScanGeometry geometry;
    FanView top;
    top.label = QStringLiteral("top");
    top.source = {50, -40};
    top.detector = {QPointF(-3, 0), QPointF(-3, 44), QPointF(72, 44)};
    FanView side;
    side.label = QStringLiteral("side");
    side.source = {85, -2};
    side.detector = {QPointF(-3, -1), QPointF(-3, 44), QPointF(58, 44)};
    geometry.views = {top, side};
    return geometry;
}

LineScanGeometry LineScanGeometry::cargoPortal(double sourceToNearSideCm, double startYCm, int rows, double rowPitchMm,
                                               double pitchMm, double towerTopCm)
{
    constexpr double ContainerWidthCm = 243.8;
    const double towerX = ContainerWidthCm + CargoTowerGapCm;
    FanView side;
    side.label = QStringLiteral("side");
    side.source = {-sourceToNearSideCm, CargoSourceHeightCm};
    // One straight arm up the tower: the second arm is the tower's last element row, in line.
    const double topCm = std::clamp(towerTopCm, CargoTowerBottomCm + 1, CargoTowerTopCm);
    side.detector
        = {QPointF(towerX, CargoTowerBottomCm), QPointF(towerX, topCm - pitchMm / 10), QPointF(towerX, topCm)};
    side.pitchMm = pitchMm;
    side.focalSpotMm = 2.0;
    LineScanGeometry geometry;
    geometry.views = {side};
    geometry.rows = rows;
    geometry.rowPitchMm = rowPitchMm;
    geometry.startYCm = startYCm;
    return geometry;
}

} // namespace pen
