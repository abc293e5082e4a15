// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Region.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pen {

/// How hard an object is to find, as its generator or annotator measured it.
struct Difficulty {
    double overlap = 0;     ///< 0..1: fraction of the object's attenuation due to other things on the same rays
    double clutter = 0;     ///< 0..1: how busy the surroundings are
    double rotationDeg = 0; ///< in-plane rotation from the object's canonical pose
    friend bool operator==(const Difficulty &, const Difficulty &) = default;
};

/// One thing in a scan that a contestant should find, as the image set's author knows it.
struct GroundTruthObject {
    QString id;                                ///< unique within its scan
    QString category;                          ///< a ThreatCategories key, e.g. "narcotics"
    QList<Region> regions;                     ///< one per view in which it is visible
    QString material;                          ///< optional, e.g. "cocaine_hcl"
    std::optional<double> massKg;              ///< optional
    QString note;                              ///< optional, free text for trainers
    std::optional<double> thicknessMm = {};    ///< optional, along the beam (step-wedge steps, slabs)
    std::optional<Difficulty> difficulty = {}; ///< optional
    /// For declaration checks: how scan and declaration disagree here, one of inconsistencyKinds();
    /// empty for ordinary objects.
    QString inconsistency = {};

    static const QStringList &inconsistencyKinds(); ///< wrong-goods, wrong-quantity, wrong-weight, undeclared-goods
    friend bool operator==(const GroundTruthObject &, const GroundTruthObject &) = default;
};

} // namespace pen
