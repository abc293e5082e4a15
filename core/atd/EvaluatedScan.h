// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "atd/MachineAnswer.h"
#include "model/GroundTruthObject.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pen {

/// Ground truth without pixels: scan id → the objects in that scan (an empty list: a clear scan).
/// Scans of unknown truth (TruthLevel::Unknown) must be left out: they are not clear.
using TruthByScan = QHash<QString, QList<GroundTruthObject>>;

/// One scan of the truth with the machine's answer for it, as every detection metric sees it.
struct EvaluatedScan {
    QString scanId;
    /// The scan's objects without declaration-check objects (non-empty inconsistency), which no
    /// detection metric counts.
    QList<GroundTruthObject> truth;
    const MachineAnswer *answer = nullptr; ///< null: the machine gave no answer; not owned

    bool answered() const { return answer && !answer->failed(); } ///< a valid answer exists
    /// The detected objects of a valid answer (of one category unless category is empty).
    QList<DetectedObject> detections(const QString &category = {}) const;
    /// The located truth objects of one category (all of them when category is empty); image-level
    /// labels (objects without regions) are left out, as no detection can be matched to them.
    QList<GroundTruthObject> truthOf(const QString &category = {}) const;
    /// Whether a valid answer's alarmScore reaches threshold; missing and failed answers never alarm.
    bool alarms(double threshold) const { return answered() && answer->alarmScore >= threshold; }
    /// At least one truth object of the given categories (any category when the list is empty),
    /// image-level labels included: a bag labelled "holds a gun" is a target scan.
    bool hasTargetOf(const QStringList &categories) const;
    /// Whether any truth object is an image-level label (no region), as imported from SIXray-style labels.
    bool hasImageLevelTruth() const;
};

/// Pairs each scan of the truth with its answer, in scan id order so that results never depend on
/// hash order. Answers for scans outside the truth are ignored; of several answers for one scan,
/// the first counts. The answers must outlive the result.
QList<EvaluatedScan> pairWithTruth(const QList<MachineAnswer> &answers, const TruthByScan &truth);

/// The categories to evaluate: the given ones, or all categories of the truth (sorted) when empty.
QStringList categoriesToEvaluate(const QStringList &categories, const QList<EvaluatedScan> &scans);

} // namespace pen
