// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scenes/SceneRandom.h"
#include "volume/Bounds3.h"

namespace pen {

/// The sizes and landmarks of one car or van in the cargo scanner's frame (cm; see VehicleLoad.h):
/// the rear bumper at y = 0, the front at y = length, x = 0 the side nearest the source, z = 0 the
/// road. Everything the body, running gear and hiding places share is measured here once.
struct VehicleFrame {
    bool van = false;
    double length = 450;
    double width = 180;
    double height = 145;
    double wheelRadius = 31.5;
    double rearAxleY = 95;
    double frontAxleY = 365;
    double floorZ = 22;     ///< top of the floor pan (a van: of the load floor)
    double sillZ = 14;      ///< underside of the sills
    double beltZ = 92;      ///< where the side glass starts
    double bootFloorZ = 40; ///< a car's boot floor over the spare wheel well
    double bootEndY = 85;   ///< a car: the rear seat back; a van: the bulkhead behind the cab
    double pillarCY = 140;  ///< a car: where the rear window meets the roof
    double roofEndY = 265;  ///< where the windscreen meets the roof
    double cowlY = 335;     ///< the windscreen's foot
    double cowlZ = 98;
    double noseZ = 80; ///< the bonnet's front edge

    /// A car of 420–480 cm or a panel van of 500–560 cm, sizes drawn from random.
    static VehicleFrame draw(bool van, SceneRandom &random);

    double middleX() const { return width / 2; }
    Bounds3 outside() const { return {{0, 0, 0}, {width, length, height}}; }
    /// The car's boot or the van's load space, above the floor and inside the walls.
    Bounds3 loadSpace() const;
    /// A door's outline in the side (y0..y1 along, z0..z1 up): front (a van's cab door) or rear
    /// (a van's sliding door).
    struct Door {
        double y0, y1, z0, z1;
    };
    Door door(bool front) const;
    /// The cavity of a door between its intrusion beam and its inner skin, on the near (x = 0) or
    /// far side: where smugglers hide things behind the door's panels and beam.
    Bounds3 doorCavity(bool front, bool farSide) const;
    /// A closed steel sill along the bottom of a side, between the wheel arches.
    Bounds3 sill(bool farSide) const;
    /// The tub under a car's boot floor where the spare wheel lies.
    Bounds3 spareWell() const;
    /// The spare wheel's middle, lying flat: in the car's well, a hand's breadth over its bottom
    /// (room for what smugglers put under it), or under a van's rear floor.
    Vec3 spareWheelCentre() const;
    double deckZ() const { return van ? height : 0.68 * height; } ///< a car's boot lid
    double wheelX() const { return van ? 16 : 14; }               ///< the near wheels' middle
    double railX() const { return van ? 26 : 23; }                ///< the near longitudinal's side towards the source
    /// Where a car's floor steps down from the boot floor (over the rear axle, under the rear seat)
    /// to the floor pan.
    double kickY() const { return rearAxleY + wheelRadius + 2; }
    /// Between the cab and the engine; a van's engine sits partly under its windscreen.
    double firewallY() const { return van ? cowlY - 32 : cowlY - 8; }
};

} // namespace pen
