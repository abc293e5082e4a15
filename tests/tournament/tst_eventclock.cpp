// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/EventClock.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pen;
using Kind = ClockCommand::Kind;
using Phase = EventState::Phase;

Q_DECLARE_METATYPE(pen::EventState)
Q_DECLARE_METATYPE(QList<pen::ClockCommand>)

namespace pen {
char *toString(const EventState &s)
{
    return qstrdup(QStringLiteral("%1 (paused phase %2), round %3, elapsed %4, round left %5, phase left %6")
                       .arg(eventPhaseKey(s.phase), eventPhaseKey(s.pausedPhase))
                       .arg(s.roundIndex)
                       .arg(s.roundElapsed, 0, 'g', 17)
                       .arg(s.roundSecondsLeft, 0, 'g', 17)
                       .arg(s.phaseSecondsLeft, 0, 'g', 17)
                       .toUtf8());
}
} // namespace pen

namespace {

constexpr double Never = std::numeric_limits<double>::infinity();

RoundPlan round(const char *id, int countdown, int roundSeconds, int breakAfter)
{
    RoundPlan plan;
    plan.id = QString::fromLatin1(id);
    plan.imageSetId = QStringLiteral("set");
    plan.scanIds = {QStringLiteral("s1"), QStringLiteral("s2")};
    plan.settings = RoundSettings::defaultsFor(RoundType::FindTheMost);
    plan.settings.roundSeconds = roundSeconds;
    plan.countdownSeconds = countdown;
    plan.breakSecondsAfter = breakAfter;
    return plan;
}

// Round A: 10 s countdown, 600 s clock, 60 s break. Round B: 5 s countdown, no round clock, 30 s
// break. Round C: 10 s countdown, 100 s clock, a 600 s break that never comes (it is the last).
EventPlan threeRounds()
{
    EventPlan plan;
    plan.id = QStringLiteral("event");
    plan.rounds = {round("A", 10, 600, 60), round("B", 5, 0, 30), round("C", 10, 100, 600)};
    return plan;
}

ClockCommand command(Kind kind, double at)
{
    return {kind, at};
}

// A state as tests spell it: phase, round, play, round clock left, phase clock left, phase under a pause.
EventState state(Phase phase, int roundIndex, double elapsed, double roundLeft, double phaseLeft,
                 Phase under = Phase::Waiting)
{
    return {phase, roundIndex, elapsed, roundLeft, phaseLeft, phase == Phase::Paused ? under : phase};
}

} // namespace

class TestEventClock final : public QObject {
    Q_OBJECT
private slots:
    void waitsForTheHost();
    void runsThroughTheEvent_data();
    void runsThroughTheEvent();
    void nextTransitionIsWhenTheClockReadsZero_data();
    void nextTransitionIsWhenTheClockReadsZero();
    void transitionInstantIsStableAtWallClockTimes();
    void pauseDuringCountdown();
    void pauseDuringRound();
    void pauseDuringBreak();
    void endRoundDuringPauseKeepsThePause();
    void endRoundEarly();
    void endRoundDuringCountdownSkipsTheRound();
    void startDuringBreakEndsIt();
    void roundWithoutClockEndsOnlyByEndRound();
    void lastRoundFinishesWithoutBreak();
    void endEventFinishesAtOnce();
    void commandsAfterFinishedAreIgnored();
    void senselessCommandsInTheLogAreIgnored();
    void futureAndOutOfOrderCommands();
    void zeroCountdownAndZeroBreak();
    void validateCommand_data();
    void validateCommand();
    void keysRoundTrip();
    void roundStartIsWhenItsCountdownRunsOut();
};

void TestEventClock::waitsForTheHost()
{
    const EventPlan plan = threeRounds();
    QCOMPARE(eventStateAt(plan, {}, 1e9), state(Phase::Waiting, -1, 0, -1, -1));
    QCOMPARE(nextTransitionAt(plan, {}, 1e9), Never);
    QCOMPARE(roundPlayTimeAt(plan, {}, 0, 1e9), 0.0);
    QCOMPARE(roundPlayTimeAt(plan, {}, 3, 1e9), -1.0);
    QVERIFY(!eventStateAt(plan, {}, 0).acceptsAnswers());
}

void TestEventClock::runsThroughTheEvent_data()
{
    QTest::addColumn<double>("now");
    QTest::addColumn<EventState>("expected");
    QTest::newRow("start") << 100.0 << state(Phase::Countdown, 0, 0, 600, 10);
    QTest::newRow("mid countdown") << 105.0 << state(Phase::Countdown, 0, 0, 600, 5);
    QTest::newRow("countdown reads zero") << 110.0 << state(Phase::Countdown, 0, 0, 600, 0);
    QTest::newRow("just after countdown") << 110.5 << state(Phase::Running, 0, 0.5, 599.5, -1);
    QTest::newRow("round clock reads zero") << 710.0 << state(Phase::Running, 0, 600, 0, -1);
    QTest::newRow("just after round clock") << 710.5 << state(Phase::Break, 0, 600, 0, 59.5);
    QTest::newRow("break reads zero") << 770.0 << state(Phase::Break, 0, 600, 0, 0);
    QTest::newRow("next countdown") << 771.0 << state(Phase::Countdown, 1, 0, -1, 4);
    QTest::newRow("round without clock") << 776.5 << state(Phase::Running, 1, 1.5, -1, -1);
    QTest::newRow("a day later") << 87176.5 << state(Phase::Running, 1, 86401.5, -1, -1);
}

void TestEventClock::runsThroughTheEvent()
{
    QFETCH(double, now);
    QFETCH(EventState, expected);
    const QList<ClockCommand> commands{command(Kind::Start, 100)};
    const EventState actual = eventStateAt(threeRounds(), commands, now);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.acceptsAnswers(), expected.phase == Phase::Running);
    if (expected.roundIndex >= 0)
        QCOMPARE(roundPlayTimeAt(threeRounds(), commands, expected.roundIndex, now), expected.roundElapsed);
}

void TestEventClock::nextTransitionIsWhenTheClockReadsZero_data()
{
    QTest::addColumn<double>("now");
    QTest::addColumn<double>("next");
    QTest::newRow("start") << 100.0 << 110.0;
    QTest::newRow("countdown at zero") << 110.0 << 110.0;
    QTest::newRow("playing") << 200.0 << 710.0;
    QTest::newRow("round clock at zero") << 710.0 << 710.0;
    QTest::newRow("break") << 720.0 << 770.0;
    QTest::newRow("next countdown") << 771.0 << 775.0;
    QTest::newRow("round without clock") << 800.0 << Never;
}

void TestEventClock::nextTransitionIsWhenTheClockReadsZero()
{
    QFETCH(double, now);
    QFETCH(double, next);
    QCOMPARE(nextTransitionAt(threeRounds(), {command(Kind::Start, 100)}, now), next);
}

void TestEventClock::transitionInstantIsStableAtWallClockTimes()
{
    // Times like a server's wall clock, which sum with rounding: the instant reported must still
    // be the last one of the old phase, and an instant later the new one.
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 1718000000.1), command(Kind::Pause, 1718000123.457),
                                       command(Kind::Resume, 1718000321.9)};
    const double end = nextTransitionAt(plan, commands, 1718000400.3);
    QCOMPARE(nextTransitionAt(plan, commands, 1718000555.5), end);
    QVERIFY(std::abs(end - (1718000000.1 + 10 + 600 + (321.9 - 123.457))) < 1e-5);
    const EventState atEnd = eventStateAt(plan, commands, end);
    QCOMPARE(atEnd.phase, Phase::Running);
    QVERIFY(atEnd.roundSecondsLeft < 1e-6);
    QVERIFY(atEnd.roundElapsed <= 600);
    const EventState after = eventStateAt(plan, commands, std::nextafter(end, Never));
    QCOMPARE(after.phase, Phase::Break);
    QCOMPARE(after.roundElapsed, 600.0);
}

void TestEventClock::pauseDuringCountdown()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::Pause, 4), command(Kind::Resume, 100)};
    QCOMPARE(eventStateAt(plan, commands, 50), state(Phase::Paused, 0, 0, 600, 6, Phase::Countdown));
    QCOMPARE(nextTransitionAt(plan, commands, 50), Never);
    QCOMPARE(eventStateAt(plan, commands, 100), state(Phase::Countdown, 0, 0, 600, 6));
    QCOMPARE(nextTransitionAt(plan, commands, 100), 106.0);
    QCOMPARE(eventStateAt(plan, commands, 106.5), state(Phase::Running, 0, 0.5, 599.5, -1));
    QVERIFY(!eventStateAt(plan, commands, 50).acceptsAnswers());
}

void TestEventClock::pauseDuringRound()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::Pause, 110), command(Kind::Resume, 200)};
    QCOMPARE(eventStateAt(plan, commands, 150), state(Phase::Paused, 0, 100, 500, -1, Phase::Running));
    QCOMPARE(roundPlayTimeAt(plan, commands, 0, 150), 100.0);
    QCOMPARE(nextTransitionAt(plan, commands, 150), Never);
    QCOMPARE(eventStateAt(plan, commands, 250), state(Phase::Running, 0, 150, 450, -1));
    QCOMPARE(nextTransitionAt(plan, commands, 250), 700.0);
    QCOMPARE(eventStateAt(plan, commands, 700), state(Phase::Running, 0, 600, 0, -1));
    QCOMPARE(eventStateAt(plan, commands, 701), state(Phase::Break, 0, 600, 0, 59));
}

void TestEventClock::pauseDuringBreak()
{
    const EventPlan plan = threeRounds();
    // Round A ends at 610; its break would end at 670.
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::Pause, 640), command(Kind::Resume, 1000)};
    QCOMPARE(eventStateAt(plan, commands, 800), state(Phase::Paused, 0, 600, 0, 30, Phase::Break));
    QCOMPARE(eventStateAt(plan, commands, 1029), state(Phase::Break, 0, 600, 0, 1));
    QCOMPARE(nextTransitionAt(plan, commands, 1029), 1030.0);
    QCOMPARE(eventStateAt(plan, commands, 1031), state(Phase::Countdown, 1, 0, -1, 4));
}

void TestEventClock::endRoundDuringPauseKeepsThePause()
{
    const EventPlan plan = threeRounds();
    QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::Pause, 110), command(Kind::EndRound, 150)};
    // The round ends with the 100 s played; the break waits, frozen, for the host to resume.
    QCOMPARE(eventStateAt(plan, commands, 150), state(Phase::Paused, 0, 100, 500, 60, Phase::Break));
    QCOMPARE(eventStateAt(plan, commands, 5000), state(Phase::Paused, 0, 100, 500, 60, Phase::Break));
    QCOMPARE(roundPlayTimeAt(plan, commands, 0, 5000), 100.0);
    commands.append(command(Kind::Resume, 6000));
    QCOMPARE(eventStateAt(plan, commands, 6030), state(Phase::Break, 0, 100, 500, 30));
    QCOMPARE(eventStateAt(plan, commands, 6061), state(Phase::Countdown, 1, 0, -1, 4));
}

void TestEventClock::endRoundEarly()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::EndRound, 300)};
    QCOMPARE(eventStateAt(plan, commands, 299.5), state(Phase::Running, 0, 289.5, 310.5, -1));
    // The command takes effect at its own instant.
    QCOMPARE(eventStateAt(plan, commands, 300), state(Phase::Break, 0, 290, 310, 60));
    QCOMPARE(roundPlayTimeAt(plan, commands, 0, 10000), 290.0);
    QCOMPARE(eventStateAt(plan, commands, 361), state(Phase::Countdown, 1, 0, -1, 4));
}

void TestEventClock::endRoundDuringCountdownSkipsTheRound()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::EndRound, 3)};
    QCOMPARE(eventStateAt(plan, commands, 4), state(Phase::Break, 0, 0, 600, 59));
    QCOMPARE(roundPlayTimeAt(plan, commands, 0, 4), 0.0);
}

void TestEventClock::startDuringBreakEndsIt()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::Start, 630)};
    QCOMPARE(eventStateAt(plan, commands, 629), state(Phase::Break, 0, 600, 0, 41));
    QCOMPARE(eventStateAt(plan, commands, 630), state(Phase::Countdown, 1, 0, -1, 5));
    QCOMPARE(eventStateAt(plan, commands, 636), state(Phase::Running, 1, 1, -1, -1));
}

void TestEventClock::roundWithoutClockEndsOnlyByEndRound()
{
    const EventPlan plan = threeRounds();
    QList<ClockCommand> commands{command(Kind::Start, 0)};
    // Round B's countdown runs 670..675; then it plays until someone ends it.
    QCOMPARE(eventStateAt(plan, commands, 1e7), state(Phase::Running, 1, 1e7 - 675, -1, -1));
    QCOMPARE(nextTransitionAt(plan, commands, 1e7), Never);
    commands.append(command(Kind::EndRound, 1000));
    QCOMPARE(eventStateAt(plan, commands, 1000), state(Phase::Break, 1, 325, -1, 30));
    QCOMPARE(nextTransitionAt(plan, commands, 1000), 1030.0);
    QCOMPARE(eventStateAt(plan, commands, 1031), state(Phase::Countdown, 2, 0, 100, 9));
}

void TestEventClock::lastRoundFinishesWithoutBreak()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 0), command(Kind::EndRound, 1000)};
    // Round C: countdown 1030..1040, clock 1040..1140, then no break after the last round.
    QCOMPARE(eventStateAt(plan, commands, 1140), state(Phase::Running, 2, 100, 0, -1));
    QCOMPARE(eventStateAt(plan, commands, 1140.5), state(Phase::Finished, 2, 100, 0, -1));
    QCOMPARE(eventStateAt(plan, commands, 1e9), state(Phase::Finished, 2, 100, 0, -1));
    QCOMPARE(nextTransitionAt(plan, commands, 1e9), Never);
    QCOMPARE(roundPlayTimeAt(plan, commands, 0, 1e9), 600.0);
    QCOMPARE(roundPlayTimeAt(plan, commands, 1, 1e9), 325.0);
    QCOMPARE(roundPlayTimeAt(plan, commands, 2, 1e9), 100.0);
}

void TestEventClock::endEventFinishesAtOnce()
{
    const EventPlan plan = threeRounds();
    QCOMPARE(eventStateAt(plan, {command(Kind::Start, 0), command(Kind::EndEvent, 300)}, 300),
             state(Phase::Finished, 0, 290, 310, -1));
    QCOMPARE(eventStateAt(plan, {command(Kind::EndEvent, 5)}, 10), state(Phase::Finished, -1, 0, -1, -1));
    const QList<ClockCommand> paused{command(Kind::Start, 0), command(Kind::Pause, 20), command(Kind::EndEvent, 30)};
    QCOMPARE(eventStateAt(plan, paused, 40), state(Phase::Finished, 0, 10, 590, -1));
    QCOMPARE(roundPlayTimeAt(plan, paused, 0, 40), 10.0);
    QCOMPARE(roundPlayTimeAt(plan, paused, 1, 40), 0.0);
}

void TestEventClock::commandsAfterFinishedAreIgnored()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> finished{command(Kind::Start, 0), command(Kind::EndEvent, 300)};
    const EventState expected = eventStateAt(plan, finished, 1000);
    for (Kind kind : {Kind::Start, Kind::Pause, Kind::Resume, Kind::EndRound, Kind::EndEvent}) {
        QList<ClockCommand> more = finished;
        more.append(command(kind, 400));
        QCOMPARE(eventStateAt(plan, more, 1000), expected);
        const Expected<void> valid = pen::validateCommand(plan, finished, command(kind, 400));
        QVERIFY(!valid);
        QVERIFY2(valid.error().message.endsWith(QStringLiteral(": the event has finished")),
                 qPrintable(valid.error().message));
    }
}

void TestEventClock::senselessCommandsInTheLogAreIgnored()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> clean{command(Kind::Start, 0), command(Kind::Pause, 110), command(Kind::Resume, 200)};
    const QList<ClockCommand> noisy{command(Kind::Pause, -5),  command(Kind::EndRound, -1), command(Kind::Start, 0),
                                    command(Kind::Resume, 20), command(Kind::Start, 30),    command(Kind::Pause, 110),
                                    command(Kind::Pause, 120), command(Kind::Resume, 200),  command(Kind::Resume, 210)};
    for (double now : {50.0, 150.0, 250.0, 750.0, 5000.0})
        QCOMPARE(eventStateAt(plan, noisy, now), eventStateAt(plan, clean, now));
}

void TestEventClock::futureAndOutOfOrderCommands()
{
    const EventPlan plan = threeRounds();
    const QList<ClockCommand> commands{command(Kind::Start, 100), command(Kind::Pause, 50)};
    QCOMPARE(eventStateAt(plan, commands, 99), state(Phase::Waiting, -1, 0, -1, -1));
    // Replay stops at the first command later than now, so the early Pause waits behind the Start...
    QCOMPARE(eventStateAt(plan, commands, 60), state(Phase::Waiting, -1, 0, -1, -1));
    // ...and then counts as given at the Start's time: time never runs backwards.
    QCOMPARE(eventStateAt(plan, commands, 200), state(Phase::Paused, 0, 0, 600, 10, Phase::Countdown));
}

void TestEventClock::zeroCountdownAndZeroBreak()
{
    EventPlan plan = threeRounds();
    plan.rounds[0].countdownSeconds = 0;
    plan.rounds[0].breakSecondsAfter = 0;
    const QList<ClockCommand> commands{command(Kind::Start, 0)};
    QCOMPARE(eventStateAt(plan, commands, 0), state(Phase::Countdown, 0, 0, 600, 0));
    QCOMPARE(eventStateAt(plan, commands, 0.25), state(Phase::Running, 0, 0.25, 599.75, -1));
    QCOMPARE(eventStateAt(plan, commands, 600), state(Phase::Running, 0, 600, 0, -1));
    QCOMPARE(eventStateAt(plan, commands, 600.5), state(Phase::Countdown, 1, 0, -1, 4.5));
}

void TestEventClock::validateCommand_data()
{
    QTest::addColumn<QList<ClockCommand>>("recorded");
    QTest::addColumn<ClockCommand>("next");
    QTest::addColumn<QString>("error");
    const ClockCommand start = command(Kind::Start, 0);
    QTest::newRow("start") << QList<ClockCommand>{} << start << QString();
    QTest::newRow("start twice") << QList{start} << command(Kind::Start, 5)
                                 << "cannot start: the event has already started";
    QTest::newRow("start while paused") << QList{start, command(Kind::Pause, 1)} << command(Kind::Start, 5)
                                        << "cannot start: the event has already started";
    QTest::newRow("start in break") << QList{start} << command(Kind::Start, 615) << QString();
    QTest::newRow("start in paused break") << QList{start, command(Kind::Pause, 615)} << command(Kind::Start, 620)
                                           << "cannot start: the event is paused; resume it first";
    QTest::newRow("pause before start") << QList<ClockCommand>{} << command(Kind::Pause, 5)
                                        << "cannot pause: the event has not started";
    QTest::newRow("pause in countdown") << QList{start} << command(Kind::Pause, 5) << QString();
    QTest::newRow("pause in break") << QList{start} << command(Kind::Pause, 650) << QString();
    QTest::newRow("pause while paused") << QList{start, command(Kind::Pause, 20)} << command(Kind::Pause, 30)
                                        << "cannot pause: the event is already paused";
    QTest::newRow("resume while running")
        << QList{start} << command(Kind::Resume, 30) << "cannot resume: the event is not paused";
    QTest::newRow("resume while paused") << QList{start, command(Kind::Pause, 20)} << command(Kind::Resume, 30)
                                         << QString();
    QTest::newRow("end round before start")
        << QList<ClockCommand>{} << command(Kind::EndRound, 5) << "cannot end the round: the event has not started";
    QTest::newRow("end round in countdown") << QList{start} << command(Kind::EndRound, 5) << QString();
    QTest::newRow("end round while paused")
        << QList{start, command(Kind::Pause, 20)} << command(Kind::EndRound, 30) << QString();
    QTest::newRow("end round in break")
        << QList{start} << command(Kind::EndRound, 650)
        << "cannot end the round: no round is being played; the break after round \"A\" is on";
    QTest::newRow("end round at the clock's last instant") << QList{start} << command(Kind::EndRound, 610) << QString();
    QTest::newRow("end event before start") << QList<ClockCommand>{} << command(Kind::EndEvent, 5) << QString();
    QTest::newRow("end event twice") << QList{start, command(Kind::EndEvent, 5)} << command(Kind::EndEvent, 6)
                                     << "cannot end the event: the event has finished";
    QTest::newRow("pause after the last round") << QList{start, command(Kind::EndRound, 700)}
                                                << command(Kind::Pause, 2000) << "cannot pause: the event has finished";
    QTest::newRow("earlier than the last") << QList{start, command(Kind::Pause, 10)} << command(Kind::Resume, 5)
                                           << "cannot resume at 5.000 s: a command is already recorded at 10.000 s";
    QTest::newRow("not a number") << QList{start} << command(Kind::Pause, std::nan(""))
                                  << "cannot pause: the time is not a finite number";
    QTest::newRow("infinite") << QList{start} << command(Kind::EndEvent, Never)
                              << "cannot end the event: the time is not a finite number";
}

void TestEventClock::validateCommand()
{
    QFETCH(QList<ClockCommand>, recorded);
    QFETCH(ClockCommand, next);
    QFETCH(QString, error);
    const Expected<void> valid = pen::validateCommand(threeRounds(), recorded, next);
    QCOMPARE(valid.hasValue(), error.isEmpty());
    if (!valid) {
        QCOMPARE(valid.error().message, error);
        QCOMPARE(valid.error().code, ErrorCode::Validation);
        // A refused command changes nothing when it slips into the log anyway.
        if (std::isfinite(next.at) && next.at >= 0) {
            QList<ClockCommand> with = recorded;
            with.append(next);
            const double later = next.at + 1;
            if (!error.contains(QStringLiteral("already recorded")))
                QCOMPARE(eventStateAt(threeRounds(), with, later), eventStateAt(threeRounds(), recorded, later));
        }
    }
}

void TestEventClock::keysRoundTrip()
{
    const QStringList keys{QStringLiteral("start"), QStringLiteral("pause"), QStringLiteral("resume"),
                           QStringLiteral("end-round"), QStringLiteral("end-event")};
    for (const QString &key : keys) {
        const auto kind = clockCommandFromKey(key);
        QVERIFY(kind);
        QCOMPARE(clockCommandKey(*kind), key);
    }
    QVERIFY(!clockCommandFromKey(QStringLiteral("restart")));
    QCOMPARE(eventPhaseKey(Phase::Break), QStringLiteral("break"));
    QCOMPARE(eventPhaseKey(Phase::Paused), QStringLiteral("paused"));
}

void TestEventClock::roundStartIsWhenItsCountdownRunsOut()
{
    const EventPlan plan = threeRounds();
    // A's countdown is paused for 96 s, so play begins at 106; the host ends A at 200 and starts B in
    // the break; B is ended in its countdown at 232, so C plays after B's 30 s break and 10 s countdown.
    const QList<ClockCommand> commands{command(Kind::Start, 0),    command(Kind::Pause, 4),
                                       command(Kind::Resume, 100), command(Kind::EndRound, 200),
                                       command(Kind::Start, 230),  command(Kind::EndRound, 232)};
    QVERIFY(std::isnan(roundStartedAt(plan, commands, 0, 105)));
    QCOMPARE(roundStartedAt(plan, commands, 0, 106.5), 106.0);
    QCOMPARE(roundStartedAt(plan, commands, 0, 1e9), 106.0);
    QVERIFY(std::isnan(roundStartedAt(plan, commands, 1, 1e9)));
    QCOMPARE(roundStartedAt(plan, commands, 2, 1e9), 232.0 + 30 + 10);
    QVERIFY(std::isnan(roundStartedAt(plan, commands, 3, 1e9)));
    QVERIFY(std::isnan(roundStartedAt(plan, {}, 0, 1e9)));
}

QTEST_APPLESS_MAIN(TestEventClock)
#include "tst_eventclock.moc"
