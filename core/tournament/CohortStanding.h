// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pen {

/// Where one trainee stands in each threat category, for a trainer's cohort table: the sensitivity
/// d′ over all their rounds, its direction between their last two rounds that held the category,
/// and whether it meets the trainer's pass mark. Pure functions of the results given.
struct CohortStanding {
    /// Change in d′ between two rounds below which a trainee is taken as steady: about the
    /// spread of d′ between rounds of a dozen scans at a trainee's level.
    static constexpr double SteadyDPrime = 0.25;

    enum class Trend { Unknown, Falling, Steady, Rising };

    /// d′ per category of one round, in playing order.
    using RoundSensitivities = QMap<QString, double>;
    /// The least d′ a trainee must reach over all their rounds, per category.
    using PassMarks = QMap<QString, double>;

    /// From the last two of rounds (in playing order) that hold the category; Unknown with fewer.
    static Trend trendOf(const QList<RoundSensitivities> &rounds, const QString &category);
    /// Whether overall meets every pass mark: each marked category played and at or above its mark.
    /// Without any pass mark there is nothing to certify, so false.
    static bool meetsPassMarks(const QMap<QString, double> &overall, const PassMarks &marks);
    /// The marked categories that overall does not meet yet, sorted, for telling the trainer why.
    static QList<QString> categoriesBelowPassMark(const QMap<QString, double> &overall, const PassMarks &marks);
};

} // namespace pen
