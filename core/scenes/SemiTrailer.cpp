// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/SemiTrailer.h"

#include "scenes/CargoSolids.h"
#include "scenes/TruckParts.h"
#include "volume/BoxSolid.h"

namespace pen::SemiTrailer {
namespace {

using namespace CargoSolids;

const QString Steel = QStringLiteral("iron");
constexpr double W = ContainerFrame::Width;
constexpr double Z0 = ContainerFrame::BottomZ;

// Outriggers every 60 cm from rail to the container's edges, where the twist locks sit.
void crossMembers(const ContainerFrame &f, WeighedScene &scene)
{
    const int count = int((f.length - 230) / 60);
    auto plate = std::make_shared<BoxSolid>(Vec3{W - 20, 0.8, 18}, Placement());
    scene.add(lattice(plate, {1, count, 1}, {W - 20, 60, 18}, {10, 30, Z0 - 20}),
              SolidVolumes::box({W - 20, 0.8, 18}) * count, Steel);
    for (double x : {4.0, W - 12})
        for (double y : {5.0, f.length - 13})
            box(scene, {x, y, Z0 - 7}, {x + 8, y + 8, Z0}, Steel);
}

// Landing legs raised for the road, braced together, with the crank's gearbox.
void landingLegs(const ContainerFrame &f, WeighedScene &scene)
{
    const double y = kingPinY(f) - 170;
    for (double x : {W / 2 - 62, W / 2 + 52}) {
        hollowBox(scene, {x, y, 50}, {x + 10, y + 10, Z0 - 32}, 0.6, Steel);
        hollowBox(scene, {x + 1, y + 1, 32}, {x + 9, y + 9, 50}, 0.6, Steel);
        box(scene, {x - 6, y - 6, 29}, {x + 16, y + 16, 32}, Steel);
    }
    box(scene, {W / 2 - 75, y + 2, 62}, {W / 2 - 62, y + 8, 75}, Steel);
    tube(scene, Axis::X, {W / 2, y + 5, 60}, 2.5, 104, 0.4, Steel);
}

} // namespace

double kingPinY(const ContainerFrame &frame)
{
    return frame.length - 90;
}

void build(const ContainerFrame &f, WeighedScene &scene)
{
    // The rails stop where the gooseneck's skid plate rides on the tractor's fifth wheel.
    TruckParts::ladderRails(scene, 10, f.length - 150, 48, Z0, 30, 12);
    crossMembers(f, scene);
    hollowBox(scene, {30, f.length - 160, Z0 - 8}, {W - 30, f.length + 10, Z0}, 1.0, Steel);
    cylinder(scene, Axis::Z, {W / 2, kingPinY(f), Z0 - 12}, 4.5, 8, Steel);
    landingLegs(f, scene);
    hollowCylinder(scene, Axis::Y, {W / 2 - 20, f.length / 2, 68}, 15, 80, 0.4, Steel); // air tank
    hollowBox(scene, {20, 2, 45}, {W - 20, 12, 57}, 0.4, Steel);                        // under-run guard
    for (double x : {40.0, W - 46})
        box(scene, {x, 4, 57}, {x + 6, 10, Z0 - 30}, Steel);
    // A 20 ft chassis has two axles: a third would meet the tractor's tandem under the short box.
    const std::vector<double> axles
        = f.length > 1000 ? std::vector<double>{110, 241, 372} : std::vector<double>{90, 221};
    for (double y : axles)
        TruckParts::axle(scene, y, true);
}

} // namespace pen::SemiTrailer
