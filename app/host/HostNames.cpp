// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "HostNames.h"

#include "DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace pen::gui::HostNames {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::HostNames", text);
}

QString percent(double rate)
{
    return DisplayNames::number(100 * rate, 1) + QStringLiteral(" %");
}

/// The leaderboard's columns after rank and name.
QStringList scoreCells(const RoundScore &score)
{
    return {DisplayNames::number(score.points, 1),
            QString::number(score.objectsHit),
            QString::number(score.falseAlarmMarks),
            percent(score.detection.hitRate()),
            percent(score.detection.falseAlarmRate()),
            DisplayNames::number(score.detection.dPrime(), 2),
            DisplayNames::number(score.meanResponseSeconds, 1),
            QString::number(score.scansAnswered)};
}

} // namespace

QString phase(std::optional<EventState::Phase> phase)
{
    if (!phase)
        return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Unknown"));
    switch (*phase) {
    case EventState::Phase::Waiting: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Waiting"));
    case EventState::Phase::Countdown: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Countdown"));
    case EventState::Phase::Running: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Running"));
    case EventState::Phase::Paused: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Paused"));
    case EventState::Phase::Break: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Break"));
    case EventState::Phase::Finished: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Finished"));
    }
    return {};
}

QString role(TokenRole role)
{
    switch (role) {
    case TokenRole::Host: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Host"));
    case TokenRole::Trainer: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Trainer"));
    case TokenRole::Contestant: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Contestant"));
    case TokenRole::Vendor: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "ATD vendor"));
    default: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Unknown"));
    }
}

QString time(qint64 serverMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(serverMs).time(), QLocale::ShortFormat);
}

QString date(qint64 serverMs)
{
    const QDateTime at = serverMs > 0 ? QDateTime::fromMSecsSinceEpoch(serverMs) : QDateTime::currentDateTime();
    return QLocale().toString(at.date(), QLocale::LongFormat);
}

QStringList standingHeaders()
{
    return {translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Rank")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Name")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Points")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Hits")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "False alarms")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Hit rate")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "False alarm rate")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "d′")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Mean time (s)")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Answered"))};
}

QStringList standingRow(const Standing &standing)
{
    return QStringList{QString::number(standing.rank), standing.name} + scoreCells(standing.score);
}

QStringList memberRow(const MemberScore &member)
{
    return QStringList{QString(), translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "   ↳ %1")).arg(member.name)}
    + scoreCells(member.score);
}

QStringList categoryHeaders()
{
    return {translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Round")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Category")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Hit rate")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "False alarm rate")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "d′")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "da")),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Mean response (s)"))};
}

QStringList categoryRow(const QString &scope, const CategoryRates &category)
{
    return {scope,
            category.category,
            percent(category.hitRate),
            percent(category.falseAlarmRate),
            DisplayNames::number(category.dPrime, 2),
            DisplayNames::number(category.dA, 2),
            DisplayNames::number(category.meanResponseSeconds, 1)};
}

} // namespace pen::gui::HostNames
