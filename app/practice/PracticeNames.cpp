// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PracticeNames.h"

#include "DisplayNames.h"

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

QString verdict(const ScanOutcome &outcome)
{
    return outcome.truthUnknown ? tr("Not judged: this scan has no ground truth") : verdict(outcome.verdict);
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

QString hitRule(const RoundSettings &settings)
{
    QString rule = settings.hitRule == RoundSettings::HitRule::Covers
        ? tr("A mark finds an object when its centre is on the object, or when it covers at least half of the object's "
             "box "
             "and is at most four times its size.")
        : tr("A mark finds an object when its centre is on the object.");
    if (settings.markMayFindSeveral)
        rule += QLatin1Char(' ') + tr("One mark may find several objects side by side.");
    return rule;
}

QString scoringFormula(const RoundSettings &settings)
{
    const ScoringRule &rule = settings.scoring;
    QString formula
        = tr("%1 points per target found, −%2 per false alarm").arg(rule.pointsPerHit).arg(rule.falseAlarmPenalty);
    if (settings.secondsPerScan > 0 && rule.speedBonus > 0)
        formula += tr(", up to %1 for speed").arg(rule.speedBonus);
    return formula + QStringLiteral(". ") + hitRule(settings);
}

QString declaration(const Declaration &d)
{
    QStringList lines{tr("Goods: %1").arg(d.goodsDescription), tr("HS code: %1").arg(d.hsCode)};
    if (d.quantity)
        lines.append(tr("Quantity: %1 %2").arg(DisplayNames::number(*d.quantity, 0), d.quantityUnit));
    if (d.grossWeightKg)
        lines.append(tr("Gross weight: %1 kg").arg(DisplayNames::number(*d.grossWeightKg, 0)));
    if (!d.origin.isEmpty())
        lines.append(tr("Origin: %1").arg(d.origin));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pen::gui::PracticeNames
