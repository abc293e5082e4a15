// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/EventClock.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen {
namespace {

using Kind = ClockCommand::Kind;
using Phase = EventState::Phase;

constexpr double Infinity = std::numeric_limits<double>::infinity();

struct KindKey {
    Kind kind;
    const char *key;
    const char *verb;
};
constexpr KindKey KindKeys[] = {
    {Kind::Start, "start", "start"},
    {Kind::Pause, "pause", "pause"},
    {Kind::Resume, "resume", "resume"},
    {Kind::EndRound, "end-round", "end the round"},
    {Kind::EndEvent, "end-event", "end the event"},
};

const KindKey &entryFor(Kind kind)
{
    return *std::find_if(std::begin(KindKeys), std::end(KindKeys),
                         [kind](const KindKey &entry) { return entry.kind == kind; });
}

// The event replayed from its commands. The phase's clock (countdown, round play or break) is kept
// as the wall time it last started or resumed plus the seconds it had run by then, so that the
// instant it runs out is computed the same way however many times the replay stops on the way.
class EventReplay {
public:
    explicit EventReplay(const EventPlan &plan)
        : m_plan(plan), m_played(plan.rounds.size(), 0.0), m_startedAt(plan.rounds.size(), std::nan(""))
    {
    }

    void replay(const QList<ClockCommand> &commands, double now);
    QString refusal(Kind kind) const;
    EventState state() const;
    double phaseEndsAt() const;
    double playTime(int roundIndex) const;
    double startedAt(int roundIndex) const
    {
        return roundIndex >= 0 && roundIndex < m_startedAt.size() ? m_startedAt[roundIndex] : std::nan("");
    }

private:
    void advanceTo(double time);
    void execute(Kind kind);
    void finishPhase(double at);
    void startRound(int index, double at);
    void endRound(double at, double played);
    void startClock(Phase phase, double at);
    void finish();
    double clockTotal() const;
    double clockElapsed() const;

    const EventPlan &m_plan;
    QList<double> m_played;         // final play seconds of each round that ended
    QList<double> m_startedAt;      // when each round's play began; NaN until then
    Phase m_phase = Phase::Waiting; // never Paused: a pause is m_paused over the phase it froze
    bool m_paused = false;
    int m_round = -1;
    double m_now = -Infinity;
    double m_clockStart = 0;
    double m_clockOffset = 0;
};

void EventReplay::replay(const QList<ClockCommand> &commands, double now)
{
    for (const ClockCommand &command : commands) {
        if (command.at > now)
            break;
        advanceTo(command.at);
        if (refusal(command.kind).isEmpty())
            execute(command.kind);
    }
    advanceTo(now);
}

void EventReplay::advanceTo(double time)
{
    time = std::max(time, m_now);
    // Strictly before: a clock that reads zero exactly at `time` still holds its phase.
    while (phaseEndsAt() < time)
        finishPhase(phaseEndsAt());
    m_now = time;
}

QString EventReplay::refusal(Kind kind) const
{
    if (m_phase == Phase::Finished)
        return QStringLiteral("the event has finished");
    const bool started = m_phase != Phase::Waiting;
    switch (kind) {
    case Kind::Start:
        if (m_phase == Phase::Break)
            return m_paused ? QStringLiteral("the event is paused; resume it first") : QString();
        return started ? QStringLiteral("the event has already started") : QString();
    case Kind::Pause:
        if (!started)
            return QStringLiteral("the event has not started");
        return m_paused ? QStringLiteral("the event is already paused") : QString();
    case Kind::Resume: return m_paused ? QString() : QStringLiteral("the event is not paused");
    case Kind::EndRound:
        if (!started)
            return QStringLiteral("the event has not started");
        return m_phase == Phase::Break ? QStringLiteral("no round is being played; the break after round \"%1\" is on")
                                             .arg(m_plan.rounds[m_round].id)
                                       : QString();
    case Kind::EndEvent: return {};
    }
    return {};
}

void EventReplay::execute(Kind kind)
{
    switch (kind) {
    case Kind::Start:
        if (m_phase == Phase::Waiting && m_plan.rounds.isEmpty())
            finish();
        else
            startRound(m_round + 1, m_now);
        break;
    case Kind::Pause:
        m_clockOffset = clockElapsed();
        m_paused = true;
        break;
    case Kind::Resume:
        m_clockStart = m_now;
        m_paused = false;
        break;
    case Kind::EndRound: endRound(m_now, m_phase == Phase::Running ? clockElapsed() : 0); break;
    case Kind::EndEvent:
        if (m_phase == Phase::Countdown || m_phase == Phase::Running)
            m_played[m_round] = m_phase == Phase::Running ? clockElapsed() : 0;
        finish();
        break;
    }
}

void EventReplay::finishPhase(double at)
{
    m_now = at;
    switch (m_phase) {
    case Phase::Countdown: startClock(Phase::Running, at); break;
    case Phase::Running: endRound(at, clockTotal()); break;
    case Phase::Break: startRound(m_round + 1, at); break;
    default: break;
    }
}

void EventReplay::startRound(int index, double at)
{
    m_round = index;
    startClock(Phase::Countdown, at);
}

void EventReplay::endRound(double at, double played)
{
    m_played[m_round] = played;
    if (m_round + 1 >= m_plan.rounds.size())
        finish();
    else
        startClock(Phase::Break, at); // a pause in force goes on into the break
}

void EventReplay::startClock(Phase phase, double at)
{
    if (phase == Phase::Running)
        m_startedAt[m_round] = at;
    m_phase = phase;
    m_clockStart = at;
    m_clockOffset = 0;
}

void EventReplay::finish()
{
    m_phase = Phase::Finished;
    m_paused = false;
}

double EventReplay::clockTotal() const
{
    if (m_round < 0)
        return Infinity;
    const RoundPlan &round = m_plan.rounds[m_round];
    switch (m_phase) {
    case Phase::Countdown: return round.countdownSeconds;
    case Phase::Running: return round.settings.roundSeconds > 0 ? round.settings.roundSeconds : Infinity;
    case Phase::Break: return round.breakSecondsAfter;
    default: return Infinity;
    }
}

double EventReplay::clockElapsed() const
{
    if (m_paused)
        return m_clockOffset;
    return std::min(clockTotal(), m_clockOffset + (m_now - m_clockStart));
}

double EventReplay::phaseEndsAt() const
{
    const double total = clockTotal();
    if (m_paused || std::isinf(total))
        return Infinity;
    return m_clockStart + (total - m_clockOffset);
}

double EventReplay::playTime(int roundIndex) const
{
    if (roundIndex < 0 || roundIndex >= m_played.size())
        return -1;
    if (roundIndex == m_round && m_phase == Phase::Running)
        return clockElapsed();
    return m_played[roundIndex];
}

EventState EventReplay::state() const
{
    EventState state;
    state.phase = m_paused ? Phase::Paused : m_phase;
    state.pausedPhase = m_phase;
    state.roundIndex = m_round;
    if (m_round < 0)
        return state;
    state.roundElapsed = playTime(m_round);
    if (m_phase == Phase::Countdown || m_phase == Phase::Break)
        state.phaseSecondsLeft = std::max(0.0, clockTotal() - clockElapsed());
    const int roundSeconds = m_plan.rounds[m_round].settings.roundSeconds;
    if (roundSeconds > 0)
        state.roundSecondsLeft = std::max(0.0, roundSeconds - state.roundElapsed);
    return state;
}

} // namespace

QString clockCommandKey(ClockCommand::Kind kind)
{
    return QString::fromLatin1(entryFor(kind).key);
}

std::optional<ClockCommand::Kind> clockCommandFromKey(const QString &key)
{
    for (const KindKey &entry : KindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QString eventPhaseKey(EventState::Phase phase)
{
    switch (phase) {
    case Phase::Waiting: return QStringLiteral("waiting");
    case Phase::Countdown: return QStringLiteral("countdown");
    case Phase::Running: return QStringLiteral("running");
    case Phase::Paused: return QStringLiteral("paused");
    case Phase::Break: return QStringLiteral("break");
    case Phase::Finished: return QStringLiteral("finished");
    }
    return {};
}

EventState eventStateAt(const EventPlan &plan, const QList<ClockCommand> &commands, double now)
{
    EventReplay replay(plan);
    replay.replay(commands, now);
    return replay.state();
}

double nextTransitionAt(const EventPlan &plan, const QList<ClockCommand> &commands, double now)
{
    EventReplay replay(plan);
    replay.replay(commands, now);
    return replay.phaseEndsAt();
}

double roundPlayTimeAt(const EventPlan &plan, const QList<ClockCommand> &commands, int roundIndex, double now)
{
    EventReplay replay(plan);
    replay.replay(commands, now);
    return replay.playTime(roundIndex);
}

double roundStartedAt(const EventPlan &plan, const QList<ClockCommand> &commands, int roundIndex, double now)
{
    EventReplay replay(plan);
    replay.replay(commands, now);
    return replay.startedAt(roundIndex);
}

Expected<void> validateCommand(const EventPlan &plan, const QList<ClockCommand> &commands, const ClockCommand &command)
{
    const QString verb = QString::fromLatin1(entryFor(command.kind).verb);
    if (!std::isfinite(command.at))
        return makeError(ErrorCode::Validation, QStringLiteral("cannot %1: the time is not a finite number").arg(verb));
    double last = -Infinity;
    for (const ClockCommand &recorded : commands)
        last = std::max(last, recorded.at);
    if (command.at < last) {
        return makeError(ErrorCode::Validation,
                         QStringLiteral("cannot %1 at %2 s: a command is already recorded at %3 s")
                             .arg(verb)
                             .arg(command.at, 0, 'f', 3)
                             .arg(last, 0, 'f', 3));
    }
    EventReplay replay(plan);
    replay.replay(commands, command.at);
    if (const QString reason = replay.refusal(command.kind); !reason.isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("cannot %1: %2").arg(verb, reason));
    return {};
}

} // namespace pen
