// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Answer.h"
#include "tournament/EventClock.h"
#include "tournament/EventPlan.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pen::server {

/// Who a token speaks for. The numbers are those of pen.v1.Role.
enum class Role { Host = 1, Trainer = 2, Contestant = 3, Vendor = 4 };

QString roleName(Role role);

/// What the server keeps of a token: never the secret, only its SHA-256.
struct TokenRecord {
    QString id;
    QString secretSha256;
    Role role = Role::Contestant;
    QString eventId;      ///< contestants
    QString contestantId; ///< contestants
    QString label;
    bool revoked = false;
    qint64 createdMs = 0;
    QString member; ///< a team member's own token: which member; empty otherwise
};

struct ContestantRecord {
    QString id;
    QString eventId;
    QString name;
    QStringList members; ///< two for a team, empty for an officer
};

struct ImageSetRecord {
    /// In sharedWith: every trainer.
    static inline const QString EveryTrainer = QStringLiteral("*");

    QString id;
    QString name;
    QString folder; ///< absolute, inside the server's data folder
    QString manifestSha256;
    qint64 createdMs = 0;
    QString ownerTokenId;   ///< who uploaded or generated it; empty for sets older than owners
    QStringList sharedWith; ///< trainer token ids a host shared it with, or EveryTrainer

    /// Hosts use every set; a trainer only its own and those shared with it (a host's hidden
    /// tournament set holds the truth of a coming round).
    bool usableBy(const QString &tokenId, bool host) const
    {
        return host || (!ownerTokenId.isEmpty() && ownerTokenId == tokenId) || sharedWith.contains(tokenId)
            || sharedWith.contains(EveryTrainer);
    }
};

struct EventRecord {
    QString id;
    QString title;
    bool practice = false;
    bool revealTruth = true;
    QString ownerTokenId; ///< the host or trainer token that created it
    qint64 createdMs = 0;
    QList<RoundPlan> rounds;
    QList<ClockCommand> commands; ///< in order; times in seconds since the epoch

    /// Practice sessions may show each scan's result as soon as it is answered, while the round goes on.
    bool feedbackAfterEachScan(int roundIndex) const
    {
        return practice && roundIndex >= 0 && roundIndex < rounds.size()
            && rounds[roundIndex].settings.feedback == RoundSettings::Feedback::AfterEachScan;
    }
};

/// One accepted answer, as durable as the acknowledgement the contestant got for it.
struct AnswerRecord {
    QString eventId;
    QString roundId;
    QString contestantId;
    int scanIndex = 0;
    QString answerId; ///< chosen by the client
    QString tokenId;  ///< who sent it (a team has two members)
    qint64 receivedMs = 0;
    double playSeconds = 0;              ///< round play time at receipt
    Decision decision = Decision::Clear; ///< as recorded: Clear or Suspect
    Answer answer;                       ///< marks, response time, tools used
    quint64 pendingWrite = 0;            ///< in memory only: the write ticket until the answer is on disk
};

/// When a contestant's clocks started in a round whose clocks start at join.
struct ClockStartRecord {
    QString eventId;
    QString roundId;
    QString contestantId;
    double playSeconds = 0; ///< round play time of the join
};

struct AuditRecord {
    qint64 atMs = 0;
    QString tokenId;
    QString eventId;
    QString action;
    QString detail;
};

} // namespace pen::server
