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

} // namespace

QString phase(v1::Phase phase)
{
    switch (phase) {
    case v1::PHASE_WAITING: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Waiting"));
    case v1::PHASE_COUNTDOWN: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Countdown"));
    case v1::PHASE_RUNNING: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Running"));
    case v1::PHASE_PAUSED: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Paused"));
    case v1::PHASE_BREAK: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Break"));
    case v1::PHASE_FINISHED: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Finished"));
    default: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Unknown"));
    }
}

QString role(v1::Role role)
{
    switch (role) {
    case v1::ROLE_HOST: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Host"));
    case v1::ROLE_TRAINER: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Trainer"));
    case v1::ROLE_CONTESTANT: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Contestant"));
    case v1::ROLE_VENDOR: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "ATD vendor"));
    default: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Unknown"));
    }
}

QString roundType(v1::RoundType type)
{
    switch (type) {
    case v1::ROUND_TYPE_FIND_THE_THREAT: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Find the threat"));
    case v1::ROUND_TYPE_DECLARATION_CHECK:
        return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Declaration check"));
    case v1::ROUND_TYPE_FIND_THE_MOST: return translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "Find the most"));
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

QStringList standingRow(const v1::Standing &standing)
{
    const v1::Score &score = standing.score();
    return {QString::number(standing.rank()),
            QString::fromStdString(standing.name()),
            DisplayNames::number(score.points(), 1),
            QString::number(score.objects_hit()),
            QString::number(score.false_alarm_marks()),
            percent(score.hit_rate()),
            percent(score.false_alarm_rate()),
            DisplayNames::number(score.d_prime(), 2),
            DisplayNames::number(score.mean_response_seconds(), 1),
            QString::number(score.scans_answered())};
}

QStringList memberRow(const v1::MemberScore &member)
{
    const v1::Score &score = member.score();
    return {QString(),
            translated(QT_TRANSLATE_NOOP("pen::gui::HostNames", "   ↳ %1")).arg(QString::fromStdString(member.name())),
            DisplayNames::number(score.points(), 1),
            QString::number(score.objects_hit()),
            QString::number(score.false_alarm_marks()),
            percent(score.hit_rate()),
            percent(score.false_alarm_rate()),
            DisplayNames::number(score.d_prime(), 2),
            DisplayNames::number(score.mean_response_seconds(), 1),
            QString::number(score.scans_answered())};
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

QStringList categoryRow(const QString &scope, const v1::CategoryReport &category)
{
    return {scope,
            QString::fromStdString(category.category()),
            percent(category.hit_rate()),
            percent(category.false_alarm_rate()),
            DisplayNames::number(category.d_prime(), 2),
            DisplayNames::number(category.d_a(), 2),
            DisplayNames::number(category.mean_response_seconds(), 1)};
}

} // namespace pen::gui::HostNames
