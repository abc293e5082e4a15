// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The leaderboards kept up to date (EventStandings) against a full rescore of every contestant's
// every round (rankEvent and rankRound over EventRuntime::resultOf, as the server computed them
// before), after every step of random play: answers, joins, answers taken back, pauses, rounds
// ended early, breaks, contestants added, clocks running out.
#include "../tournament/TournamentFixture.h"

#include "EventRuntime.h"
#include "tournament/EventClock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pen;
using namespace pen::server;
using namespace pen::test;

namespace {

constexpr double Started = 1000; // the event's start (wall-clock seconds)

ImageSet lookup(const QString &)
{
    return tournamentSet();
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// Everything a standing says, exactly (no fuzzy comparison of doubles).
QStringList describe(const QList<Standing> &standings)
{
    QStringList lines;
    for (const Standing &s : standings) {
        const RoundScore &score = s.score;
        lines.append(QStringLiteral("%1 %2 %3 | %4 %5 %6 %7 | %8 %9 %10 %11 %12 | %13 %14 %15 %16")
                         .arg(s.rank)
                         .arg(s.contestantId, s.name)
                         .arg(score.detection.hits)
                         .arg(score.detection.misses)
                         .arg(score.detection.falseAlarms)
                         .arg(score.detection.correctRejections)
                         .arg(score.objectsHit)
                         .arg(score.objectsMissed)
                         .arg(score.falseAlarmMarks)
                         .arg(score.scansAnswered)
                         .arg(score.scansTimedOut)
                         .arg(number(score.points), number(score.meanResponseSeconds),
                              number(score.medianResponseSeconds), number(score.totalSeconds)));
    }
    return lines;
}

// The full rescore, as EventReports did it for every board.
QList<Standing> rescored(const EventRuntime &event, int roundIndex, double at)
{
    QList<RoundEntry> entries;
    for (int r = 0; r < event.record.rounds.size(); ++r) {
        if (roundIndex >= 0 && r != roundIndex)
            continue;
        for (const ContestantRecord &contestant : event.contestants)
            entries.append({event.record.id, event.record.rounds[r].id, contestant.id, contestant.name,
                            event.resultOf(r, contestant.id, at, tournamentSet())});
    }
    return roundIndex < 0 ? rankEvent(entries, event.record.id)
                          : rankRound(entries, event.record.id, event.record.rounds[roundIndex].id);
}

RoundPlan round(const QString &id, int scans, int secondsPerScan, int roundSeconds, bool flat)
{
    RoundPlan plan = tournamentRound(id, scans);
    plan.settings.secondsPerScan = secondsPerScan;
    plan.settings.roundSeconds = roundSeconds;
    if (flat)
        plan.settings.scoring = {10, 0, 10}; // no speed bonus: equal findings tie exactly
    plan.countdownSeconds = 3;
    plan.breakSecondsAfter = 8;
    return plan;
}

// Twice three rounds: scan clocks with exact ties, a join clock with a round clock, no clocks at all.
EventRuntime newEvent()
{
    EventRuntime event;
    event.record.id = QStringLiteral("e1");
    for (int r = 1; r <= 6; r += 3) {
        RoundPlan atJoin = round(QStringLiteral("r%1").arg(r + 1), 5, 6, 25, false);
        atJoin.settings.clockStart = RoundSettings::ClockStart::AtJoin;
        atJoin.settings.joinWindowSeconds = 8;
        event.record.rounds.append({round(QStringLiteral("r%1").arg(r), 4, 7, 0, true), atJoin,
                                    round(QStringLiteral("r%1").arg(r + 2), 3, 0, 0, true)});
    }
    const QStringList names{QStringLiteral("Sam"), QStringLiteral("Ann"), QStringLiteral("Sam"), QStringLiteral("Bo")};
    for (int c = 0; c < 9; ++c)
        event.contestants.append({QStringLiteral("c%1").arg(c), event.record.id, names[c % names.size()], {}});
    event.record.commands.append({ClockCommand::Kind::Start, Started});
    return event;
}

class Play {
public:
    explicit Play(quint32 seed) : m_random(seed) {}

    /// One random step; says what it did.
    QString step(EventRuntime &event)
    {
        m_now += m_random.bounded(4) == 0 ? 0.0 : m_random.bounded(1.2);
        const int what = m_random.bounded(100);
        if (what < 70)
            return answer(event);
        if (what < 82)
            return join(event);
        if (what < 88)
            return drop(event);
        if (what < 93)
            return command(event);
        if (what < 96) {
            const QString id = QStringLiteral("late%1").arg(event.contestants.size());
            event.contestants.append({id, event.record.id, QStringLiteral("Ann"), {}});
            return QStringLiteral("added %1").arg(id);
        }
        return QStringLiteral("waited");
    }
    double now() const { return m_now; }
    int answers() const { return m_answers; }

private:
    const ContestantRecord &anyone(const EventRuntime &event)
    {
        return event.contestants[m_random.bounded(int(event.contestants.size()))];
    }

    QString answer(EventRuntime &event)
    {
        const EventState state = event.stateAt(m_now);
        if (state.phase != EventState::Phase::Running)
            return QStringLiteral("no answer: not running");
        const RoundPlan &plan = event.record.rounds[state.roundIndex];
        QString id = anyone(event).id;
        for (int tries = 0; tries < 3 && event.clockStartOf(plan, id) < 0; ++tries)
            id = anyone(event).id; // rather someone who joined
        const ContestantProgress progress = event.progressOf(plan, id, state.roundElapsed);
        const int scan = progress.currentIndex;
        if (answerRefusal(plan.settings, plan.scanCount(), event.answeredAt(plan, id), scan, state.roundElapsed,
                          event.clockStartOf(plan, id)))
            return QStringLiteral("no answer from %1").arg(id);
        const QList<QPointF> where{OnBrick, OnGun, OnBag, OnNothing};
        AnswerRecord record;
        record.eventId = event.record.id;
        record.roundId = plan.id;
        record.contestantId = id;
        record.scanIndex = scan;
        record.answerId = QStringLiteral("a%1").arg(++m_answers);
        record.playSeconds = state.roundElapsed;
        for (int m = m_random.bounded(3); m > 0; --m)
            record.answer.marks.append(markAt(where[m_random.bounded(int(where.size()))]));
        event.addAnswer(record);
        m_given.append(record);
        return QStringLiteral("%1 answered %2 scan %3 at %4").arg(id, plan.id).arg(scan).arg(state.roundElapsed);
    }

    QString join(EventRuntime &event)
    {
        const EventState state = event.stateAt(m_now);
        if (state.phase != EventState::Phase::Running)
            return QStringLiteral("no join: not running");
        const RoundPlan &plan = event.record.rounds[state.roundIndex];
        const QString id = anyone(event).id;
        if (plan.settings.clockStart != RoundSettings::ClockStart::AtJoin
            || event.clockStarts.value(plan.id).contains(id) || state.roundElapsed > plan.settings.joinWindowSeconds)
            return QStringLiteral("no join for %1").arg(id);
        event.startClock(plan.id, id, state.roundElapsed);
        return QStringLiteral("%1 joined %2 at %3").arg(id, plan.id).arg(state.roundElapsed);
    }

    QString drop(EventRuntime &event)
    {
        if (m_given.isEmpty())
            return QStringLiteral("nothing to take back");
        const AnswerRecord record = m_given.takeAt(m_random.bounded(int(m_given.size())));
        event.dropAnswer(record);
        return QStringLiteral("took back %1").arg(record.answerId);
    }

    QString command(EventRuntime &event)
    {
        static const QList<ClockCommand::Kind> kinds{ClockCommand::Kind::Start, ClockCommand::Kind::Pause,
                                                     ClockCommand::Kind::Resume, ClockCommand::Kind::EndRound};
        const ClockCommand command{kinds[m_random.bounded(int(kinds.size()))], m_now};
        if (!validateCommand(event.plan(), event.record.commands, command))
            return QStringLiteral("no command %1").arg(clockCommandKey(command.kind));
        event.record.commands.append(command);
        return QStringLiteral("command %1 at %2").arg(clockCommandKey(command.kind)).arg(m_now);
    }

    QRandomGenerator m_random;
    double m_now = Started - 2;
    int m_answers = 0;
    QList<AnswerRecord> m_given;
};

} // namespace

class TestEventStandings final : public QObject {
    Q_OBJECT
private slots:
    void equalsFullRescoreAfterEveryStep_data();
    void equalsFullRescoreAfterEveryStep();
    void boardsOfANewEventAreEmptyOrZero();
};

void TestEventStandings::equalsFullRescoreAfterEveryStep_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 17u, 2024u, 90210u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestEventStandings::equalsFullRescoreAfterEveryStep()
{
    QFETCH(quint32, seed);
    EventRuntime event = newEvent();
    Play play(seed);
    QRandomGenerator which(seed + 1);
    QStringList history;
    int finishedAt = -1;
    for (int step = 0; step < 2000 && (finishedAt < 0 || step < finishedAt + 20); ++step) {
        history.append(play.step(event));
        if (finishedAt < 0 && event.stateAt(play.now()).phase == EventState::Phase::Finished)
            finishedAt = step;
        // The event's board after every step; each round's board on some steps only, so that
        // changes pile up between two readings of it.
        for (int r = -1; r < event.record.rounds.size(); ++r) {
            if (r >= 0 && which.bounded(3) == 0)
                continue;
            const QStringList kept = describe(event.standings.board(event, r, play.now(), lookup));
            const QStringList full = describe(rescored(event, r, play.now()));
            if (kept != full)
                qWarning().noquote() << "after" << history.size() << "steps, last:" << history.mid(history.size() - 5);
            QCOMPARE(kept, full);
        }
    }
    QVERIFY2(finishedAt > 0, "the random play should reach the end of the event");
    int timedOut = 0;
    for (const Standing &standing : event.standings.board(event, -1, play.now(), lookup))
        timedOut += standing.score.scansTimedOut;
    qInfo("%d steps, %d answers, %d scans timed out", int(history.size()), play.answers(), timedOut);
    QVERIFY(play.answers() > 40);
    QVERIFY(timedOut > 10);
}

void TestEventStandings::boardsOfANewEventAreEmptyOrZero()
{
    EventRuntime event = newEvent();
    const QList<Standing> board = event.standings.board(event, -1, Started - 10, lookup);
    QCOMPARE(board.size(), event.contestants.size());
    QCOMPARE(describe(board), describe(rescored(event, -1, Started - 10)));
    for (const Standing &standing : board)
        QCOMPARE(standing.rank, 1); // nobody has anything yet: one tie
    event.record.rounds.clear();
    QVERIFY(event.standings.board(event, -1, Started, lookup).isEmpty());
}

QTEST_GUILESS_MAIN(TestEventStandings)
#include "tst_eventstandings.moc"
