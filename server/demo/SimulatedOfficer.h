// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"
#include "model/GroundTruthObject.h"

#include <QHash>
#include <QRandomGenerator>

#include <atomic>

namespace pen::server {

/// How well a simulated officer reads scans.
struct OfficerSkill {
    QString level;                      ///< "novice", "trained", "expert"
    double hitProbability = 0.7;        ///< of marking a target it should find
    double falseAlarmProbability = 0.2; ///< of marking something on a scan, target or not
    double categoryAccuracy = 0.9;      ///< of naming the right category
    double lookSeconds = 2.0;           ///< mean time spent on a scan
};

/// What a simulated officer "sees" in each scan: round id → the objects in each of its scans, in order.
using RoundTruth = QHash<QString, QList<QList<GroundTruthObject>>>;

/// A contestant played by the program, through the real contestants' service: it joins with its
/// token, follows the event stream, downloads each scan it is shown, "looks" for a while and
/// answers. It cannot see the ground truth on the server (no contestant can); it plays from the
/// truth of its own copy of the image sets, with errors drawn from its skill.
class SimulatedOfficer {
public:
    SimulatedOfficer(ServerConnection::Options connection, OfficerSkill skill, RoundTruth truth, quint32 seed);

    /// Plays until the event finishes (or stop()); returns why it stopped if that was an error.
    Expected<void> run();
    void stop() { m_stop = true; }

    int answersAccepted() const { return m_accepted; }
    int answersRefused() const { return m_refused; }
    qint64 bytesDownloaded() const { return m_bytes; }

private:
    Expected<void> play(const v1::EventUpdate &update);
    QList<v1::Mark> marksFor(const v1::ScanInfo &scan, const v1::RoundInfo &round);

    ServerConnection::Options m_options;
    std::unique_ptr<ServerConnection> m_connection;
    OfficerSkill m_skill;
    RoundTruth m_truth;
    QRandomGenerator m_random;
    std::atomic<bool> m_stop{false};
    QString m_lastAnswered; ///< "round/scan index" of the last scan handled
    int m_accepted = 0;
    int m_refused = 0;
    qint64 m_bytes = 0;
};

} // namespace pen::server
