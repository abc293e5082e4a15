// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/VehicleHiding.h"

#include <algorithm>

namespace pen::VehicleHiding {
namespace {

constexpr double PlateThickness = 0.2; // a false floor of 2 mm steel sheet
constexpr double Doorway = 45;         // kept clear inside a van's rear doors

enum class Place {
    Door,
    Sill,
    Dashboard,
    RoofLining,
    Pillar,
    SideLining,
    FloorPlate,
    FuelTank,
    Bulkhead,
    SeatBack,
    SpareWheel,
    Seat,
    Cartons,
    BootFloor,
    Footwell,
    ParcelShelf,
    OnSeat,
    Doorway
};

// One place an item can go: which, and which of its kind (a door, a side, a seat).
struct Spot {
    Place place;
    int which = 0;
};

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

// A stretch of box along y, from 60 cm to 120 cm long, anywhere along it.
Bounds3 stretch(Bounds3 box, SceneRandom &random)
{
    const double length = std::min(box.max.y - box.min.y, random.uniform(60, 120));
    box.min.y = random.uniform(box.min.y, box.max.y - length);
    box.max.y = box.min.y + length;
    return box;
}

// The places a concealment allows in this vehicle.
std::vector<Spot> placesFor(Concealment how, const VehicleFrame &f, bool recordCompartment)
{
    switch (how) {
    case Concealment::BehindDense: {
        std::vector<Spot> all{{Place::Door, 0},       {Place::Door, 1},   {Place::Door, 2},      {Place::Door, 3},
                              {Place::Sill, 0},       {Place::Sill, 1},   {Place::Dashboard, 0}, {Place::RoofLining, 0},
                              {Place::RoofLining, 1}, {Place::Pillar, 0}, {Place::Pillar, 1}};
        if (f.van)
            all.insert(all.end(), {{Place::SideLining, 0}, {Place::SideLining, 1}});
        return all;
    }
    case Concealment::FalseWall:
        if (recordCompartment)
            return {{Place::FloorPlate, 0}};
        if (f.van)
            return {{Place::FloorPlate, 0}, {Place::FuelTank, 0}, {Place::Bulkhead, 0}};
        return {{Place::FloorPlate, 0}, {Place::FuelTank, 0}, {Place::SeatBack, 0}};
    case Concealment::InsideGoods:
        if (f.van)
            return {{Place::Cartons, 0}, {Place::Seat, 1}, {Place::Seat, 3}};
        return {{Place::SpareWheel, 0}, {Place::Seat, 0}, {Place::Seat, 2}, {Place::Seat, 3}, {Place::Seat, 4}};
    case Concealment::Open:
        if (f.van)
            return {{Place::Doorway, 0}, {Place::OnSeat, 1}};
        return {{Place::BootFloor, 0},   {Place::Footwell, 0}, {Place::Footwell, 1},
                {Place::ParcelShelf, 0}, {Place::OnSeat, 0},   {Place::OnSeat, 2}};
    }
    return {};
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

// The cavities behind panels and linings: the doors, from a drawn one on, the sills inside their
// walls, the glovebox side of the dashboard, between two roof bows over the headliner, a van's
// side walls behind the linings of its load space.
Bounds3 behindPanels(const Spot &spot, const VehicleFrame &f, int firstDoor, SceneRandom &random)
{
    const double w = f.width, h = f.height, m = f.middleX();
    switch (spot.place) {
    case Place::Door: { // from the bottom of the cavity or wedged higher up
        const int door = (spot.which + firstDoor) % 4;
        Bounds3 cavity = f.doorCavity(door % 2 == 0, door / 2 == 1);
        const double tall = std::min(cavity.max.z - cavity.min.z, random.uniform(18, 35));
        cavity.min.z = random.uniform(cavity.min.z, cavity.max.z - tall);
        cavity.max.z = cavity.min.z + tall;
        return cavity;
    }
    case Place::Sill: return stretch(f.sill(spot.which == 1).expanded(-0.5), random);
    case Place::Dashboard: {
        const double y = f.firewallY(), z = f.beltZ;
        return {{m + 36, y - 30, z - 18}, {w - 12, y - 4, z + 2}};
    }
    case Place::RoofLining: {
        if (f.van) { // between two bows over the load space, one towards the doors, one further in
            const int gaps = std::max(2, int((f.bootEndY - 80) / 75)), half = gaps / 2;
            const int gap = spot.which == 0 ? random.integer(0, half - 1) : random.integer(half, gaps - 1);
            const double y = 65 + 75 * gap;
            return {{13, y + 0.5, h - 12.5}, {w - 13, y + 69.5, h - 5.2}};
        }
        const bool back = spot.which == 0;
        const double y0 = back ? f.pillarCY + 16 : 0.45 * f.length + 4,
                     y1 = back ? 0.45 * f.length - 4 : f.roofEndY - 16;
        return {{12, y0, h - 7.9}, {w - 12, y1, h - 1.2}};
    }
    case Place::Pillar: { // the hollow B-pillar (a van's: behind the cab door) from the belt up
        const double y = f.van ? f.bootEndY + 1.5 : 0.52 * f.length, x0 = spot.which == 0 ? 1.5 : w - 7.5;
        return {{x0, y - 5, f.beltZ}, {x0 + 6, y + 5, h - 10}};
    }
    case Place::SideLining: {
        const double x0 = spot.which == 0 ? 3.5 : w - 12, tall = random.uniform(40, 80);
        const double z0 = random.uniform(f.floorZ + 8, h - 12 - tall);
        return stretch({{x0, 10, z0}, {x0 + 8.5, 0.4 * f.length - 5, z0 + tall}}, random);
    }
    default: return {};
    }
}

// Inside a backrest's foam, behind its cover: a car's front seat (which 3 near, 4 far) or a van's
// cab bench.
Bounds3 inBackrest(const Spot &spot, const VehicleFrame &f)
{
    const double floor = f.floorZ + 1.4;
    if (f.van) {
        const double y0 = f.bootEndY + 8;
        return {{80, y0 + 1, floor + 24}, {f.width - 18, y0 + 9, floor + 76}};
    }
    const double x0 = spot.which == 3 ? 22 : f.width - 72, y0 = 0.45 * f.length;
    return {{x0 + 4, y0 + 1, floor + 24}, {x0 + 46, y0 + 9, floor + 71}};
}

// In what the vehicle carries or holds: the spare wheel's well, a seat's cushion (which 0 front
// near, 1 front far, 2 the rear bench, or a van's cab bench) or backrest.
Bounds3 insideFittings(const Spot &spot, const VehicleFrame &f)
{
    const double w = f.width;
    if (spot.place == Place::SpareWheel)
        return underSpare(f);
    if (spot.which >= 3)
        return inBackrest(spot, f);
    const double floor = (spot.which == 2 ? f.bootFloorZ + 0.1 : f.floorZ + 1.4) + 8.4;
    if (f.van) {
        const double y0 = f.bootEndY + 8;
        return {{80, y0 + 12, floor}, {w - 18, y0 + 46, floor + 11}};
    }
    if (spot.which == 2)
        return {{26, f.bootEndY + 12, floor}, {w - 26, f.kickY() + 6, floor + 11}};
    const double x0 = spot.which == 0 ? 22 : w - 72, y0 = 0.45 * f.length;
    return {{x0 + 4, y0 + 12, floor}, {x0 + 46, y0 + 48, floor + 11}};
}

// In a compartment welded into the fuel tank, its fuel round it.
Bounds3 inTank(const VehicleFrame &f)
{
    const double m = f.middleX();
    if (f.van)
        return {{m - 31, 0.42 * f.length + 2, 25}, {m + 20, 0.56 * f.length - 2, 46}};
    return {{m - 43, f.rearAxleY + 6, 15}, {m + 20, f.kickY() - 3, 38}};
}

// In the open on a seat: the front passenger's, the rear bench or a van's cab bench; or on a
// car's parcel shelf under the rear window.
Bounds3 onSeat(const Spot &spot, const VehicleFrame &f)
{
    if (spot.place == Place::ParcelShelf)
        return {{24, 0.2 * f.length + 1, f.deckZ() + 0.5}, {f.width - 24, 0.27 * f.length, f.deckZ() + 8}};
    Bounds3 cushion = insideFittings(spot, f);
    cushion.min.z = cushion.max.z + 1;
    cushion.max.z = cushion.min.z + 18;
    return cushion;
}

// On a floor in the open: a car's rear footwell or the front passenger's.
Bounds3 footwell(const Spot &spot, const VehicleFrame &f)
{
    const double w = f.width, z = f.floorZ + 1.5;
    if (spot.which == 0)
        return {{24, f.kickY() + 10, z}, {w - 24, 0.45 * f.length - 2, z + 20}};
    return {{f.middleX() + 20, 0.45 * f.length + 52, z}, {w - 24, f.firewallY() - 34, z + 18}};
}

QString describe(Place place)
{
    switch (place) {
    case Place::Door: return QStringLiteral("in a door's cavity");
    case Place::Sill: return QStringLiteral("in a sill");
    case Place::Dashboard: return QStringLiteral("behind the dashboard");
    case Place::RoofLining: return QStringLiteral("over the roof lining");
    case Place::Pillar: return QStringLiteral("in a pillar");
    case Place::SideLining: return QStringLiteral("behind a side lining");
    case Place::FloorPlate: return QStringLiteral("under a false floor");
    case Place::FuelTank: return QStringLiteral("in a compartment in the fuel tank");
    case Place::Bulkhead: return QStringLiteral("behind a false bulkhead");
    case Place::SeatBack: return QStringLiteral("behind a false panel at the rear seat's back");
    case Place::SpareWheel: return QStringLiteral("under the spare wheel");
    case Place::Seat: return QStringLiteral("inside a seat");
    case Place::Cartons: return QStringLiteral("inside the cartons of goods");
    case Place::BootFloor: return QStringLiteral("on the boot floor");
    case Place::Footwell: return QStringLiteral("in a footwell");
    case Place::ParcelShelf: return QStringLiteral("on the parcel shelf");
    case Place::OnSeat: return QStringLiteral("on a seat");
    case Place::Doorway: return QStringLiteral("in the load space's doorway");
    }
    return {};
}

// A drawn order of the places, so that every place is as likely to be used.
void shuffle(std::vector<Spot> &spots, SceneRandom &random)
{
    for (int i = int(spots.size()) - 1; i > 0; --i)
        std::swap(spots[size_t(i)], spots[size_t(random.integer(0, i))]);
}

// An item's place, and which of the items sharing that place it is and how many share it.
struct Chosen {
    Spot spot;
    int share = 0;
    int shares = 0;
};

// Each item's place: the k-th item of a concealment takes the k-th of its drawn places, sharing
// it (side by side) only when the places run out.
std::vector<Chosen> choose(const ScenePlan &plan, const VehicleFrame &frame, SceneRandom &random)
{
    std::vector<std::vector<Spot>> options(4);
    for (int how = 0; how < 4; ++how) {
        options[size_t(how)] = placesFor(Concealment(how), frame, plan.recordCompartment);
        shuffle(options[size_t(how)], random);
    }
    int used[4] = {0, 0, 0, 0};
    std::vector<Chosen> chosen;
    for (const Contraband &c : plan.contraband) {
        const std::vector<Spot> &o = options[size_t(c.concealment)];
        const int k = used[int(c.concealment)]++;
        chosen.push_back({o[size_t(k) % o.size()], k / int(o.size()), 0});
    }
    for (Chosen &one : chosen)
        for (const Chosen &other : chosen)
            one.shares += other.spot.place == one.spot.place && other.spot.which == one.spot.which ? 1 : 0;
    return chosen;
}

bool uses(const std::vector<Chosen> &chosen, Place place)
{
    return std::any_of(chosen.begin(), chosen.end(), [place](const Chosen &c) { return c.spot.place == place; });
}

// The rooms of the built compartments and what they leave of the load space.
struct Built {
    Bounds3 under;  ///< under the false floor
    Bounds3 behind; ///< behind a car's false panel or a van's false bulkhead
    Bounds3 load;   ///< the boot or load space left
};

Built build(const std::vector<Chosen> &chosen, const ScenePlan &plan, const VehicleFrame &frame,
            VehicleHidingPlan &hiding, SceneRandom &random)
{
    Built b{underPlate(frame), {}, frame.loadSpace()};
    if (frame.van && !plan.recordCompartment)
        b.under = stretch(b.under, random);
    const bool panelled = !frame.van && uses(chosen, Place::SeatBack);
    const double panelY = frame.bootEndY - 15.5; // a car's false panel before the rear seat's back
    if (panelled)
        b.under.max.y = std::min(b.under.max.y, panelY - 1);
    if (uses(chosen, Place::FloorPlate)) {
        hiding.falseFloor = {{b.under.min.x, b.under.min.y, b.under.max.z + 0.1},
                             {b.under.max.x, b.under.max.y, b.under.max.z + 0.1 + PlateThickness}};
        b.load.min.z = hiding.falseFloor.max.z + 0.1;
    }
    Bounds3 &load = b.load;
    if (panelled) {
        const double top = frame.bootFloorZ + 37;
        hiding.falseBulkhead = {{load.min.x, panelY - 0.2, load.min.z}, {load.max.x, panelY, top}};
        b.behind = {{load.min.x + 0.5, panelY + 0.5, load.min.z + 0.4}, {load.max.x - 0.5, load.max.y - 0.5, top - 1}};
        load.max.y = panelY - 1;
    }
    if (frame.van && uses(chosen, Place::Bulkhead)) {
        const double depth = random.uniform(18, 30), y = load.max.y - depth;
        hiding.falseBulkhead = {{load.min.x, y - 0.2, load.min.z}, {load.max.x, y, load.max.z}};
        b.behind = {{load.min.x + 0.5, y + 0.5, load.min.z + 0.5}, {load.max.x - 0.5, load.max.y - 0.5, load.max.z}};
        load.max.y = y - 1;
    }
    return b;
}

// The room of one place (empty for the van's cartons, which the load gives).
Bounds3 roomOf(const Spot &spot, const Built &built, const Bounds3 &open, const VehicleFrame &frame, int firstDoor,
               SceneRandom &random)
{
    switch (spot.place) {
    case Place::FloorPlate: return built.under;
    case Place::FuelTank: return inTank(frame);
    case Place::Bulkhead:
    case Place::SeatBack: return built.behind;
    case Place::SpareWheel:
    case Place::Seat: return insideFittings(spot, frame);
    case Place::Cartons: return {};
    case Place::BootFloor:
    case Place::Doorway: return open;
    case Place::Footwell: return footwell(spot, frame);
    case Place::ParcelShelf:
    case Place::OnSeat: return onSeat(spot, frame);
    default: return behindPanels(spot, frame, firstDoor, random);
    }
}

} // namespace

VehicleHidingPlan plan(const ScenePlan &plan, const VehicleFrame &frame, SceneRandom &random)
{
    const std::vector<Chosen> chosen = choose(plan, frame, random);
    VehicleHidingPlan hiding;
    const Built built = build(chosen, plan, frame, hiding, random);
    Bounds3 open = built.load;
    if (frame.van) {
        open.max.y = open.min.y + Doorway;
        hiding.cargoSpace = built.load;
        hiding.cargoSpace.min.y = open.max.y + 1;
    }
    const int firstDoor = random.integer(0, 3);
    for (const Chosen &c : chosen) {
        Bounds3 room = roomOf(c.spot, built, open, frame, firstDoor, random);
        hiding.amongCartons += c.spot.place == Place::Cartons ? 1 : 0;
        const bool thin = room.max.x - room.min.x < 12; // a door, sill or side lining: share along
        if (!room.isEmpty() && c.shares > 1)
            room = slice(room, thin || c.spot.place == Place::FloorPlate ? 1 : 0, c.share, c.shares);
        hiding.spaces.push_back(room);
        hiding.places << describe(c.spot.place);
    }
    return hiding;
}

} // namespace pen::VehicleHiding
