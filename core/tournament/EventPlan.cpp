// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "tournament/EventPlan.h"

#include "imageset/ImageSet.h"

#include <QJsonArray>
#include <QSet>

namespace pen {
namespace {

constexpr int MaxSeconds = 24 * 3600;

Error fieldError(const QString &field, const QString &what)
{
    return makeError(ErrorCode::Validation, field + QStringLiteral(": ") + what);
}

// Errors of a nested object name their field from the top: "rounds[1]" + "scanIds: ..." → "rounds[1].scanIds: ...".
Error nested(const QString &prefix, const Error &error)
{
    return {error.code, prefix + QLatin1Char('.') + error.message};
}

QString indexed(const QString &field, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(field).arg(index);
}

Expected<QString> readString(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return fieldError(key, QStringLiteral("must be a string"));
    return value.toString();
}

Expected<QStringList> readStringList(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return fieldError(
            key, value.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an array of strings"));
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            return fieldError(indexed(key, i), QStringLiteral("must be a string"));
        strings.append(array[i].toString());
    }
    return strings;
}

Expected<int> readSeconds(const QJsonObject &json, const QString &key, int fallback)
{
    if (!json.contains(key))
        return fallback;
    const QJsonValue value = json.value(key);
    const double seconds = value.toDouble(-1);
    if (!value.isDouble() || seconds < 0 || seconds > MaxSeconds || seconds != int(seconds))
        return fieldError(key, QStringLiteral("must be a whole number of seconds from 0 to %1").arg(MaxSeconds));
    return int(seconds);
}

Expected<void> checkSeconds(const QString &field, int seconds)
{
    if (seconds < 0 || seconds > MaxSeconds)
        return fieldError(field, QStringLiteral("must be from 0 to %1 seconds, not %2").arg(MaxSeconds).arg(seconds));
    return {};
}

Expected<void> checkScanIds(const QStringList &scanIds)
{
    if (scanIds.isEmpty())
        return fieldError(QStringLiteral("scanIds"), QStringLiteral("a round needs at least one scan"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < scanIds.size(); ++i) {
        if (scanIds[i].isEmpty())
            return fieldError(indexed(QStringLiteral("scanIds"), i), QStringLiteral("must not be empty"));
        if (seen.contains(scanIds[i]))
            return fieldError(indexed(QStringLiteral("scanIds"), i),
                              QStringLiteral("\"%1\" is listed twice").arg(scanIds[i]));
        seen.insert(scanIds[i]);
    }
    return {};
}

Expected<RoundPlan> readRound(const QJsonObject &json)
{
    RoundPlan round;
    auto id = readString(json, QStringLiteral("id"));
    auto title = readString(json, QStringLiteral("title"));
    auto imageSet = readString(json, QStringLiteral("imageSetId"));
    for (const auto *text : {&id, &title, &imageSet}) {
        if (!*text)
            return text->error();
    }
    const QJsonValue settings = json.value(QStringLiteral("settings"));
    if (!settings.isObject())
        return fieldError(QStringLiteral("settings"), QStringLiteral("must be an object"));
    auto roundSettings = RoundSettings::fromStoredJson(settings.toObject());
    if (!roundSettings)
        return nested(QStringLiteral("settings"), roundSettings.error());
    auto scanIds = readStringList(json, QStringLiteral("scanIds"));
    if (!scanIds)
        return scanIds.error();
    auto countdown = readSeconds(json, QStringLiteral("countdownSeconds"), round.countdownSeconds);
    auto breakAfter = readSeconds(json, QStringLiteral("breakSecondsAfter"), round.breakSecondsAfter);
    for (const auto *seconds : {&countdown, &breakAfter}) {
        if (!*seconds)
            return seconds->error();
    }
    return RoundPlan{*id, *title, *roundSettings, *imageSet, *scanIds, *countdown, *breakAfter};
}

} // namespace

QJsonObject RoundPlan::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("settings"), settings.toJson()},
        {QStringLiteral("imageSetId"), imageSetId},
        {QStringLiteral("scanIds"), QJsonArray::fromStringList(scanIds)},
        {QStringLiteral("countdownSeconds"), countdownSeconds},
        {QStringLiteral("breakSecondsAfter"), breakSecondsAfter},
    };
}

Expected<RoundPlan> RoundPlan::fromJson(const QJsonObject &json)
{
    auto round = readRound(json);
    if (!round)
        return round.error();
    if (auto valid = round->validate(); !valid)
        return valid.error();
    return round;
}

Expected<void> RoundPlan::validate() const
{
    if (id.isEmpty())
        return fieldError(QStringLiteral("id"), QStringLiteral("must not be empty"));
    if (imageSetId.isEmpty())
        return fieldError(QStringLiteral("imageSetId"), QStringLiteral("must not be empty"));
    if (auto scans = checkScanIds(scanIds); !scans)
        return scans;
    if (auto countdown = checkSeconds(QStringLiteral("countdownSeconds"), countdownSeconds); !countdown)
        return countdown;
    if (auto breakAfter = checkSeconds(QStringLiteral("breakSecondsAfter"), breakSecondsAfter); !breakAfter)
        return breakAfter;
    // The settings' own reader holds their rules; a plan built in code must pass it too.
    if (auto readBack = RoundSettings::fromJson(settings.toJson()); !readBack)
        return nested(QStringLiteral("settings"), readBack.error());
    return {};
}

Expected<void> RoundPlan::checkAgainst(const ImageSet &set) const
{
    if (!set.groundTruthIncluded)
        return makeError(
            ErrorCode::Validation,
            QStringLiteral("image set \"%1\" carries no ground truth to score round \"%2\" with").arg(set.name, id));
    for (qsizetype i = 0; i < scanIds.size(); ++i) {
        const ImageSetEntry *entry = set.find(scanIds[i]);
        if (!entry)
            return fieldError(indexed(QStringLiteral("scanIds"), i),
                              QStringLiteral("\"%1\" is not in image set \"%2\"").arg(scanIds[i], set.name));
        // Such a scan could only be scored as clear, which nobody knows it is.
        if (entry->scan.truthLevel == TruthLevel::Unknown)
            return fieldError(indexed(QStringLiteral("scanIds"), i),
                              QStringLiteral("\"%1\" has unknown ground truth and cannot be scored").arg(scanIds[i]));
    }
    return {};
}

int EventPlan::roundIndex(const QString &roundId) const
{
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        if (rounds[i].id == roundId)
            return int(i);
    }
    return -1;
}

QJsonObject EventPlan::toJson() const
{
    QJsonArray roundArray;
    for (const RoundPlan &round : rounds)
        roundArray.append(round.toJson());
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("revealTruthAfterRound"), revealTruthAfterRound},
        {QStringLiteral("rounds"), roundArray},
    };
}

Expected<EventPlan> EventPlan::fromJson(const QJsonObject &json)
{
    EventPlan event;
    auto id = readString(json, QStringLiteral("id"));
    auto title = readString(json, QStringLiteral("title"));
    for (const auto *text : {&id, &title}) {
        if (!*text)
            return text->error();
    }
    event.id = *id;
    event.title = *title;
    const QJsonValue reveal = json.value(QStringLiteral("revealTruthAfterRound"));
    if (!reveal.isUndefined() && !reveal.isBool())
        return fieldError(QStringLiteral("revealTruthAfterRound"), QStringLiteral("must be true or false"));
    event.revealTruthAfterRound = reveal.toBool(event.revealTruthAfterRound);
    const QJsonValue rounds = json.value(QStringLiteral("rounds"));
    if (!rounds.isArray())
        return fieldError(QStringLiteral("rounds"),
                          rounds.isUndefined() ? QStringLiteral("is missing") : QStringLiteral("must be an array"));
    const QJsonArray roundArray = rounds.toArray();
    for (qsizetype i = 0; i < roundArray.size(); ++i) {
        if (!roundArray[i].isObject())
            return fieldError(indexed(QStringLiteral("rounds"), i), QStringLiteral("must be an object"));
        auto round = readRound(roundArray[i].toObject());
        if (!round)
            return nested(indexed(QStringLiteral("rounds"), i), round.error());
        event.rounds.append(*round);
    }
    if (auto valid = event.validate(); !valid)
        return valid.error();
    return event;
}

Expected<void> EventPlan::validate() const
{
    if (id.isEmpty())
        return fieldError(QStringLiteral("id"), QStringLiteral("must not be empty"));
    if (rounds.isEmpty())
        return fieldError(QStringLiteral("rounds"), QStringLiteral("an event needs at least one round"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        if (auto valid = rounds[i].validate(); !valid)
            return nested(indexed(QStringLiteral("rounds"), i), valid.error());
        if (seen.contains(rounds[i].id))
            return fieldError(indexed(QStringLiteral("rounds"), i) + QStringLiteral(".id"),
                              QStringLiteral("\"%1\" is used twice").arg(rounds[i].id));
        seen.insert(rounds[i].id);
    }
    return {};
}

} // namespace pen
