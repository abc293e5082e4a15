// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeNames.h"

#include <QCoreApplication>

#include <cmath>

namespace pen::gui::PracticeNames {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pen::gui::PracticeNames", text);
}

} // namespace

QString roundType(RoundType type)
{
    switch (type) {
    case RoundType::FindTheThreat: return tr("Find the threat");
    case RoundType::DeclarationCheck: return tr("Declaration check");
    case RoundType::FindTheMost: return tr("Find the most");
    }
    return {};
}

QString verdict(ScanOutcome::Verdict verdict)
{
    switch (verdict) {
    case ScanOutcome::Verdict::Hit: return tr("Hit");
    case ScanOutcome::Verdict::Miss: return tr("Miss");
    case ScanOutcome::Verdict::FalseAlarm: return tr("False alarm");
    case ScanOutcome::Verdict::CorrectRejection: return tr("Correct rejection");
    }
    return {};
}

QString inconsistency(const QString &kind)
{
    if (kind == QLatin1String("wrong-goods"))
        return tr("Wrong goods");
    if (kind == QLatin1String("wrong-quantity"))
        return tr("Wrong quantity");
    if (kind == QLatin1String("wrong-weight"))
        return tr("Wrong weight");
    if (kind == QLatin1String("undeclared-goods"))
        return tr("Undeclared goods");
    return kind;
}

QList<ThreatCategory> inconsistencyCategories()
{
    QList<ThreatCategory> categories;
    for (const QString &kind : GroundTruthObject::inconsistencyKinds())
        categories.append({kind, inconsistency(kind)});
    return categories;
}

QString clock(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const int whole = int(std::ceil(seconds));
    return QStringLiteral("%1:%2").arg(whole / 60, 2, 10, QLatin1Char('0')).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString scoringFormula(const RoundSettings &settings)
{
    const ScoringRule &rule = settings.scoring;
    QString formula = tr("%1 points per target found, −%2 per false alarm").arg(rule.pointsPerHit).arg(rule.falseAlarmPenalty);
    if (settings.secondsPerScan > 0 && rule.speedBonus > 0)
        formula += tr(", up to %1 for speed").arg(rule.speedBonus);
    return formula;
}

} // namespace pen::gui::PracticeNames
