// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ObjectKind.h"

#include <QList>
#include <QString>

namespace pen {

/// How a threat is hidden; the first is easy, the others are increasingly hard to see.
enum class Concealment {
    Open,        ///< among the contents, nothing in front of it
    InsideGoods, ///< wrapped in or packed among goods of similar matter (organic in organic)
    BehindDense, ///< on the same rays as denser goods (metal, ceramics)
    FalseWall,   ///< behind an extra wall or floor: a hidden compartment
};

/// One threat or contraband item to put into a scene.
struct Contraband {
    QString kind; ///< cocaine, heroin, pistol, knife, explosive, currency, cigarettes
    Concealment concealment = Concealment::Open;
};

/// What one synthetic scan should contain; the builders add everything else from the seed.
struct ScenePlan {
    QString id;
    ObjectKind kind = ObjectKind::Parcel;
    QList<Contraband> contraband;
    bool recordCompartment = false; ///< also record a hidden compartment as its own object
    bool declaration = false;       ///< containers and vehicles: attach a declaration
    QString inconsistency;          ///< empty, or one of GroundTruthObject::inconsistencyKinds()
};

} // namespace pen
