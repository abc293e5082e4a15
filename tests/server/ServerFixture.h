// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "TournamentServer.h"
#include "client/ExportDownloads.h"
#include "client/ServerConnection.h"
#include "imageset/ImageSet.h"
#include "model/RoundSettings.h"

#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <memory>

namespace pen::test {

/// A tournament server on a free loopback port with its own data folder and a clock the test
/// moves by hand, the starter set uploaded through the real upload RPC, and a host connection.
class ServerFixture {
public:
    /// tickEvery: how often the server's heartbeat ticks and offers every stream an update.
    explicit ServerFixture(std::chrono::milliseconds tickEvery = std::chrono::seconds(1));

    /// Starts (or restarts) the server on the same data folder; false with a message on failure.
    bool start(QString *error);
    void stop() { m_server.reset(); }

    void advance(double seconds) { m_nowMs += qint64(seconds * 1000.0); }
    qint64 nowMs() const { return m_nowMs.load(); }
    QString address() const;
    server::TournamentServer &server() { return *m_server; }
    QString dataFolder() const { return m_data.path(); }

    /// A connection with the given token (empty: none).
    std::unique_ptr<server::ServerConnection> connect(const QString &token) const;
    server::ServerConnection &host() { return *m_host; }
    QString hostToken() const { return m_hostToken; }

    /// The starter set as the test knows it (with its truth), and its id on the server.
    const ImageSet &starter() const { return m_starter; }
    QString starterId() const { return m_starterId; }
    static QString starterFolder();

    /// Host actions, failing the test's expectations through the returned status.
    grpc::Status createEvent(const QString &title, QString *eventId, bool reveal = true, bool practice = false);
    grpc::Status addRound(const QString &eventId, const QString &type, int secondsPerScan, int roundSeconds,
                          QString *roundId, int countdown = 5, int breakSeconds = 30, const QStringList &scans = {});
    /// A round of the starter set with these settings.
    grpc::Status addRound(const QString &eventId, const RoundSettings &settings, QString *roundId, int countdown = 5,
                          int breakSeconds = 30, const QStringList &scans = {});
    grpc::Status addContestant(const QString &eventId, const QString &name, const QStringList &members,
                               QString *contestantId);
    grpc::Status issueToken(v1::Role role, const QString &eventId, const QString &contestantId, QString *token,
                            QString *tokenId = nullptr, const QString &member = {});
    /// The host shares an image set with a trainer token (empty: every trainer).
    grpc::Status shareImageSet(const QString &imageSetId, const QString &trainerTokenId);
    grpc::Status control(const QString &eventId, v1::ControlEventRequest::Action action,
                         v1::EventStatus *status = nullptr);
    v1::Leaderboard leaderboard(const QString &eventId, const QString &roundId = {});

private:
    QTemporaryDir m_data;
    std::atomic<qint64> m_nowMs{1'800'000'000'000};
    std::chrono::milliseconds m_tickEvery;
    int m_port = 0;
    std::unique_ptr<server::TournamentServer> m_server;
    std::unique_ptr<server::ServerConnection> m_host;
    QString m_hostToken;
    ImageSet m_starter;
    QString m_starterId;
};

/// A contestant's view of a submit: the reply or the refusal.
grpc::Status submit(server::ServerConnection &connection, const QString &roundId, int scanIndex,
                    const QString &answerId, const QList<v1::Mark> &marks, v1::SubmitAnswerReply *reply = nullptr);
v1::Mark markOn(const QRectF &box, const QString &category, int view = 0);
/// The first update of the contestant's event stream.
v1::EventUpdate firstUpdate(server::ServerConnection &connection, grpc::Status *status = nullptr);

} // namespace pen::test
