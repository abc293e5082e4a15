// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentClient.h"

#include "EventWatcher.h"
#include "TournamentCalls.h"

#include <QUuid>

#include <grpcpp/support/status_code_enum.h>

#include <algorithm>
#include <utility>

namespace pen::gui {
namespace {

QString keyOf(const QString &roundId, int scanIndex)
{
    return QStringLiteral("%1/%2").arg(roundId).arg(scanIndex);
}

// Failures that a later attempt may get past: the server was down or the connection broke.
bool isTransient(int code)
{
    switch (grpc::StatusCode(code)) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::CANCELLED:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::ABORTED:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::RESOURCE_EXHAUSTED: return true;
    default: return false;
    }
}

} // namespace

TournamentClient::TournamentClient(QObject *parent)
    : QObject(parent), m_calls(new TournamentCalls), m_watcher(new EventWatcher(this))
{
    m_worker.setObjectName(QStringLiteral("tournament calls"));
    m_calls->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_calls, &QObject::deleteLater);
    connect(m_calls, &TournamentCalls::joined, this, &TournamentClient::onJoined);
    connect(m_calls, &TournamentCalls::joinFailed, this, &TournamentClient::onJoinFailed);
    connect(m_calls, &TournamentCalls::scanFetched, this, &TournamentClient::onScanFetched);
    connect(m_calls, &TournamentCalls::scanFailed, this, &TournamentClient::onScanFailed);
    connect(m_calls, &TournamentCalls::answerAccepted, this, &TournamentClient::onAnswerAccepted);
    connect(m_calls, &TournamentCalls::answerFailed, this, &TournamentClient::onAnswerFailed);
    connect(m_calls, &TournamentCalls::resultsFetched, this, [this](const ContestantResults &results) {
        if (results.roundId.isEmpty())
            emit eventResultsReady(results);
        else
            emit resultsReady(results);
    });
    connect(m_calls, &TournamentCalls::feedbackFetched, this, &TournamentClient::onFeedbackFetched);
    connect(
        m_calls, &TournamentCalls::resultsFailed, this,
        [this](const QString &roundId, int code, const QString &message) {
            if (roundId
                    .isEmpty()) { // the event's final standings: asked again where that may help, never an error shown
                if (isTransient(code) && m_state == State::Joined) {
                    m_eventResultsFetched = false;
                    m_refetch.start(reconnectDelayMs(m_fetchAttempt++));
                }
                return;
            }
            if (isTransient(code) && m_state == State::Joined) {
                m_resultsFetched.clear();
                m_refetch.start(reconnectDelayMs(m_fetchAttempt++));
                return;
            }
            emit resultsFailed(describeFailure(code, message));
        });
    connect(m_watcher, &EventWatcher::updated, this, &TournamentClient::onUpdated);
    connect(m_watcher, &EventWatcher::ended, this, &TournamentClient::onStreamEnded);
    m_rejoin.setSingleShot(true);
    connect(&m_rejoin, &QTimer::timeout, this, &TournamentClient::joinNow);
    m_resend.setSingleShot(true);
    connect(&m_resend, &QTimer::timeout, this, &TournamentClient::sendPending);
    m_refetch.setSingleShot(true);
    connect(&m_refetch, &QTimer::timeout, this, [this] {
        fetchOpenScan();
        fetchResultsIfOver(m_status);
    });
    m_worker.start();
}

TournamentClient::~TournamentClient()
{
    m_watcher->stop();
    m_calls->cancel();
    m_worker.quit();
    m_worker.wait();
}

int TournamentClient::reconnectDelayMs(int attempt)
{
    return std::min(5000, 250 << std::min(attempt, 5));
}

QString TournamentClient::describeFailure(int code, const QString &message) const
{
    switch (grpc::StatusCode(code)) {
    case grpc::StatusCode::UNAVAILABLE:
        return tr("The server %1 cannot be reached (%2). Check the address and that the server is running.")
            .arg(m_options.address, message);
    case grpc::StatusCode::UNAUTHENTICATED:
        return tr("The server does not accept this token: it is unknown or was revoked (%1). Ask the host for a new "
                  "one.")
            .arg(message);
    case grpc::StatusCode::PERMISSION_DENIED:
        return tr("This token may not play in a tournament (%1). Use the contestant's token the host issued.")
            .arg(message);
    case grpc::StatusCode::OUT_OF_RANGE: return tr("Too late: %1").arg(message);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return tr("The server did not answer in time (%1). Check the connection.").arg(message);
    default: return code < 0 ? message : tr("The server refused: %1").arg(message);
    }
}

void TournamentClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TournamentClient::post(std::function<void(TournamentCalls *)> call)
{
    QMetaObject::invokeMethod(m_calls, [calls = m_calls, call = std::move(call)] { call(calls); });
}

void TournamentClient::connectToServer(const Options &options)
{
    disconnectFromServer();
    m_options = options;
    m_event = {};
    m_status = {};
    m_countdown.sync(m_status);
    m_shown.reset();
    m_failed.clear();
    m_resultsFetched.clear();
    m_eventResultsFetched = false;
    m_attempt = 0;
    setState(State::Connecting);
    joinNow();
}

void TournamentClient::disconnectFromServer()
{
    m_rejoin.stop();
    m_resend.stop();
    m_refetch.stop();
    m_watcher->stop();
    m_pending.reset();
    m_loading.clear();
    setState(State::Disconnected);
}

void TournamentClient::joinNow()
{
    post([options = m_options](TournamentCalls *calls) { calls->join(options); });
}

void TournamentClient::onJoined(const JoinedEvent &event)
{
    if (m_state != State::Connecting && m_state != State::Reconnecting)
        return;
    m_attempt = 0;
    m_event = event;
    m_loading.clear();
    setState(State::Joined);
    emit joined(event);
    m_watcher->start(m_options);
    if (m_pending)
        sendPending();
}

void TournamentClient::onJoinFailed(int code, const QString &message)
{
    const bool refused = code < 0 || grpc::StatusCode(code) == grpc::StatusCode::UNAUTHENTICATED
        || grpc::StatusCode(code) == grpc::StatusCode::PERMISSION_DENIED;
    if (m_state == State::Connecting || (m_state == State::Reconnecting && refused)) {
        disconnectFromServer();
        emit connectFailed(describeFailure(code, message));
    } else if (m_state == State::Reconnecting) {
        emit reconnecting(describeFailure(code, message));
        m_rejoin.start(reconnectDelayMs(m_attempt++));
    }
}

void TournamentClient::onUpdated(int generation, const EventStatus &status)
{
    if (generation != m_watcher->generation() || m_state != State::Joined)
        return;
    m_status = status;
    m_countdown.sync(status);
    emit statusChanged(status);
    fetchOpenScan();
    fetchResultsIfOver(status);
}

void TournamentClient::fetchOpenScan()
{
    if (m_state != State::Joined || !m_status.hasOpenScan())
        return;
    const QString key = keyOf(m_status.round.id, m_status.scanIndex);
    const bool shown = m_shown && keyOf(m_shown->roundId, m_shown->scanIndex) == key;
    if (!shown && key != m_loading && key != m_failed)
        fetchScan(m_status.round.id, m_status.scanIndex);
}

void TournamentClient::onStreamEnded(int generation, int code, const QString &message)
{
    if (generation != m_watcher->generation() || m_state != State::Joined)
        return;
    if (grpc::StatusCode(code) == grpc::StatusCode::OK && m_status.phase == EventStatus::Phase::Finished)
        return; // the server ends the stream once the event is over
    if (grpc::StatusCode(code) == grpc::StatusCode::UNAUTHENTICATED
        || grpc::StatusCode(code) == grpc::StatusCode::PERMISSION_DENIED) {
        disconnectFromServer();
        emit connectFailed(describeFailure(code, message));
        return;
    }
    connectionLost(code == 0 ? tr("the server closed the event stream") : describeFailure(code, message));
}

void TournamentClient::connectionLost(const QString &reason)
{
    if (m_state == State::Reconnecting || m_state == State::Disconnected)
        return;
    m_watcher->stop();
    m_resend.stop();
    m_refetch.stop();
    setState(State::Reconnecting);
    emit reconnecting(reason);
    m_rejoin.start(reconnectDelayMs(m_attempt++));
}

void TournamentClient::fetchScan(const QString &roundId, int scanIndex)
{
    m_loading = keyOf(roundId, scanIndex);
    emit scanLoading(scanIndex, m_status.round.id == roundId ? m_status.round.scanCount : 0);
    post([roundId, scanIndex](TournamentCalls *calls) { calls->fetchScan(roundId, scanIndex); });
}

void TournamentClient::onScanFetched(const ScanToPlay &scan)
{
    if (m_loading != keyOf(scan.roundId, scan.scanIndex))
        return;
    m_loading.clear();
    m_fetchAttempt = 0;
    m_shown = scan;
    if (scan.roundId != m_playedRound) { // only the last round's scans are kept
        m_playedRound = scan.roundId;
        m_played.clear();
    }
    m_played.insert(scan.scanIndex, scan.scan);
    emit scanReady(scan);
}

std::shared_ptr<const Scan> TournamentClient::playedScan(const QString &roundId, int scanIndex) const
{
    return roundId == m_playedRound ? m_played.value(scanIndex) : nullptr;
}

void TournamentClient::onScanFailed(const QString &roundId, int scanIndex, int code, const QString &message)
{
    if (m_loading != keyOf(roundId, scanIndex))
        return;
    m_loading.clear();
    // Transient failures, or a scan not open (yet or any more): asked again for whichever scan
    // is open then, since the server may send no update until something changes. Anything
    // else would fail again.
    if (isTransient(code) || grpc::StatusCode(code) == grpc::StatusCode::FAILED_PRECONDITION) {
        m_refetch.start(reconnectDelayMs(m_fetchAttempt++));
        return;
    }
    m_failed = keyOf(roundId, scanIndex);
    emit scanFailed(tr("Scan %1 cannot be shown: %2").arg(scanIndex + 1).arg(describeFailure(code, message)));
}

bool TournamentClient::answer(const QList<Mark> &marks, const QMap<QString, int> &toolUse)
{
    if (!m_shown || m_pending)
        return false;
    PendingAnswer pending;
    pending.answerId = QUuid::createUuid().toString(QUuid::Id128);
    pending.roundId = m_shown->roundId;
    pending.scanIndex = m_shown->scanIndex;
    pending.suspect = !marks.isEmpty();
    pending.marks = marks;
    pending.toolUse = toolUse;
    pending.scan = m_shown->scan;
    m_pending = pending;
    emit answerSent(pending.scanIndex);
    sendPending();
    return true;
}

void TournamentClient::sendPending()
{
    if (!m_pending || m_state != State::Joined)
        return; // sent again once joined again
    post([answer = *m_pending](TournamentCalls *calls) { calls->submit(answer); });
}

void TournamentClient::onAnswerAccepted(const QString &answerId, int nextScanIndex, bool duplicate)
{
    if (!m_pending || m_pending->answerId != answerId)
        return;
    const PendingAnswer accepted = *std::exchange(m_pending, std::nullopt);
    emit answerAccepted(accepted.scanIndex, duplicate);
    if (m_status.round.id == accepted.roundId && m_status.round.feedbackAfterEachScan) {
        m_feedbackFor = {accepted.roundId, accepted.scanIndex, m_status.round.type, accepted.scan};
        post([roundId = accepted.roundId, index = accepted.scanIndex](TournamentCalls *calls) {
            calls->fetchFeedback(roundId, index);
        });
    }
    // The next scan at once, rather than at the next update.
    const bool sameRound = m_status.round.id == accepted.roundId;
    if (sameRound && nextScanIndex < m_status.round.scanCount && m_loading.isEmpty())
        fetchScan(accepted.roundId, nextScanIndex);
}

void TournamentClient::onFeedbackFetched(const ContestantResults &results, int scanIndex)
{
    if (results.roundId != m_feedbackFor.roundId || scanIndex != m_feedbackFor.scanIndex)
        return; // an older answer's: the officer has answered another since
    for (const ScanResultRow &row : results.scans) {
        if (row.scanIndex == scanIndex) {
            emit scanFeedback({m_feedbackFor.type, m_feedbackFor.scan, row});
            return;
        }
    }
}

void TournamentClient::onAnswerFailed(const QString &answerId, int code, const QString &message)
{
    if (!m_pending || m_pending->answerId != answerId)
        return;
    if (isTransient(code)) {
        // The same answer id again: if the first attempt reached the server, it counts once.
        m_resend.start(reconnectDelayMs(1));
        return;
    }
    m_pending.reset();
    emit answerRefused(describeFailure(code, message));
}

void TournamentClient::fetchResultsIfOver(const EventStatus &status)
{
    // The event's final standings once, when it is over.
    if (status.phase == EventStatus::Phase::Finished && !m_eventResultsFetched) {
        m_eventResultsFetched = true;
        post([](TournamentCalls *calls) { calls->fetchResults(QString()); });
    }
    const bool over = status.phase == EventStatus::Phase::Break || status.phase == EventStatus::Phase::Finished;
    if (!over || !status.resultsAvailable || status.round.id.isEmpty() || m_resultsFetched == status.round.id)
        return;
    m_resultsFetched = status.round.id;
    post([roundId = status.round.id](TournamentCalls *calls) { calls->fetchResults(roundId); });
}

} // namespace pen::gui
