// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/CohortStanding.h"

#include <QTest>

#include <limits>

using namespace pen;
using Trend = CohortStanding::Trend;

class TestCohortStanding final : public QObject {
    Q_OBJECT
private slots:
    void trendComparesTheLastTwoRoundsThatHeldTheCategory()
    {
        const QList<CohortStanding::RoundSensitivities> rounds{
            {{QStringLiteral("narcotics"), 0.5}, {QStringLiteral("weapon"), 2.0}},
            {{QStringLiteral("narcotics"), 1.5}},
            {{QStringLiteral("weapon"), 1.0}, {QStringLiteral("explosives"), 1.2}},
            {{QStringLiteral("narcotics"), 1.6}},
        };
        // Narcotics: 1.5 then 1.6, within the steady band; weapons fell from 2.0 to 1.0 across a
        // round without weapons; explosives were played once.
        QCOMPARE(CohortStanding::trendOf(rounds, QStringLiteral("narcotics")), Trend::Steady);
        QCOMPARE(CohortStanding::trendOf(rounds, QStringLiteral("weapon")), Trend::Falling);
        QCOMPARE(CohortStanding::trendOf(rounds, QStringLiteral("explosives")), Trend::Unknown);
        QCOMPARE(CohortStanding::trendOf(rounds, QStringLiteral("knife")), Trend::Unknown);
        QCOMPARE(CohortStanding::trendOf(rounds.mid(0, 2), QStringLiteral("narcotics")), Trend::Rising);
    }

    void trendBandEdges()
    {
        const auto trend = [](double before, double last) {
            return CohortStanding::trendOf({{{QStringLiteral("c"), before}}, {{QStringLiteral("c"), last}}},
                                           QStringLiteral("c"));
        };
        QCOMPARE(trend(1.0, 1.0 + CohortStanding::SteadyDPrime), Trend::Rising);
        QCOMPARE(trend(1.0, 1.0 + 0.9 * CohortStanding::SteadyDPrime), Trend::Steady);
        QCOMPARE(trend(1.0, 1.0 - CohortStanding::SteadyDPrime), Trend::Falling);
        // A round whose d′ cannot be worked out does not count as a round of the category.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(CohortStanding::trendOf(
                     {{{QStringLiteral("c"), 2.0}}, {{QStringLiteral("c"), 1.0}}, {{QStringLiteral("c"), nan}}},
                     QStringLiteral("c")),
                 Trend::Falling);
    }

    void passMarksAreMetOnlyWhenEveryMarkedCategoryIs()
    {
        const QMap<QString, double> overall{{QStringLiteral("narcotics"), 1.8}, {QStringLiteral("weapon"), 1.1}};
        CohortStanding::PassMarks marks{{QStringLiteral("narcotics"), 1.5}};
        QVERIFY(CohortStanding::meetsPassMarks(overall, marks));
        marks[QStringLiteral("weapon")] = 1.2;
        QVERIFY(!CohortStanding::meetsPassMarks(overall, marks));
        QCOMPARE(CohortStanding::categoriesBelowPassMark(overall, marks), QList<QString>{QStringLiteral("weapon")});
        marks[QStringLiteral("weapon")] = 1.1; // reaching the mark exactly passes
        QVERIFY(CohortStanding::meetsPassMarks(overall, marks));
        // A marked category the trainee never played is not met.
        marks[QStringLiteral("explosives")] = 0.5;
        QCOMPARE(CohortStanding::categoriesBelowPassMark(overall, marks), QList<QString>{QStringLiteral("explosives")});
        // Without marks there is nothing to certify.
        QVERIFY(!CohortStanding::meetsPassMarks(overall, {}));
    }
};

QTEST_APPLESS_MAIN(TestCohortStanding)
#include "tst_cohortstanding.moc"
