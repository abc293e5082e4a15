// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"

#include <QList>
#include <QString>

#include <optional>

namespace pen {

/// One thing in a scan that a contestant should find, as the image set's author knows it.
struct GroundTruthObject {
    QString id;                     ///< unique within its scan
    QString category;               ///< a ThreatCategories key, e.g. "narcotics"
    QList<Region> regions;          ///< one per view in which it is visible
    QString material;               ///< optional, e.g. "cocaine_hcl"
    std::optional<double> massKg;   ///< optional
    QString note;                   ///< optional, free text for trainers
    friend bool operator==(const GroundTruthObject &, const GroundTruthObject &) = default;
};

} // namespace pen
