// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/CohortStanding.h"

#include <cmath>

namespace pen {

CohortStanding::Trend CohortStanding::trendOf(const QList<RoundSensitivities> &rounds, const QString &category)
{
    std::optional<double> last, before;
    for (auto round = rounds.crbegin(); round != rounds.crend() && !before; ++round) {
        const auto found = round->constFind(category);
        if (found == round->cend() || !std::isfinite(*found))
            continue;
        (last ? before : last) = *found;
    }
    if (!before)
        return Trend::Unknown;
    const double change = *last - *before;
    if (change >= SteadyDPrime)
        return Trend::Rising;
    if (change <= -SteadyDPrime)
        return Trend::Falling;
    return Trend::Steady;
}

QList<QString> CohortStanding::categoriesBelowPassMark(const QMap<QString, double> &overall, const PassMarks &marks)
{
    QList<QString> below;
    for (auto mark = marks.cbegin(); mark != marks.cend(); ++mark) {
        const auto reached = overall.constFind(mark.key());
        if (reached == overall.cend() || !std::isfinite(*reached) || *reached < mark.value())
            below.append(mark.key());
    }
    return below;
}

bool CohortStanding::meetsPassMarks(const QMap<QString, double> &overall, const PassMarks &marks)
{
    return !marks.isEmpty() && categoriesBelowPassMark(overall, marks).isEmpty();
}

} // namespace pen
