// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "EventBook.h"
#include "PlayDesk.h"
#include "StateContext.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"
#include "tournament/CategoryBreakdown.h"
#include "tournament/Leaderboard.h"
#include "tournament/RoundResult.h"

namespace pen::server {

class ImageSetLibrary;
class TokenRegistry;

/// What the events' answers add up to: leaderboards, a contestant's own results, trainees'
/// reports and histories, exports, the audit log. Reads the events through the EventBook's lock
/// and holds no state of its own.
class EventReports {
public:
    EventReports(StateContext &context, EventBook &events, const ImageSetLibrary &library, const TokenRegistry &tokens);

    Expected<QList<Standing>> leaderboard(const TokenRecord &caller, const QString &eventId,
                                          const QString &roundId) const;

    struct ScanResult {
        int scanIndex = 0;
        QString scanId;
        ScanOutcome outcome;
        Answer answer;
        QList<GroundTruthObject> truth; ///< targets, only where the event reveals them
    };
    struct ContestantResults {
        RoundScore score;
        QList<ScanResult> scans;
        int rank = 0;
        QList<Standing> finalStandings; ///< the whole event's, once it is finished
    };
    /// Own results of a finished round (roundId empty: every finished round of the event).
    Expected<ContestantResults> results(const TokenRecord &caller, const QString &roundId) const;

    /// One scored scan of one contestant, as the exports list them.
    struct ScoredAnswer {
        RoundPlan round;
        ContestantRecord contestant;
        int scanIndex = 0;
        ScanOutcome outcome; ///< outcome.scanId is the set's scan id
        Answer answer;       ///< a timed-out scan: no marks
        AnswerRecord record; ///< empty where nothing was received
    };
    /// Every scored scan of the event (shown and over), round by round, contestant by contestant.
    Expected<QList<ScoredAnswer>> scoredAnswers(const TokenRecord &caller, const QString &eventId) const;
    Expected<QByteArray> exportCsv(const TokenRecord &caller, const QString &eventId) const;
    Expected<QList<AuditRecord>> auditLog(const TokenRecord &caller, const QString &eventId) const;

    struct RoundReport {
        RoundPlan round;
        RoundResult result;
        CategoryBreakdown categories;
        qint64 startedMs = 0; ///< when play began (server clock); 0: not yet
        QString eventId;
        QString eventTitle;
    };
    struct TraineeReport {
        ContestantRecord contestant; ///< in a history: the name only (one id per session)
        QList<RoundReport> rounds;   ///< the rounds played so far, in order
        CategoryBreakdown overall;
        RoundScore total;
    };
    /// A contestant's results per round and category (scans shown and over so far), for trainers.
    Expected<TraineeReport> traineeReport(const TokenRecord &caller, const QString &eventId,
                                          const QString &contestantId) const;
    /// A trainee's history over time: every begun round of the caller's practice events (a host:
    /// of every practice event) with a contestant of that name (trimmed, any case), oldest first.
    Expected<TraineeReport> traineeHistory(const TokenRecord &caller, const QString &traineeName) const;

    struct ReviewedScan {
        ScanResult scan;                  ///< with the ground truth and the set's scan id, always
        std::optional<Decision> decision; ///< as received: Clear or Suspect; none where nothing came in time
        int viewCount = 0;
    };
    struct TraineeAnswers {
        ContestantRecord contestant;
        RoundPlan round;
        QList<ReviewedScan> scans; ///< as scored: each scan shown and over, in order
    };
    /// One round of a contestant, scan by scan, as its score counted it, for trainers' review.
    Expected<TraineeAnswers> traineeAnswers(const TokenRecord &caller, const QString &eventId,
                                            const QString &contestantId, const QString &roundId) const;
    /// One of a round's scans as contestants were sent it (no truth, the round's scan id), so that
    /// a trainer reviews the very view files contestants fetched.
    Expected<PlayDesk::ScanAccess> reviewScan(const TokenRecord &caller, const QString &eventId, const QString &roundId,
                                              int scanIndex) const;

private:
    ImageSet setOf(const QString &imageSetId) const;
    RoundResult resultOf(const EventRuntime &event, int roundIndex, const QString &contestantId, double at) const;
    QList<Standing> standings(const EventRuntime &event, const QString &roundId) const;
    /// A team's members' shares of its score in the rounds given, each answer by the member of the
    /// token that sent it (memberOfToken: token id → member).
    static QList<MemberScore> memberScores(const EventRuntime &event, const ContestantRecord &team,
                                           const QList<std::pair<int, RoundResult>> &results,
                                           const QHash<QString, QString> &memberOfToken);
    ScanResult scanResult(const EventRuntime &event, const RoundPlan &round, const RoundResult &result, int i,
                          const ImageSet &set) const;
    RoundReport roundReport(const EventRuntime &event, int roundIndex, const QString &contestantId, double at) const;
    /// Overall figures and total score of the report's rounds.
    void addTotals(TraineeReport &report) const;

    StateContext &m_context;
    EventBook &m_events;
    const ImageSetLibrary &m_library;
    const TokenRegistry &m_tokens;
};

} // namespace pen::server
