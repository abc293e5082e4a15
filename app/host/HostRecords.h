// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "scoring/RoundScore.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pen::gui {

/// What the host's console shows of tokens, image sets, the audit log and trainee reports: plain
/// values filled from the server's messages in HostMessages. Times are the server's, milliseconds
/// since the epoch.

/// Who a token is for.
enum class TokenRole { Unknown, Host, Trainer, Contestant, Vendor };

/// A token as listed; its secret is never listed.
struct TokenSummary {
    QString id;
    TokenRole role = TokenRole::Unknown;
    QString eventId;
    QString contestantId;
    QString label;
    QString member; ///< the team member it is for, if any
    bool revoked = false;
    qint64 createdMs = 0;
};

/// A token to issue: a contestant's of an event (for a team's member, or the team's shared
/// console), or a trainer's.
struct NewToken {
    TokenRole role = TokenRole::Contestant;
    QString eventId;
    QString contestantId;
    QString member;
    QString label;
};

/// A token just issued: its secret, shown once.
struct IssuedToken {
    QString id;
    QString secret;
};

/// An image set stored on the server.
struct ImageSetRecord {
    QString id;
    QString name;
    int scanCount = 0;
    int objectCount = 0;
    QString manifestSha256;
};

/// A practice set for the server to generate: a preset with projected threats.
struct SetGeneration {
    QString name;
    QString preset;
    quint32 seed = 0;
    int scanCount = 0;            ///< 0: the preset's own number
    double tipRate = 0;           ///< 0..1
    QMap<QString, double> tipMix; ///< category weights; empty: every category alike
};

/// One change to an event, as the audit log records it.
struct AuditEntry {
    qint64 atMs = 0;
    QString tokenId;
    QString action;
    QString detail;
};

/// A trainee's rates in one threat category, as the server computed them.
struct CategoryRates {
    QString category;
    int objectsHit = 0;
    int objectsMissed = 0;
    double hitRate = 0;
    double falseAlarmRate = 0;
    double dPrime = 0;
    double dA = 0;
    double meanResponseSeconds = 0;
};

/// One round of a trainee report.
struct RoundReport {
    QString roundId;
    QString title;
    RoundScore score;
    QList<CategoryRates> categories;
    qint64 startedMs = 0; ///< 0: not played
    QString eventId;
    QString eventTitle;
};

/// A trainee's results: of one contestant of an event, or a trainee's history across sessions.
struct TraineeReport {
    QString contestantId;
    QString name;
    QList<RoundReport> rounds;    ///< in playing order
    QList<CategoryRates> overall; ///< every round together
    RoundScore total;
};

/// Whose report to read: a trainee's name (the history), else a contestant of an event.
struct TraineeQuery {
    QString traineeName;
    QString eventId;
    QString contestantId;
};

} // namespace pen::gui
