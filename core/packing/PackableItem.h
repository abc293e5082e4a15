// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "packing/SettlingLiquid.h"
#include "volume/VolumeScene.h"

#include <QString>

#include <memory>
#include <random>

namespace pen {

/// One thing that goes into a bag or parcel, built in its own frame (cm) lying flat: its longest
/// sides along x and y, its thinnest along z. Its parts may nest (liquid in a bottle, cells in a
/// laptop) but never overlap unless they stand for a mixture of materials in the same space.
struct PackableItem {
    explicit PackableItem(QString itemName, QString itemCategory = QStringLiteral("clutter"))
        : name(std::move(itemName)), category(std::move(itemCategory))
    {
    }

    QString name;
    QString kind;                      ///< the catalogue entry it was drawn as ("garment" for jeans); empty if none
    QString category;                  ///< a ThreatCategories key for threats, "clutter" otherwise
    QString mainMaterial;              ///< the material of the part that matters most
    std::vector<VolumeObject> objects; ///< in the item's frame
    Bounds3 localBounds;               ///< round all the parts
    bool staysFlat = false;            ///< never packed on its edge (folded clothes)
    /// Parts that are liquids: the packer lays each at the bottom of its cavity for the item's pose.
    std::vector<SettlingLiquid> liquids;

    bool isThreat() const { return category != QLatin1String("clutter"); }
    /// Adds a part (material: an AttenuationTable key; density 0: the table's nominal one).
    void add(std::shared_ptr<const Solid> solid, const QString &material, double densityGcm3 = 0);
};

/// Builds one item of a kind, drawing its sizes and details from the engine.
using ItemBuilder = PackableItem (*)(std::mt19937 &engine);

} // namespace pen
