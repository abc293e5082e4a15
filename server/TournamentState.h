// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "AnswerDesk.h"
#include "EventBook.h"
#include "EventReports.h"
#include "ImageSetLibrary.h"
#include "PlayDesk.h"
#include "StateContext.h"
#include "TokenRegistry.h"

#include <QLockFile>

#include <memory>

namespace pen::server {

/// Everything the tournament server knows and decides, without a word of gRPC: who a token is,
/// what each role may do, the events and their clocks, which scan a contestant may see, whether an
/// answer is in time, scores and leaderboards. Every change is written to the store before the
/// call returns, so an acknowledged answer survives a crash.
///
/// Made of parts by job, each with its own lock where it holds state: the tokens (TokenRegistry),
/// the image-set library (ImageSetLibrary), the events with their rounds, contestants and clocks
/// (EventBook), a contestant in play (PlayDesk), the answer desk with its writer thread
/// (AnswerDesk), and the reports and exports (EventReports). The events' lock is taken first, then
/// the library's, the tokens' or the desk's, never the other way round. This class opens the data
/// folder, owns the parts and passes each call to the part whose job it is.
class TournamentState {
public:
    using Clock = StateContext::Clock;
    using IssuedToken = TokenRegistry::IssuedToken;
    using RoundProgress = EventBook::RoundProgress;
    using EventOverview = EventBook::EventOverview;
    using RoundRequest = EventBook::RoundRequest;
    using ContestantStatus = PlayDesk::ContestantStatus;
    using ScanAccess = PlayDesk::ScanAccess;
    using Adoption = ImageSetLibrary::Adoption;
    using Submission = AnswerDesk::Submission;
    using Receipt = AnswerDesk::Receipt;
    using SubmitDone = AnswerDesk::SubmitDone;
    using ScoredAnswer = EventReports::ScoredAnswer;
    using RoundReport = EventReports::RoundReport;
    using TraineeReport = EventReports::TraineeReport;
    using TraineeAnswers = EventReports::TraineeAnswers;
    using ScanResult = EventReports::ScanResult;
    using ContestantResults = EventReports::ContestantResults;

    /// Opens (or creates) the data folder: tournament.sqlite and imagesets/. Rounds that were
    /// running when the server stopped resume with the time they had left when it stopped: the
    /// downtime is recorded as a pause from the last heartbeat to now.
    static Expected<std::unique_ptr<TournamentState>> open(const QString &dataFolder, Clock clock);
    ~TournamentState();

    QString dataFolder() const { return m_dataFolder; }
    qint64 nowMs() const { return m_context.clock(); }
    /// Grows by one with every change; streams compare it to know when to send.
    quint64 version() const { return m_context.version.load(); }
    /// Grows with the changes that may concern every stream (not one contestant's answers).
    quint64 sharedVersion() const { return m_context.sharedVersion.load(); }
    /// The contestants (event id, contestant id) whose answers or clock start changed since the
    /// last call: their streams and their events' boards have news.
    QSet<std::pair<QString, QString>> takeTouched() { return m_context.takeTouched(); }
    /// Called about once a second: records that the server is alive (for restarts) and ends a
    /// round once every contestant has finished it.
    void tick();

    // --- tokens and roles
    Expected<TokenRecord> authenticate(const QString &secret) const { return m_tokens.authenticate(secret); }
    /// An authenticated token again, by id, for an open stream: refused once it was revoked.
    Expected<TokenRecord> recheck(const TokenRecord &token) const { return m_tokens.recheck(token.id); }
    /// How many token secrets were hashed to authenticate callers.
    quint64 secretsHashed() const { return m_tokens.secretsHashed(); }
    Expected<IssuedToken> issueBootstrapHostToken(const QString &label, bool force)
    {
        return m_tokens.issueBootstrapHostToken(label, force);
    }
    Expected<IssuedToken> issueToken(const TokenRecord &caller, Role role, const QString &eventId,
                                     const QString &contestantId, const QString &label, const QString &member = {})
    {
        return m_tokens.issueToken(caller, role, eventId, contestantId, label, member, m_events);
    }
    Expected<void> revokeToken(const TokenRecord &caller, const QString &tokenId)
    {
        return m_tokens.revokeToken(caller, tokenId, m_events);
    }
    Expected<QList<TokenRecord>> tokens(const TokenRecord &caller, const QString &eventId) const
    {
        return m_tokens.tokens(caller, eventId, m_events);
    }

    // --- image sets
    Expected<ImageSetRecord> addImageSet(const TokenRecord &caller, const QString &name, const QString &stagingFolder,
                                         const Adoption &adoption = Adoption())
    {
        return m_library.addImageSet(caller, name, stagingFolder, adoption);
    }
    Expected<void> checkNewImageSet(const TokenRecord &caller, const QString &name) const
    {
        return m_library.checkNewImageSet(caller, name);
    }
    Expected<QList<ImageSetRecord>> imageSets(const TokenRecord &caller) const { return m_library.imageSets(caller); }
    Expected<ImageSetRecord> shareImageSet(const TokenRecord &caller, const QString &imageSetId,
                                           const QString &trainerTokenId, bool shared)
    {
        return m_library.shareImageSet(caller, imageSetId, trainerTokenId, shared, m_tokens);
    }
    std::optional<ImageSet> imageSet(const QString &imageSetId) const { return m_library.imageSet(imageSetId); }
    std::optional<ImageSetRecord> imageSetRecord(const QString &imageSetId) const
    {
        return m_library.imageSetRecord(imageSetId);
    }
    Expected<QStringList> contestantFiles(const QString &roundId, int scanIndex, const ScanAccess &access)
    {
        return m_library.contestantFiles(roundId, scanIndex, access);
    }

    // --- events, rounds, contestants (hosts; trainers for their own practice events)
    Expected<EventRecord> createEvent(const TokenRecord &caller, const QString &title, bool practice, bool revealTruth)
    {
        return m_events.createEvent(caller, title, practice, revealTruth);
    }
    Expected<QList<EventOverview>> events(const TokenRecord &caller) const { return m_events.events(caller); }
    Expected<EventOverview> event(const TokenRecord &caller, const QString &eventId) const
    {
        return m_events.event(caller, eventId);
    }
    Expected<RoundPlan> addRound(const TokenRecord &caller, const RoundRequest &request)
    {
        return m_events.addRound(caller, request);
    }
    Expected<ContestantRecord> addContestant(const TokenRecord &caller, const QString &eventId, const QString &name,
                                             const QStringList &members)
    {
        return m_events.addContestant(caller, eventId, name, members);
    }
    Expected<EventState> control(const TokenRecord &caller, const QString &eventId, ClockCommand::Kind action)
    {
        return m_events.control(caller, eventId, action);
    }
    /// Records a host's action taken elsewhere (machines) in the event's audit log.
    Expected<void> auditAction(const TokenRecord &caller, const QString &eventId, const QString &action,
                               const QString &detail)
    {
        return m_context.audit(caller, eventId, action, detail);
    }

    // --- contestants in play
    Expected<ContestantStatus> contestantStatus(const TokenRecord &caller) const
    {
        return m_play.contestantStatus(caller);
    }
    Expected<ScanAccess> scan(const TokenRecord &caller, const QString &roundId, int scanIndex)
    {
        return m_play.scan(caller, roundId, scanIndex);
    }
    void submitAsync(const TokenRecord &caller, const Submission &submission, SubmitDone done)
    {
        m_answers->submitAsync(caller, submission, std::move(done));
    }
    Expected<Receipt> submit(const TokenRecord &caller, const Submission &submission)
    {
        return m_answers->submit(caller, submission);
    }

    // --- results and reports
    Expected<ContestantResults> results(const TokenRecord &caller, const QString &roundId) const
    {
        return m_reports.results(caller, roundId);
    }
    Expected<QList<Standing>> leaderboard(const TokenRecord &caller, const QString &eventId,
                                          const QString &roundId) const
    {
        return m_reports.leaderboard(caller, eventId, roundId);
    }
    Expected<QByteArray> exportCsv(const TokenRecord &caller, const QString &eventId) const
    {
        return m_reports.exportCsv(caller, eventId);
    }
    Expected<QList<ScoredAnswer>> scoredAnswers(const TokenRecord &caller, const QString &eventId) const
    {
        return m_reports.scoredAnswers(caller, eventId);
    }
    Expected<QList<AuditRecord>> auditLog(const TokenRecord &caller, const QString &eventId)
    {
        return m_reports.auditLog(caller, eventId);
    }
    Expected<TraineeReport> traineeReport(const TokenRecord &caller, const QString &eventId,
                                          const QString &contestantId) const
    {
        return m_reports.traineeReport(caller, eventId, contestantId);
    }
    Expected<TraineeReport> traineeHistory(const TokenRecord &caller, const QString &traineeName) const
    {
        return m_reports.traineeHistory(caller, traineeName);
    }
    Expected<TraineeAnswers> traineeAnswers(const TokenRecord &caller, const QString &eventId,
                                            const QString &contestantId, const QString &roundId) const
    {
        return m_reports.traineeAnswers(caller, eventId, contestantId, roundId);
    }
    Expected<ScanAccess> reviewScan(const TokenRecord &caller, const QString &eventId, const QString &roundId,
                                    int scanIndex) const
    {
        return m_reports.reviewScan(caller, eventId, roundId, scanIndex);
    }

    /// The id contestants see for a scan while its round runs.
    static QString contestantScanId(const RoundPlan &round, int scanIndex)
    {
        return EventRuntime::contestantScanId(round, scanIndex);
    }

private:
    TournamentState(QString dataFolder, std::unique_ptr<TournamentStore> store, Clock clock);
    Expected<void> loadContents();

    std::unique_ptr<QLockFile> m_folderLock; ///< one server per data folder
    QString m_dataFolder;
    StateContext m_context;
    TokenRegistry m_tokens;
    ImageSetLibrary m_library;
    mutable EventBook m_events; ///< locks itself, so the state's const calls may read through its lock
    PlayDesk m_play;
    EventReports m_reports;
    /// Last, so that its writer thread stops before the parts it writes into go.
    std::unique_ptr<AnswerDesk> m_answers;
};

} // namespace pen::server
