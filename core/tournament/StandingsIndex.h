// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "tournament/Leaderboard.h"

#include <QHash>

#include <set>

namespace pen {

/// A leaderboard kept in order while scores change: setting one contestant's score moves that
/// contestant alone (O(log n)), and standings() lists the table exactly as rankStandings orders and
/// numbers the same names and scores, ties included. Contestant ids are unique keys. Not
/// thread-safe.
class StandingsIndex {
public:
    /// Enters the contestant, or gives them a new name and score.
    void set(const QString &contestantId, const QString &name, const RoundScore &score);
    void remove(const QString &contestantId);
    void clear();
    qsizetype size() const { return m_keys.size(); }
    bool contains(const QString &contestantId) const { return m_keys.contains(contestantId); }
    /// Every contestant in rank order, numbered (members empty).
    QList<Standing> standings() const;

private:
    struct Key {
        RoundScore score;
        QString name;
        QString contestantId;
    };
    /// rankStandings' order: RoundScore::ranksBefore, then name, then id.
    struct Before {
        bool operator()(const Key &a, const Key &b) const;
    };

    std::set<Key, Before> m_order;
    QHash<QString, Key> m_keys; ///< contestant id → their key in m_order
};

} // namespace pen
