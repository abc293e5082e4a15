// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentMessages.h"
#include "client/ConnectionOptions.h"
#include "client/ServerConnectionForward.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace pen::gui {

/// The contestants' unary calls and downloads, made one after another on the thread this object
/// lives on (TournamentClient's worker), never on the GUI thread. Each call reports through a
/// signal; failures carry the gRPC status code (or -1 for a local failure) and a message.
/// cancel() may be called from any thread: it cuts the call in progress and refuses later ones.
class TournamentCalls final : public QObject {
    Q_OBJECT
public:
    using Options = server::ConnectionOptions;

    explicit TournamentCalls(QObject *parent = nullptr);
    ~TournamentCalls() override;

    /// A fresh connection (dropping the last one), then Join.
    void join(const Options &options);
    /// GetScan, then every view's bytes (resuming an interrupted download at its offset), decoded.
    void fetchScan(const QString &roundId, int scanIndex);
    void submit(const PendingAnswer &answer);
    /// The contestant's results of a round; an empty id: of the whole event.
    void fetchResults(const QString &roundId);
    /// The round's results so far, for the feedback on one answered scan of a practice session.
    void fetchFeedback(const QString &roundId, int scanIndex);
    void cancel();

signals:
    void joined(const pen::gui::JoinedEvent &event);
    void joinFailed(int code, const QString &message);
    void scanFetched(const pen::gui::ScanToPlay &scan);
    void scanFailed(const QString &roundId, int scanIndex, int code, const QString &message);
    void answerAccepted(const QString &answerId, int nextScanIndex, bool duplicate);
    void answerFailed(const QString &answerId, int code, const QString &message);
    void resultsFetched(const pen::gui::ContestantResults &results);
    void resultsFailed(const QString &roundId, int code, const QString &message);
    void feedbackFetched(const pen::gui::ContestantResults &results, int scanIndex);
    void feedbackFailed(int scanIndex, int code, const QString &message);

private:
    /// A context for one call, registered so that cancel() can cut it; null once cancelled.
    std::shared_ptr<grpc::ClientContext> begin(int timeoutSeconds);
    grpc::Status getMyResults(const QString &roundId, ContestantResults *results);
    grpc::Status fetchView(const QString &roundId, int scanIndex, int view, quint64 size, QByteArray *bytes);

    std::unique_ptr<server::ServerConnection> m_connection;
    std::mutex m_mutex;
    std::shared_ptr<grpc::ClientContext> m_active; ///< guarded by m_mutex
    std::atomic<bool> m_cancelled{false};
};

} // namespace pen::gui
