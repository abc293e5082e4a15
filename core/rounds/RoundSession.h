// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "model/Answer.h"
#include "model/RoundSettings.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"

#include <QList>

namespace pen {

/// One contestant playing one round over the scans of an image set, in order: the clocks, the
/// answers and their outcomes. It keeps no clock of its own: callers pass the seconds elapsed
/// since the round started (from a monotonic timer), so tests can drive time exactly. Not
/// thread-safe; a GUI keeps it on its thread.
class RoundSession {
public:
    static constexpr double NoClock = -1;

    RoundSession(const ImageSet &set, const RoundSettings &settings);

    const RoundSettings &settings() const { return m_settings; }
    int scanCount() const { return int(m_entries.size()); }
    int currentIndex() const { return m_current; } ///< scanCount() once finished
    bool isFinished() const { return m_finished; }
    const ImageSetEntry *currentEntry() const;
    /// Every scan of the round, in the order they are shown.
    const QList<ImageSetEntry> &entries() const { return m_entries; }

    /// Seconds left on the scan's clock and on the round's, or NoClock where the round has none.
    double scanSecondsLeft(double now) const;
    double roundSecondsLeft(double now) const;
    /// Whether a clock has run out at now; the caller then calls timeOut().
    bool clockExpired(double now) const;

    /// Answers the current scan and moves to the next (or finishes). An answer after the end is ignored.
    ScanOutcome answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse, double now);
    /// The current scan's clock ran out: what was marked so far is scored as a timed-out answer.
    /// If the round clock ran out, the round finishes; scans never shown are not scored.
    ScanOutcome timeOut(const QList<Mark> &marksSoFar, const QMap<QString, int> &toolUse, double now);
    /// Stops early (the contestant gave up); unanswered scans are not scored.
    void finish() { m_finished = true; }

    const QList<Answer> &answers() const { return m_answers; }
    const QList<ScanOutcome> &outcomes() const { return m_outcomes; }
    RoundScore score() const { return RoundScore::from(m_outcomes, m_answers); }

private:
    ScanOutcome record(const QList<Mark> &marks, const QMap<QString, int> &toolUse, double now, bool timedOut);

    QList<ImageSetEntry> m_entries;
    RoundSettings m_settings;
    QList<Answer> m_answers;
    QList<ScanOutcome> m_outcomes;
    int m_current = 0;
    double m_scanShownAt = 0;
    bool m_finished = false;
};

} // namespace pen
