// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "model/RoundSettings.h"
#include "model/Scan.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pen::v1 {
class EventUpdate;
class JoinReply;
class MyResults;
class RoundInfo;
} // namespace pen::v1

namespace pen::gui {

/// What the contestants' service says, as plain Qt values for signals between threads and for
/// widgets, which never see the protocol. Times are seconds; -1 means "that clock does not run".

/// A round of the event as contestants see it (never which scans it holds).
struct TournamentRound {
    QString id;
    QString title;
    RoundType type = RoundType::FindTheThreat;
    int index = 0;
    int scanCount = 0;
    int secondsPerScan = 0; ///< 0: no scan clock
    int roundSeconds = 0;   ///< 0: no round clock
    bool categoryRequired = false;
    QStringList targetCategories;
    QString scoring; ///< the formula in words
    int countdownSeconds = 0;
    int breakSecondsAfter = 0;
    bool feedbackAfterEachScan = false; ///< a practice session's round: each scan's result once answered
    bool clockStartsAtJoin = false;     ///< each contestant's clocks start when they open the first scan
    int joinWindowSeconds = 0;          ///< then: how long after the round's start one may join

    static TournamentRound fromProto(const v1::RoundInfo &round);
};

/// The event a token joined, and who the contestant is.
struct JoinedEvent {
    QString eventId;
    QString title;
    QString contestantId;
    QString contestantName;
    QStringList members; ///< of a team; empty for an officer alone
    QString member;      ///< the member this token is for; empty: a console the team shares
    QList<TournamentRound> rounds;

    static JoinedEvent fromProto(const v1::JoinReply &reply);
};

/// The event's state for this contestant, as one update of the event stream says it.
struct EventStatus {
    enum class Phase { Unknown, Waiting, Countdown, Running, Paused, Break, Finished };
    Phase phase = Phase::Unknown;
    Phase pausedPhase = Phase::Unknown;
    int roundIndex = -1;
    TournamentRound round;
    int scanIndex = 0; ///< == round.scanCount once the contestant answered every scan
    QString scanId;    ///< empty when no scan is open
    double scanSecondsLeft = -1;
    double roundSecondsLeft = -1;
    double phaseSecondsLeft = -1;
    double roundEndsSecondsLeft = -1; ///< when the round ends for everybody at the latest; -1: unbounded
    qint64 serverTimeMs = 0;
    int answered = 0;
    bool resultsAvailable = false;

    bool hasOpenScan() const { return phase == Phase::Running && !scanId.isEmpty(); }
    static EventStatus fromProto(const v1::EventUpdate &update);
};

/// A scan of a running round, downloaded and decoded, ready for the viewer.
struct ScanToPlay {
    QString roundId;
    int scanIndex = 0;
    std::shared_ptr<const Scan> scan; ///< its views and declaration; never its truth
};

/// An answer on its way to the server. Its id is chosen once, when the officer answers, so that
/// sending it again after a broken connection is recognised by the server and counted once.
struct PendingAnswer {
    QString answerId; ///< 8 to 64 characters [A-Za-z0-9_-]
    QString roundId;
    int scanIndex = 0;
    bool suspect = false; ///< the alarm decision: marks were made
    QList<Mark> marks;
    QMap<QString, int> toolUse;
    std::shared_ptr<const Scan> scan; ///< as it was shown, for the feedback of practice sessions
};

/// One scored scan of the contestant's own results.
struct ScanResultRow {
    int scanIndex = 0;
    QString scanId;
    std::optional<ScanOutcome::Verdict> verdict; ///< empty: one this client does not know (a newer server's)
    int marks = 0;
    double points = 0;
    double responseSeconds = 0;
    bool timedOut = false;
    QList<Mark> answerMarks;
    QList<GroundTruthObject> truth; ///< only where the event reveals it
    ScanOutcome outcome;            ///< how the server matched the marks (objects only with the truth)
};

/// One contestant's place in the event's final standings.
struct FinalStanding {
    QString name;
    int rank = 0;
    double points = 0;
    bool yours = false;
};

/// The contestant's own results of a round (or the event), once the server gives them.
struct ContestantResults {
    QString roundId; ///< empty: the whole event
    RoundScore score;
    int rank = 0;
    QList<ScanResultRow> scans;
    QList<FinalStanding> finalStandings; ///< the whole event's, best first, once it is finished

    static ContestantResults fromProto(const v1::MyResults &results, const QString &roundId);
};

/// A practice session's feedback on one answered scan: the scan as it was shown and its result.
struct AnsweredScan {
    RoundType type = RoundType::FindTheThreat;
    std::shared_ptr<const Scan> scan;
    ScanResultRow result;
};

/// Protobuf strings are UTF-8 bytes.
QString fromUtf8(const std::string &text);

} // namespace pen::gui

Q_DECLARE_METATYPE(pen::gui::JoinedEvent)
Q_DECLARE_METATYPE(pen::gui::EventStatus)
Q_DECLARE_METATYPE(pen::gui::ScanToPlay)
Q_DECLARE_METATYPE(pen::gui::ContestantResults)
Q_DECLARE_METATYPE(pen::gui::AnsweredScan)
Q_DECLARE_METATYPE(pen::gui::PendingAnswer)
