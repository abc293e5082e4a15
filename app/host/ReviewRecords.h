// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "scoring/ScanOutcome.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pen::gui {

/// One scan a trainee was shown, as the server scored it: what they decided and marked, the
/// ground truth (one mark per object region, named by its category) and the outcome.
struct ReviewedScan {
    int scanIndex = 0;
    QString scanId;
    std::optional<Decision> decision; ///< Clear or Suspect; none where nothing came in time
    QList<Mark> marks;
    QList<Mark> truth;
    std::optional<ScanOutcome::Verdict> verdict; ///< none: the scan's truth is unknown
    QList<int> hittingMarks;                     ///< indices into marks
    QList<int> falseAlarmMarks;                  ///< indices into marks
    int missedObjects = 0;
    double points = 0;
    double responseSeconds = 0;
    bool timedOut = false;
    int viewCount = 0;
};

/// One round of one trainee, scan by scan, in the order shown.
struct TraineeAnswers {
    QString contestantId;
    QString name;
    QString roundId;
    QString roundTitle;
    QList<ReviewedScan> scans;
};

/// Which round of which trainee to review.
struct ReviewQuery {
    QString eventId;
    QString contestantId;
    QString roundId;
};

} // namespace pen::gui
