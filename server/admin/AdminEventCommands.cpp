// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's commands that set up and run events: events, rounds, contestants, control.
#include "AdminSession.h"

#include <QFile>

namespace pen::server::admin {

namespace {

QString phaseName(v1::Phase phase)
{
    switch (phase) {
    case v1::PHASE_WAITING: return QStringLiteral("waiting");
    case v1::PHASE_COUNTDOWN: return QStringLiteral("countdown");
    case v1::PHASE_RUNNING: return QStringLiteral("running");
    case v1::PHASE_PAUSED: return QStringLiteral("paused");
    case v1::PHASE_BREAK: return QStringLiteral("break");
    case v1::PHASE_FINISHED: return QStringLiteral("finished");
    default: return QStringLiteral("unknown");
    }
}

} // namespace

int Admin::listEvents(const Words &)
{
    auto context = m_c.context();
    v1::ListEventsReply reply;
    if (auto s = m_c.admin().ListEvents(context.get(), {}, &reply); !s.ok())
        return failed(s);
    for (const auto &e : reply.events())
        m_out << text(e.event_id()) << '\t' << text(e.title()) << '\t' << phaseName(e.phase()) << '\t'
              << e.round_count() << " rounds\t" << e.contestant_count() << " contestants"
              << (e.practice() ? "\tpractice" : "") << '\n';
    return 0;
}

int Admin::createEvent(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1)
        return usage(QStringLiteral("event-create needs a TITLE"));
    v1::CreateEventRequest request;
    request.set_title(p[0].toStdString());
    request.set_practice(w.flags.contains(QStringLiteral("practice")));
    request.set_reveal_truth_after_round(!w.flags.contains(QStringLiteral("hide-truth")));
    v1::EventSummary reply;
    if (auto s = m_c.admin().CreateEvent(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.event_id()) << '\n';
    return 0;
}

int Admin::showEvent(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1)
        return usage(QStringLiteral("event-show needs an EVENT"));
    v1::GetEventRequest request;
    request.set_event_id(p[0].toStdString());
    v1::EventDetails reply;
    if (auto s = m_c.admin().GetEvent(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << "event\t" << text(reply.summary().event_id()) << '\t' << text(reply.summary().title()) << '\t'
          << phaseName(reply.status().phase()) << "\tround " << reply.status().round_index() + 1 << '\n';
    for (const auto &r : reply.rounds())
        m_out << "round\t" << text(r.round_id()) << '\t' << text(r.title()) << '\t' << r.scan_count() << " scans\t"
              << r.seconds_per_scan() << " s per scan\t" << r.round_seconds() << " s round\n";
    for (const auto &c : reply.contestants()) {
        QStringList members;
        for (const auto &m : c.members())
            members.append(text(m));
        m_out << "contestant\t" << text(c.contestant_id()) << '\t' << text(c.name()) << '\t'
              << members.join(QStringLiteral(", ")) << '\n';
    }
    return 0;
}

int Admin::addRound(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 3)
        return usage(QStringLiteral("round-add needs EVENT TITLE SET"));
    v1::AddRoundRequest request;
    request.set_event_id(p[0].toStdString());
    request.set_title(p[1].toStdString());
    request.set_image_set_id(p[2].toStdString());
    for (const QString &scan : w.option(QStringLiteral("scans")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.add_scan_ids(scan.toStdString());
    QString settings = w.option(QStringLiteral("settings"));
    // "@FILE" reads the settings JSON from a file instead of the command line.
    if (settings.startsWith(QLatin1Char('@'))) {
        QFile file(settings.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("%1 cannot be read").arg(file.fileName()));
        settings = QString::fromUtf8(file.readAll());
    }
    request.set_settings_json(settings.toStdString());
    bool ok = true;
    request.set_countdown_seconds(
        w.options.contains(QStringLiteral("countdown")) ? w.option(QStringLiteral("countdown")).toInt(&ok) : 10);
    if (!ok)
        return usage(QStringLiteral("--countdown takes seconds"));
    request.set_break_seconds_after(
        w.options.contains(QStringLiteral("break")) ? w.option(QStringLiteral("break")).toInt(&ok) : 600);
    if (!ok)
        return usage(QStringLiteral("--break takes seconds"));
    if (w.options.contains(QStringLiteral("draw"))) {
        const uint draw = w.option(QStringLiteral("draw")).toUInt(&ok);
        if (!ok || draw == 0)
            return usage(QStringLiteral("--draw takes a number of scans"));
        request.set_draw_scans(draw);
        request.set_draw_seed(
            w.options.contains(QStringLiteral("seed")) ? w.option(QStringLiteral("seed")).toULongLong(&ok) : 1);
        if (!ok)
            return usage(QStringLiteral("--seed takes a non-negative integer"));
    }
    v1::RoundInfo reply;
    if (auto s = m_c.admin().AddRound(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.round_id()) << '\n';
    return 0;
}

int Admin::addContestant(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 2)
        return usage(QStringLiteral("contestant-add needs EVENT NAME"));
    v1::AddContestantRequest request;
    request.set_event_id(p[0].toStdString());
    request.set_name(p[1].toStdString());
    for (const QString &member : w.options.value(QStringLiteral("member")))
        request.add_members(member.toStdString());
    v1::ContestantSummary reply;
    if (auto s = m_c.admin().AddContestant(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.contestant_id()) << '\n';
    return 0;
}

int Admin::controlEvent(const QString &command, v1::ControlEventRequest::Action action, const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1)
        return usage(QStringLiteral("%1 needs an EVENT").arg(command));
    v1::ControlEventRequest request;
    request.set_event_id(p[0].toStdString());
    request.set_action(action);
    v1::EventStatus reply;
    if (auto s = m_c.admin().ControlEvent(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << phaseName(reply.phase()) << "\tround " << reply.round_index() + 1 << '\n';
    return 0;
}

} // namespace pen::server::admin
