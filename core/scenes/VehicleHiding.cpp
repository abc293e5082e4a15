// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleHiding.h"

#include <algorithm>

namespace pen::VehicleHiding {
namespace {

constexpr double PlateThickness = 0.2; // a false floor of 2 mm steel sheet
constexpr double Doorway = 45;         // kept clear inside a van's rear doors

// Slice index of count equal slices of box along axis (0: x, 1: y).
Bounds3 slice(const Bounds3 &box, int axis, int index, int count)
{
    Bounds3 part = box;
    const double from = axis == 0 ? box.min.x : box.min.y, to = axis == 0 ? box.max.x : box.max.y;
    const double step = (to - from) / count, a = from + index * step + (index > 0 ? 0.5 : 0),
                 b = from + (index + 1) * step - (index + 1 < count ? 0.5 : 0);
    (axis == 0 ? part.min.x : part.min.y) = a;
    (axis == 0 ? part.max.x : part.max.y) = b;
    return part;
}

// The cavities of the doors, then of the sills, from a drawn door on.
std::vector<Bounds3> cavities(const VehicleFrame &f, SceneRandom &random)
{
    std::vector<Bounds3> doors{f.doorCavity(true, false), f.doorCavity(false, false), f.doorCavity(true, true),
                               f.doorCavity(false, true)};
    std::rotate(doors.begin(), doors.begin() + random.integer(0, 3), doors.end());
    for (bool farSide : {false, true}) // inside the sill's walls
        doors.push_back(f.sill(farSide).expanded(-0.5));
    return doors;
}

// The floor a false plate lies on and the room under it, as tall as a brick stack needs.
Bounds3 underPlate(const VehicleFrame &f)
{
    const Bounds3 load = f.loadSpace();
    return {{load.min.x + 0.1, load.min.y + 0.1, load.min.z + 0.1},
            {load.max.x - 0.1, load.max.y - 0.1, load.min.z + 11}};
}

// Under a car's spare wheel, inside its well.
Bounds3 underSpare(const VehicleFrame &f)
{
    const Bounds3 well = f.spareWell();
    const double tyreBottom = f.spareWheelCentre().z - 5.7;
    return {{well.min.x + 0.5, well.min.y + 0.5, well.min.z + 0.2},
            {well.max.x - 0.5, well.max.y - 0.5, tyreBottom - 0.3}};
}

int countOf(const ScenePlan &plan, Concealment how)
{
    return int(std::count_if(plan.contraband.begin(), plan.contraband.end(),
                             [how](const Contraband &c) { return c.concealment == how; }));
}

} // namespace

VehicleHidingPlan plan(const ScenePlan &plan, const VehicleFrame &frame, SceneRandom &random)
{
    VehicleHidingPlan hiding;
    const Bounds3 under = underPlate(frame);
    const bool plated = countOf(plan, Concealment::FalseWall) > 0;
    if (plated)
        hiding.falseFloor = {{under.min.x, under.min.y, under.max.z + 0.1},
                             {under.max.x, under.max.y, under.max.z + 0.1 + PlateThickness}};
    Bounds3 load = frame.loadSpace();
    if (plated)
        load.min.z = hiding.falseFloor.max.z + 0.1;
    Bounds3 open = load;
    if (frame.van) {
        open.max.y = open.min.y + Doorway;
        hiding.cargoSpace = load;
        hiding.cargoSpace.min.y = open.max.y + 1;
    }
    const std::vector<Bounds3> doors = cavities(frame, random);
    int used[4] = {0, 0, 0, 0};
    for (const Contraband &c : plan.contraband) {
        const int how = int(c.concealment), index = used[how]++, count = countOf(plan, c.concealment);
        switch (c.concealment) {
        case Concealment::BehindDense: hiding.spaces.push_back(doors[size_t(index) % doors.size()]); break;
        case Concealment::FalseWall: hiding.spaces.push_back(slice(under, 1, index, count)); break;
        case Concealment::Open: hiding.spaces.push_back(slice(open, frame.van ? 0 : 1, index, count)); break;
        case Concealment::InsideGoods:
            if (frame.van) {
                hiding.spaces.emplace_back();
                ++hiding.amongCartons;
            } else {
                hiding.spaces.push_back(slice(underSpare(frame), 0, index, count));
            }
            break;
        }
    }
    return hiding;
}

} // namespace pen::VehicleHiding
