// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/RoundSettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pen {

struct ImageSet;

/// One round of a tournament event as the host planned it: how it is played, which scans of which
/// image set are shown in which order, the countdown before it and the break after it (seconds).
struct RoundPlan {
    QString id; ///< unique within the event; answers are filed under it
    QString title;
    RoundSettings settings;
    QString imageSetId;
    QStringList scanIds;         ///< shown in this order; scan indices elsewhere count into this list
    int countdownSeconds = 10;   ///< between the host's start (or the break's end) and the first scan
    int breakSecondsAfter = 600; ///< none after the event's last round

    int scanCount() const { return int(scanIds.size()); }

    QJsonObject toJson() const;
    /// Reads a round and validates it, naming the field at fault ("scanIds[2]: ...").
    static Expected<RoundPlan> fromJson(const QJsonObject &json);
    /// Checks what a plan built in code may get wrong: empty ids, no scans, a scan listed twice,
    /// seconds out of range, settings that RoundSettings::fromJson would refuse.
    Expected<void> validate() const;
    /// Checks that every scan is in the set and that the set carries ground truth to score with.
    Expected<void> checkAgainst(const ImageSet &set) const;

    friend bool operator==(const RoundPlan &, const RoundPlan &) = default;
};

/// A tournament event: its rounds in playing order, and whether contestants see the ground truth
/// of a round once it has ended (never before).
struct EventPlan {
    QString id;
    QString title;
    QList<RoundPlan> rounds;
    bool revealTruthAfterRound = true;

    /// Index of the round with this id, or -1.
    int roundIndex(const QString &roundId) const;

    QJsonObject toJson() const;
    /// Reads an event and validates it, naming the field at fault ("rounds[1].scanIds: ...").
    static Expected<EventPlan> fromJson(const QJsonObject &json);
    /// Each round's validate(), plus: an id, at least one round, no round id used twice.
    Expected<void> validate() const;

    friend bool operator==(const EventPlan &, const EventPlan &) = default;
};

} // namespace pen
