// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ServerCountdown.h"
#include "TournamentMessages.h"
#include "client/ConnectionOptions.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace pen::gui {

class EventWatcher;
class TournamentCalls;

/// The app as a contestant of a tournament server, without widgets. Every gRPC call runs off the
/// GUI thread: unary calls and downloads on a worker thread (TournamentCalls), the event stream on
/// a thread of its own (EventWatcher). Lives on the GUI thread; its signals carry plain values.
///
/// Where the contestant is comes from the server's updates: a scan is fetched when an update opens
/// one that is not shown yet, so after a reconnection the same scan stays shown (with its marks).
/// When the stream breaks (server restarted, network gone) the client joins again by itself with a
/// growing delay, and an answer in flight is sent again under the same answer id, so that the
/// server counts it once. Times shown come from the server's updates (countdown()).
class TournamentClient final : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Joined, Reconnecting };
    Q_ENUM(State)
    using Options = server::ConnectionOptions;

    explicit TournamentClient(QObject *parent = nullptr);
    ~TournamentClient() override;

    /// Joins the event of options.token on options.address; joined or connectFailed follow.
    void connectToServer(const Options &options);
    void disconnectFromServer();

    State state() const { return m_state; }
    const JoinedEvent &event() const { return m_event; }
    const EventStatus &status() const { return m_status; }
    const ServerCountdown &countdown() const { return m_countdown; }
    /// The scan shown last (scanReady), if any.
    const std::optional<ScanToPlay> &shownScan() const { return m_shown; }
    /// A scan of the round played last as it was shown (no truth), for the review after the
    /// round; null where it was never shown here.
    std::shared_ptr<const Scan> playedScan(const QString &roundId, int scanIndex) const;

    /// Answers the scan shown: suspect with these marks, or clear without. False where no scan is
    /// open or an answer is still on its way.
    bool answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse);
    bool isAnswerPending() const { return m_pending.has_value(); }

    /// Delay before the n-th attempt to join again (0-based): 0.25 s doubling up to 5 s.
    static int reconnectDelayMs(int attempt);

signals:
    void stateChanged(pen::gui::TournamentClient::State state);
    /// Joining failed (unreachable server, unknown or revoked token, ...); the client is disconnected.
    void connectFailed(const QString &message);
    void joined(const pen::gui::JoinedEvent &event);
    void statusChanged(const pen::gui::EventStatus &status);
    /// The connection broke; the client tries again by itself. reason says what broke.
    void reconnecting(const QString &reason);
    void scanLoading(int scanIndex, int scanCount);
    void scanReady(const pen::gui::ScanToPlay &scan);
    void scanFailed(const QString &message);
    void answerSent(int scanIndex);
    /// The server has the answer (duplicate: it had it already, from an earlier attempt).
    void answerAccepted(int scanIndex, bool duplicate);
    void answerRefused(const QString &message);
    /// In a practice session's round with feedback: the result of the scan just answered.
    void scanFeedback(const pen::gui::AnsweredScan &answered);
    void resultsReady(const pen::gui::ContestantResults &results);
    /// The whole event's results once it is finished, with the final standings.
    void eventResultsReady(const pen::gui::ContestantResults &results);
    void resultsFailed(const QString &message);

private:
    QString describeFailure(int code, const QString &message) const;
    void setState(State state);
    void post(std::function<void(TournamentCalls *)> call);
    void joinNow();
    void onJoined(const JoinedEvent &event);
    void onJoinFailed(int code, const QString &message);
    void onUpdated(int generation, const EventStatus &status);
    void onStreamEnded(int generation, int code, const QString &message);
    void connectionLost(const QString &reason);
    void fetchOpenScan();
    void fetchScan(const QString &roundId, int scanIndex);
    void onScanFetched(const ScanToPlay &scan);
    void onScanFailed(const QString &roundId, int scanIndex, int code, const QString &message);
    void sendPending();
    void onAnswerAccepted(const QString &answerId, int nextScanIndex, bool duplicate);
    void onAnswerFailed(const QString &answerId, int code, const QString &message);
    void onFeedbackFetched(const ContestantResults &results, int scanIndex);
    void fetchResultsIfOver(const EventStatus &status);

    Options m_options;
    State m_state = State::Disconnected;
    QThread m_worker;
    TournamentCalls *m_calls = nullptr; ///< lives on m_worker
    EventWatcher *m_watcher = nullptr;
    QTimer m_rejoin;
    QTimer m_resend;
    QTimer m_refetch; ///< asks again for the open scan or the results after a failure that may pass next time
    int m_fetchAttempt = 0;
    int m_attempt = 0;
    JoinedEvent m_event;
    EventStatus m_status;
    ServerCountdown m_countdown;
    std::optional<ScanToPlay> m_shown;
    QString m_playedRound;                            ///< the round of m_played
    QHash<int, std::shared_ptr<const Scan>> m_played; ///< its scans shown, by index
    QString m_loading;                                ///< "round/index" being fetched
    QString m_failed;                                 ///< "round/index" that cannot be shown; not fetched again
    std::optional<PendingAnswer> m_pending;
    QString m_resultsFetched; ///< round whose results were asked for
    bool m_eventResultsFetched = false;
    struct FeedbackFor {
        QString roundId;
        int scanIndex = -1;
        RoundType type = RoundType::FindTheThreat;
        std::shared_ptr<const Scan> scan;
    } m_feedbackFor; ///< the answered scan whose feedback is awaited
};

} // namespace pen::gui
