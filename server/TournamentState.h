// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "imageset/ImageSet.h"
#include "scoring/RoundScore.h"
#include "scoring/ScanOutcome.h"
#include "store/TournamentStore.h"
#include "tournament/CategoryBreakdown.h"
#include "tournament/ContestantProgress.h"
#include "tournament/EventClock.h"
#include "tournament/Leaderboard.h"
#include "tournament/RoundResult.h"

#include <QHash>
#include <QLockFile>

#include <QSet>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace pen::server {

/// Everything the tournament server knows and decides, without a word of gRPC: who a token is,
/// what each role may do, the events and their clocks, which scan a contestant may see, whether an
/// answer is in time, scores and leaderboards. Every change is written to the store before the
/// call returns, so an acknowledged answer survives a crash. Thread-safe: one lock around all.
class TournamentState {
public:
    /// Milliseconds since the epoch; the server's clock decides every time. Tests inject their own.
    using Clock = std::function<qint64()>;

    /// Opens (or creates) the data folder: tournament.sqlite and imagesets/. Rounds that were
    /// running when the server stopped resume with the time they had left when it stopped: the
    /// downtime is recorded as a pause from the last heartbeat to now.
    static Expected<std::unique_ptr<TournamentState>> open(const QString &dataFolder, Clock clock);

    QString dataFolder() const { return m_dataFolder; }
    qint64 nowMs() const { return m_clock(); }
    /// Grows by one with every change; streams compare it to know when to send.
    quint64 version() const { return m_version.load(); }

    // --- tokens and roles
    struct IssuedToken {
        TokenRecord record;
        QString secret; ///< shown once
    };
    Expected<TokenRecord> authenticate(const QString &secret) const;
    /// The first host token of a new server (issuer is nobody); refused once a host token exists,
    /// unless force is set.
    Expected<IssuedToken> issueBootstrapHostToken(const QString &label, bool force);
    /// member: for a team's contestant token, the member it is for (their answers are theirs on
    /// the leaderboard); empty for a console the team shares, and for everyone else.
    Expected<IssuedToken> issueToken(const TokenRecord &caller, Role role, const QString &eventId,
                                     const QString &contestantId, const QString &label, const QString &member = {});
    Expected<void> revokeToken(const TokenRecord &caller, const QString &tokenId);
    Expected<QList<TokenRecord>> tokens(const TokenRecord &caller, const QString &eventId) const;

    // --- events, image sets, rounds, contestants (hosts; trainers for their own practice events)
    /// Where one contestant is in the round that runs (paused included), for the host's view.
    struct RoundProgress {
        int scansDone = 0; ///< answered or timed out
        int scanCount = 0; ///< 0 outside a running round
        bool finished = false;
    };
    struct EventOverview {
        EventRecord event;
        EventState state;
        QList<ContestantRecord> contestants;
        QList<RoundProgress> progress = {}; ///< parallel to contestants; filled by event() only
    };
    Expected<EventRecord> createEvent(const TokenRecord &caller, const QString &title, bool practice, bool revealTruth);
    Expected<QList<EventOverview>> events(const TokenRecord &caller) const;
    Expected<EventOverview> event(const TokenRecord &caller, const QString &eventId) const;
    /// How a set came to the server, for the audit log, and whether it is still wanted.
    struct Adoption {
        QString auditAction = QStringLiteral("add-image-set");
        QString auditDetail; ///< appended to the set's id, name and scan count
        /// Asked after the full check and again under the lock, just before the set is moved in:
        /// false leaves the staging folder where it is and adopts nothing (a cancelled call).
        std::function<bool()> stillWanted;
    };
    /// Adopts a complete image set folder (checked in full: manifest, hashes, every file decoded)
    /// into the data folder under a new id; the staging folder is moved, not copied.
    Expected<ImageSetRecord> addImageSet(const TokenRecord &caller, const QString &name, const QString &stagingFolder,
                                         const Adoption &adoption);
    Expected<ImageSetRecord> addImageSet(const TokenRecord &caller, const QString &name, const QString &stagingFolder)
    {
        return addImageSet(caller, name, stagingFolder, Adoption());
    }
    /// Whether caller may add a set under name now (role, a well-formed name not taken), so that
    /// slow work (generating a set) is refused before it starts; addImageSet checks again.
    Expected<void> checkNewImageSet(const TokenRecord &caller, const QString &name) const;
    /// The sets caller may use: a host every set, a trainer its own and those shared with it.
    Expected<QList<ImageSetRecord>> imageSets(const TokenRecord &caller) const;
    /// A host shares a set with one trainer token (empty: every trainer), or withdraws the share.
    Expected<ImageSetRecord> shareImageSet(const TokenRecord &caller, const QString &imageSetId,
                                           const QString &trainerTokenId, bool shared);
    std::optional<ImageSet> imageSet(const QString &imageSetId) const;
    std::optional<ImageSetRecord> imageSetRecord(const QString &imageSetId) const;
    struct RoundRequest {
        QString eventId;
        QString title;
        QString imageSetId;
        QStringList scanIds; ///< empty: all, in the set's order (or drawScans of them)
        int drawScans = 0;   ///< without scanIds: so many scans drawn by drawSeed; 0: all
        quint64 drawSeed = 0;
        QString settingsJson; ///< empty: the set's own settings, else the defaults of its type
        int countdownSeconds = 10;
        int breakSecondsAfter = 600;
    };
    Expected<RoundPlan> addRound(const TokenRecord &caller, const RoundRequest &request);
    Expected<ContestantRecord> addContestant(const TokenRecord &caller, const QString &eventId, const QString &name,
                                             const QStringList &members);
    Expected<EventState> control(const TokenRecord &caller, const QString &eventId, ClockCommand::Kind action);
    Expected<QList<Standing>> leaderboard(const TokenRecord &caller, const QString &eventId,
                                          const QString &roundId) const;
    Expected<QByteArray> exportCsv(const TokenRecord &caller, const QString &eventId) const;
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
    Expected<QList<AuditRecord>> auditLog(const TokenRecord &caller, const QString &eventId);
    /// Records a host's action taken elsewhere (machines) in the event's audit log.
    Expected<void> auditAction(const TokenRecord &caller, const QString &eventId, const QString &action,
                               const QString &detail);
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

    // --- contestants
    struct ContestantStatus {
        EventRecord event; ///< rounds included; nothing of other contestants
        ContestantRecord contestant;
        EventState state;
        std::optional<ContestantProgress> progress; ///< in the current round, while it runs
        QString scanId;                             ///< the open scan, if any
        double scanSecondsLeft = -1;                ///< -1: no clock
        int answered = 0;                           ///< in the current round
        /// When the running round ends for everybody at the latest (the last contestant's clocks
        /// run out); -1: no clock bounds it.
        double roundEndsSecondsLeft = -1;
        bool resultsAvailable = false; ///< of the last finished round
    };
    Expected<ContestantStatus> contestantStatus(const TokenRecord &caller) const;
    struct ScanAccess {
        ImageSetEntry entry; ///< without ground truth; its id is contestantScanId()
        QString folder;      ///< the set's folder, for the view files
    };
    /// The contestant's open scan: only the current scan of a running round. In a round whose
    /// clocks start at join, the first request is the contestant's join: their clocks start then,
    /// if the join window is still open.
    Expected<ScanAccess> scan(const TokenRecord &caller, const QString &roundId, int scanIndex);
    /// The files contestants are sent for a scan, one per view: copies of the stored views written
    /// under the neutral scan id (a stored DICOS file names the set's own id), made on the first
    /// request and kept in the data folder. Slow the first time; takes no lock of the state.
    Expected<QStringList> contestantFiles(const QString &roundId, int scanIndex, const ScanAccess &access);
    struct Submission {
        QString answerId;
        QString roundId;
        int scanIndex = 0;
        qint64 decision = 0; ///< as sent (pen.v1.Decision), checked by admit
        QList<Mark> marks;
        QMap<QString, int> toolUse;
    };
    struct Receipt {
        bool duplicate = false;
        qint64 receivedMs = 0;
        double responseSeconds = 0;
        int nextScanIndex = 0;
    };
    using SubmitDone = std::function<void(Expected<Receipt>)>;
    /// Checks an answer and reserves it at once; done is called, from the writer thread, once it
    /// is on disk. Answers waiting together are written in one transaction with one sync (group
    /// commit), so a contestant is acknowledged only for a durable answer and the lock is never
    /// held across a sync. A refusal or a retry of a stored answer calls done before returning.
    void submitAsync(const TokenRecord &caller, const Submission &submission, SubmitDone done);
    /// The same, waiting for the result.
    Expected<Receipt> submit(const TokenRecord &caller, const Submission &submission);
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

    ~TournamentState();

    /// Called about once a second: records that the server is alive (for restarts) and ends a
    /// round once every contestant has finished it.
    void tick();

    /// The id contestants see for a scan while its round runs: the set's own ids may say what is
    /// in the scan ("parcel-cocaine").
    static QString contestantScanId(const RoundPlan &round, int scanIndex);

private:
    struct EventRuntime {
        EventRecord record;
        QList<ContestantRecord> contestants;
        /// round id → contestant id → scan index → answer
        QHash<QString, QHash<QString, QMap<int, AnswerRecord>>> answers;
        /// contestant id → answer id → (round id, scan index)
        QHash<QString, QHash<QString, std::pair<QString, int>>> answerIds;
        /// round id → contestant id → play time their clocks started (rounds whose clocks start at join)
        QHash<QString, QHash<QString, double>> clockStarts;
    };

    TournamentState(QString dataFolder, std::unique_ptr<TournamentStore> store, Clock clock);
    Expected<void> loadContents();
    void resumeAfterDowntime(qint64 lastAliveMs);

    double now() const { return double(m_clock()) / 1000.0; }
    EventPlan planOf(const EventRuntime &event) const;
    EventState stateOf(const EventRuntime &event, double at) const;
    Expected<const EventRuntime *> manageable(const TokenRecord &caller, const QString &eventId) const;
    Expected<EventRuntime *> manageable(const TokenRecord &caller, const QString &eventId);
    Expected<const EventRuntime *> contestantEvent(const TokenRecord &caller) const;
    QList<double> answeredAt(const EventRuntime &event, const RoundPlan &round, const QString &contestantId) const;
    ContestantProgress progressOf(const EventRuntime &event, const RoundPlan &round, const QString &contestantId,
                                  double playNow) const;
    /// When a contestant's clocks started in a round (progressAt's clockStart).
    static double clockStartOf(const EventRuntime &event, const RoundPlan &round, const QString &contestantId);
    /// A team's members' shares of its score in the rounds given, each answer by the member of the
    /// token that sent it (memberOfToken: token id → member).
    static QList<MemberScore> memberScores(const EventRuntime &event, const ContestantRecord &team,
                                           const QList<std::pair<int, RoundResult>> &results,
                                           const QHash<QString, QString> &memberOfToken);
    /// How a contestant's round scores at time at (every scan shown and over by then).
    RoundResult resultOf(const EventRuntime &event, int roundIndex, const QString &contestantId, double at) const;
    static bool roundOver(const EventState &state, int roundIndex);
    RoundReport roundReport(const EventRuntime &event, int roundIndex, const QString &contestantId, double at) const;
    /// Overall figures and total score of the report's rounds.
    void addTotals(TraineeReport &report) const;

    QList<Standing> standings(const EventRuntime &event, const QString &roundId) const;
    Expected<void> appendCommand(EventRuntime &event, ClockCommand command);
    Expected<void> audit(const TokenRecord &caller, const QString &eventId, const QString &action,
                         const QString &detail);
    void endRoundIfAllFinished(EventRuntime &event, double at);
    bool validMark(const Mark &mark, const ImageSetEntry &entry, const ImageSet &set, QString &why) const;
    void changed() { ++m_version; }
    struct Admission {
        std::optional<Receipt> ready; ///< a refusal or a retry of a stored answer needs no write
        Receipt receipt;              ///< otherwise: the receipt once ticket is on disk
        quint64 ticket = 0;
    };
    Expected<Admission> admit(const TokenRecord &caller, const Submission &submission);
    /// A submission whose answer id the contestant used before: the first reply (or a refusal if
    /// it was for another scan); none for a new answer id.
    std::optional<Expected<Admission>> retryOf(const EventRuntime &event, const QString &contestantId,
                                               const Submission &submission) const;
    void writeAnswers();

    struct Waiter {
        quint64 ticket = 0;
        Receipt receipt;
        SubmitDone done;
    };
    std::mutex m_writeMutex; ///< after m_mutex when both are held
    std::condition_variable m_writeWake;
    QList<AnswerRecord> m_writeQueue;
    QList<Waiter> m_waiters;
    quint64 m_lastTicket = 0;      ///< under m_mutex
    quint64 m_durableTicket = 0;   ///< under m_mutex: every ticket up to it is on disk or failed
    QSet<quint64> m_failedTickets; ///< under m_mutex
    bool m_stopWriting = false;
    std::thread m_writer;

    std::unique_ptr<QLockFile> m_folderLock; ///< one server per data folder
    QString m_dataFolder;
    std::unique_ptr<TournamentStore> m_store;
    Clock m_clock;
    mutable std::recursive_mutex m_mutex;
    std::mutex m_copyMutex; ///< one writer of contestant copies at a time
    std::atomic<quint64> m_version{1};
    QList<TokenRecord> m_tokens;
    QHash<QString, int> m_tokenByHash; ///< secret hash → index in m_tokens
    QList<ImageSetRecord> m_imageSetRecords;
    QHash<QString, ImageSet> m_imageSets; ///< by id, manifests with truth
    std::vector<std::unique_ptr<EventRuntime>> m_events;
};

} // namespace pen::server
