// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "model/RoundSettings.h"

#include <QJsonArray>

namespace pen {
namespace {

constexpr int MaxSeconds = 24 * 3600;

struct TypeKey {
    RoundType type;
    const char *key;
};
constexpr TypeKey TypeKeys[] = {
    {RoundType::FindTheThreat, "find-the-threat"},
    {RoundType::DeclarationCheck, "declaration-check"},
    {RoundType::FindTheMost, "find-the-most"},
};

Expected<int> readSeconds(const QJsonObject &json, const QString &key, int fallback)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > MaxSeconds || seconds != int(seconds)) {
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: must be a whole number of seconds from 0 to %2").arg(key).arg(MaxSeconds));
    }
    return int(seconds);
}

Expected<double> readPoints(const QJsonObject &json, const QString &key, double fallback)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e6)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("scoring.%1: must be a number from 0 to 1000000").arg(key));
    return value.toDouble();
}

Expected<ScoringRule> readScoring(const QJsonObject &json)
{
    ScoringRule rule;
    auto hit = readPoints(json, QStringLiteral("pointsPerHit"), rule.pointsPerHit);
    auto bonus = readPoints(json, QStringLiteral("speedBonus"), rule.speedBonus);
    auto penalty = readPoints(json, QStringLiteral("falseAlarmPenalty"), rule.falseAlarmPenalty);
    for (const auto *result : {&hit, &bonus, &penalty}) {
        if (!*result)
            return result->error();
    }
    return ScoringRule{*hit, *bonus, *penalty};
}

} // namespace

QString roundTypeKey(RoundType type)
{
    for (const TypeKey &entry : TypeKeys) {
        if (entry.type == type)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<RoundType> roundTypeFromKey(const QString &key)
{
    for (const TypeKey &entry : TypeKeys) {
        if (key == QLatin1String(entry.key))
            return entry.type;
    }
    return std::nullopt;
}

bool RoundSettings::isTarget(const QString &category, const QString &inconsistency) const
{
    if (type == RoundType::DeclarationCheck)
        return !inconsistency.isEmpty();
    if (targetCategories.isEmpty())
        return category != QLatin1String("other");
    return targetCategories.contains(category);
}

QJsonObject RoundSettings::toJson() const
{
    return {
        {QStringLiteral("type"), roundTypeKey(type)},
        {QStringLiteral("secondsPerScan"), secondsPerScan},
        {QStringLiteral("roundSeconds"), roundSeconds},
        {QStringLiteral("targetCategories"), QJsonArray::fromStringList(targetCategories)},
        {QStringLiteral("categoryRequired"), categoryRequired},
        {QStringLiteral("hitRule"),
         hitRule == HitRule::CentreInside ? QStringLiteral("centre-inside-v1") : QStringLiteral("covers-v2")},
        {QStringLiteral("markMayFindSeveral"), markMayFindSeveral},
        {QStringLiteral("feedback"),
         feedback == Feedback::AtEnd ? QStringLiteral("at-end") : QStringLiteral("after-each-scan")},
        {QStringLiteral("scoring"),
         QJsonObject{{QStringLiteral("pointsPerHit"), scoring.pointsPerHit},
                     {QStringLiteral("speedBonus"), scoring.speedBonus},
                     {QStringLiteral("falseAlarmPenalty"), scoring.falseAlarmPenalty}}},
        {QStringLiteral("clockStart"),
         clockStart == ClockStart::AtJoin ? QStringLiteral("join") : QStringLiteral("round-start")},
        {QStringLiteral("joinWindowSeconds"), joinWindowSeconds},
    };
}

Expected<RoundSettings> RoundSettings::fromJson(const QJsonObject &json)
{
    const auto type = roundTypeFromKey(json.value(QStringLiteral("type")).toString());
    if (!type) {
        return makeError(ErrorCode::Validation,
                         QStringLiteral("type: must be find-the-threat, declaration-check or "
                                        "find-the-most, not \"%1\"")
                             .arg(json.value(QStringLiteral("type")).toVariant().toString()));
    }
    RoundSettings settings = defaultsFor(*type);
    auto perScan = readSeconds(json, QStringLiteral("secondsPerScan"), settings.secondsPerScan);
    if (!perScan)
        return perScan.error();
    auto round = readSeconds(json, QStringLiteral("roundSeconds"), settings.roundSeconds);
    if (!round)
        return round.error();
    settings.secondsPerScan = *perScan;
    settings.roundSeconds = *round;
    if (json.contains(QStringLiteral("targetCategories"))) {
        const QJsonValue categories = json.value(QStringLiteral("targetCategories"));
        if (!categories.isArray())
            return makeError(ErrorCode::Validation,
                             QStringLiteral("targetCategories: must be an array of category keys"));
        settings.targetCategories.clear();
        for (const QJsonValue &key : categories.toArray()) {
            if (!key.isString())
                return makeError(ErrorCode::Validation,
                                 QStringLiteral("targetCategories: must be an array of category keys"));
            settings.targetCategories.append(key.toString());
        }
    }
    settings.categoryRequired = json.value(QStringLiteral("categoryRequired")).toBool(settings.categoryRequired);
    if (json.contains(QStringLiteral("hitRule"))) {
        const QString rule = json.value(QStringLiteral("hitRule")).toString();
        if (rule == QLatin1String("centre-inside-v1"))
            settings.hitRule = HitRule::CentreInside;
        else if (rule == QLatin1String("covers-v2"))
            settings.hitRule = HitRule::Covers;
        else
            return makeError(
                ErrorCode::Validation,
                QStringLiteral("hitRule: must be covers-v2 or centre-inside-v1, not \"%1\"").arg(rule.left(40)));
    }
    settings.markMayFindSeveral = json.value(QStringLiteral("markMayFindSeveral")).toBool(settings.markMayFindSeveral);
    const QString feedback = json.value(QStringLiteral("feedback")).toString(QStringLiteral("after-each-scan"));
    if (feedback != QLatin1String("after-each-scan") && feedback != QLatin1String("at-end"))
        return makeError(ErrorCode::Validation,
                         QStringLiteral("feedback: must be after-each-scan or at-end, not \"%1\"").arg(feedback));
    settings.feedback = feedback == QLatin1String("at-end") ? Feedback::AtEnd : Feedback::AfterEachScan;
    if (json.contains(QStringLiteral("scoring"))) {
        auto scoring = readScoring(json.value(QStringLiteral("scoring")).toObject());
        if (!scoring)
            return scoring.error();
        settings.scoring = *scoring;
    }
    const QString clockStart = json.value(QStringLiteral("clockStart")).toString(QStringLiteral("round-start"));
    if (clockStart != QLatin1String("round-start") && clockStart != QLatin1String("join"))
        return makeError(
            ErrorCode::Validation,
            QStringLiteral("clockStart: must be round-start or join, not \"%1\"").arg(clockStart.left(40)));
    settings.clockStart = clockStart == QLatin1String("join") ? ClockStart::AtJoin : ClockStart::AtRoundStart;
    auto window = readSeconds(json, QStringLiteral("joinWindowSeconds"), settings.joinWindowSeconds);
    if (!window)
        return window.error();
    settings.joinWindowSeconds = *window;
    return settings;
}

Expected<RoundSettings> RoundSettings::fromStoredJson(const QJsonObject &json)
{
    auto settings = fromJson(json);
    if (settings && !json.contains(QStringLiteral("hitRule")))
        settings->hitRule = HitRule::CentreInside;
    return settings;
}

RoundSettings RoundSettings::defaultsFor(RoundType type)
{
    RoundSettings settings;
    settings.type = type;
    switch (type) {
    case RoundType::FindTheThreat: break;
    case RoundType::DeclarationCheck:
        settings.secondsPerScan = 180;
        settings.categoryRequired = true;
        break;
    case RoundType::FindTheMost:
        settings.secondsPerScan = 0;
        settings.roundSeconds = 600;
        settings.feedback = Feedback::AtEnd;
        settings.markMayFindSeveral = true; // one box over two loads side by side finds both
        break;
    }
    return settings;
}

} // namespace pen
