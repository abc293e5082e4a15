// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "rounds/RoundSession.h"

#include <algorithm>

namespace pen {

RoundSession::RoundSession(const ImageSet &set, const RoundSettings &settings)
    : m_entries(set.entries), m_settings(settings)
{
    m_finished = m_entries.isEmpty();
}

const ImageSetEntry *RoundSession::currentEntry() const
{
    return m_finished ? nullptr : &m_entries[m_current];
}

double RoundSession::scanSecondsLeft(double now) const
{
    if (m_settings.secondsPerScan <= 0)
        return NoClock;
    return std::max(0.0, m_settings.secondsPerScan - (now - m_scanShownAt));
}

double RoundSession::roundSecondsLeft(double now) const
{
    if (m_settings.roundSeconds <= 0)
        return NoClock;
    return std::max(0.0, m_settings.roundSeconds - now);
}

bool RoundSession::clockExpired(double now) const
{
    return !m_finished && (scanSecondsLeft(now) == 0 || roundSecondsLeft(now) == 0);
}

ScanOutcome RoundSession::answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse, double now)
{
    if (m_finished)
        return {};
    return record(marks, toolUse, now, false);
}

ScanOutcome RoundSession::timeOut(const QList<Mark> &marksSoFar, const QMap<QString, int> &toolUse, double now)
{
    if (m_finished)
        return {};
    const bool roundOver = roundSecondsLeft(now) == 0;
    ScanOutcome outcome = record(marksSoFar, toolUse, now, true);
    if (roundOver)
        m_finished = true;
    return outcome;
}

ScanOutcome RoundSession::record(const QList<Mark> &marks, const QMap<QString, int> &toolUse, double now, bool timedOut)
{
    const ImageSetEntry &entry = m_entries[m_current];
    Answer answer;
    answer.scanId = entry.scan.id;
    answer.marks = marks;
    answer.toolUse = toolUse;
    answer.timedOut = timedOut;
    answer.responseSeconds = std::max(0.0, now - m_scanShownAt);
    if (m_settings.secondsPerScan > 0)
        answer.responseSeconds = std::min<double>(answer.responseSeconds, m_settings.secondsPerScan);
    const ScanOutcome outcome = ScanOutcome::evaluate(answer, entry.scan, m_settings, m_settings.secondsPerScan);
    m_answers.append(answer);
    m_outcomes.append(outcome);
    m_scanShownAt = now;
    if (++m_current >= m_entries.size())
        m_finished = true;
    return outcome;
}

} // namespace pen
