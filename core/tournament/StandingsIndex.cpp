// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/StandingsIndex.h"

namespace pen {

bool StandingsIndex::Before::operator()(const Key &a, const Key &b) const
{
    if (RoundScore::ranksBefore(a.score, b.score))
        return true;
    if (RoundScore::ranksBefore(b.score, a.score))
        return false;
    return a.name != b.name ? a.name < b.name : a.contestantId < b.contestantId;
}

void StandingsIndex::set(const QString &contestantId, const QString &name, const RoundScore &score)
{
    remove(contestantId);
    Key key{score, name, contestantId};
    m_order.insert(key);
    m_keys.insert(contestantId, std::move(key));
}

void StandingsIndex::remove(const QString &contestantId)
{
    const auto found = m_keys.constFind(contestantId);
    if (found == m_keys.cend())
        return;
    m_order.erase(*found);
    m_keys.erase(found);
}

void StandingsIndex::clear()
{
    m_order.clear();
    m_keys.clear();
}

QList<Standing> StandingsIndex::standings() const
{
    QList<Standing> standings;
    standings.reserve(qsizetype(m_order.size()));
    for (const Key &key : m_order)
        standings.append({key.contestantId, key.name, 0, key.score, {}});
    numberRanks(standings);
    return standings;
}

} // namespace pen
