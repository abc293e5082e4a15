// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "model/GroundTruthObject.h"
#include "model/RoundSettings.h"
#include "model/Scan.h"

#include <QList>
#include <QStringList>

namespace pen {

/// How one answer fares against one scan's ground truth, by the round's hit rule (docs/scoring.md):
/// a mark finds a target object in the same view when its centre lies inside the object's outline
/// or (rule covers-v2) it covers at least half of the object's box while being at most four times
/// its size, and names the object's category, or inconsistency kind, where the round asks for it.
/// Each object counts once; a mark finds the one object it fits best, or every object it finds
/// where the round lets one mark find several; further marks on an object already found are
/// neither hits nor false alarms.
struct ScanOutcome {
    enum class Verdict {
        Hit,              ///< a target scan with at least one target hit
        Miss,             ///< a target scan with none hit
        FalseAlarm,       ///< a scan without targets that was marked
        CorrectRejection, ///< a scan without targets left clear
    };

    QString scanId;
    QStringList hitObjects;                      ///< ground-truth ids, in ground-truth order
    QStringList missedObjects;                   ///< target ids not hit
    QList<int> falseAlarmMarks;                  ///< indices into the answer's marks
    QList<int> hittingMarks;                     ///< indices of the marks that hit, parallel to hitObjects
    Verdict verdict = Verdict::CorrectRejection; ///< meaningless when truthUnknown
    bool truthUnknown = false; ///< the scan's truth is unknown: neither target nor clear, counted by no rate
    double points = 0;

    int targetCount() const { return int(hitObjects.size() + missedObjects.size()); }

    /// Scores an answer; secondsAllowed (0: no per-scan clock) scales the speed bonus.
    static ScanOutcome evaluate(const Answer &answer, const QList<GroundTruthObject> &truth,
                                const RoundSettings &settings, double secondsAllowed);
    /// The same by the scan's truth level. Localised: as above. ImageLevel: judged at the image
    /// level only, as nothing can be located: a target label is hit by any mark that names it (any
    /// mark where the round needs no category); on a scan holding a target, other marks are neither
    /// hits nor false alarms; on a scan without, every mark is a false alarm. Unknown: nothing is
    /// judged and truthUnknown is set, so that the scan never counts as a clear bag left clear.
    static ScanOutcome evaluate(const Answer &answer, const Scan &scan, const RoundSettings &settings,
                                double secondsAllowed);
};

} // namespace pen
