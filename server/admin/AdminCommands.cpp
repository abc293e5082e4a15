// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminCommands.h"
#include "AdminSession.h"
#include "AdminToken.h"

#include "client/ExportDownloads.h"
#include "client/ServerConnection.h"
#include "tip/TipSettings.h"

#include <QDateTime>
#include <QFile>
#include <QMap>

#include <functional>

namespace pen::server {
namespace admin {

const char *const Usage = R"(usage: pentournament-admin [--server HOST:PORT] [--token-file FILE | --token TOKEN] [--ca FILE] COMMAND ...

The token may also come from $PEN_TOKEN, the server from $PEN_SERVER (default 127.0.0.1:50051). A token
is the line that token-issue prints (token id, tab, secret) or the secret alone.
Commands:
  events                                   list events
  event-create TITLE [--practice] [--hide-truth]
  event-show EVENT                         rounds, contestants, state
  upload FOLDER NAME                       store an image set folder on the server
  sets                                     list the image sets you may use, with owner and shares
  share-set SET [TRAINER_TOKEN_ID] [--withdraw]
                                           hosts: let a trainer (or, without an id, every trainer) use a set
  generate-set NAME --preset P [--seed N] [--scans N] [--tip-rate R] [--tip-mix CATEGORY=W,...]
                                           the server generates a synthetic set with Threat Image Projection
  round-add EVENT TITLE SET [--scans ID,ID.. | --draw N [--seed S]] [--settings JSON|@FILE] [--countdown S] [--break S]
                                           --draw: N scans of the set drawn by the seed (default 1)
  contestant-add EVENT NAME [--member NAME --member NAME]
  token-issue ROLE [--event EVENT --contestant ID [--member NAME]] --label LABEL    ROLE: host, trainer, contestant, vendor
                                           --member: a team member's own token (their answers are theirs)
  token-revoke TOKEN_ID
  tokens [EVENT]
  start|pause|resume|end-round|end-event EVENT
  leaderboard EVENT [ROUND] [--watch]
  export EVENT FILE                        answers as CSV
  audit [EVENT]
  report EVENT CONTESTANT                  a trainee's results per round and threat category
  report --trainee NAME                    a trainee's history: every round of your practice sessions, oldest first
Machines (ATD plugins):
  plugin-register EVENT LABEL --library FILE [--config TEXT] [--vendor TOKEN_ID]
  plugin-register EVENT LABEL --program FILE [--arg A --arg B ...] [--vendor TOKEN_ID]
                                           FILE on the server; a vendor token may then run it in development
  plugins EVENT
  machines-configure EVENT SET [--public F] [--development-submissions N] [--final-submissions N]
                     [--seconds-per-scan S] [--memory-mb M] [--categories A,B]
  plugin-run EVENT PLUGIN development|final|ROUND    a progress line, then the run's metrics and failures
  machine-leaderboard EVENT [development|final]
  human-machine EVENT ROUND                officers and machines on one leaderboard of a round
  export-tdr EVENT FOLDER                  every answer, officers' and machines', as DICOS Threat Detection Reports
)";

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

Words split(const QStringList &words, const QStringList &valueOptions)
{
    Words result;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        if (word.startsWith(QLatin1String("--"))) {
            const QString name = word.mid(2);
            if (valueOptions.contains(name) && i + 1 < words.size())
                result.options[name].append(words[++i]);
            else
                result.flags.append(name);
        } else {
            result.positional.append(word);
        }
    }
    return result;
}

int Admin::run(const QString &command, const Words &w)
{
    if (const int code = runMachineCommand(command, w); code >= 0)
        return code;
    auto context = m_c.context();
    v1::Admin::Stub &admin = m_c.admin();
    const QStringList &p = w.positional;
    if (command == QLatin1String("events")) {
        v1::ListEventsReply reply;
        if (auto s = admin.ListEvents(context.get(), {}, &reply); !s.ok())
            return failed(s);
        for (const auto &e : reply.events())
            m_out << text(e.event_id()) << '\t' << text(e.title()) << '\t' << phaseName(e.phase()) << '\t' << e.round_count()
                  << " rounds\t" << e.contestant_count() << " contestants" << (e.practice() ? "\tpractice" : "") << '\n';
        return 0;
    }
    if (command == QLatin1String("event-create")) {
        if (p.size() != 1)
            return usage(QStringLiteral("event-create needs a TITLE"));
        v1::CreateEventRequest request;
        request.set_title(p[0].toStdString());
        request.set_practice(w.flags.contains(QStringLiteral("practice")));
        request.set_reveal_truth_after_round(!w.flags.contains(QStringLiteral("hide-truth")));
        v1::EventSummary reply;
        if (auto s = admin.CreateEvent(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << text(reply.event_id()) << '\n';
        return 0;
    }
    if (command == QLatin1String("event-show")) {
        if (p.size() != 1)
            return usage(QStringLiteral("event-show needs an EVENT"));
        v1::GetEventRequest request;
        request.set_event_id(p[0].toStdString());
        v1::EventDetails reply;
        if (auto s = admin.GetEvent(context.get(), request, &reply); !s.ok())
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
            m_out << "contestant\t" << text(c.contestant_id()) << '\t' << text(c.name()) << '\t' << members.join(QStringLiteral(", ")) << '\n';
        }
        return 0;
    }
    if (command == QLatin1String("upload")) {
        if (p.size() != 2)
            return usage(QStringLiteral("upload needs a FOLDER and a NAME"));
        int lastPercent = -1;
        auto summary = m_c.uploadImageSet(p[0], p[1], [&](qint64 sent, qint64 total) {
            const int percent = int(100 * sent / std::max<qint64>(1, total));
            if (percent != lastPercent) {
                m_err << "\ruploading " << p[1] << ": " << percent << "%";
                m_err.flush();
            }
            lastPercent = percent;
        });
        m_err << '\n';
        if (!summary) {
            m_err << "pentournament-admin: " << summary.error().message << Qt::endl;
            return 1;
        }
        m_out << text(summary->image_set_id()) << '\t' << text(summary->name()) << '\t' << summary->scan_count() << " scans\t"
              << summary->object_count() << " objects\n";
        return 0;
    }
    if (command == QLatin1String("sets")) {
        v1::ListImageSetsReply reply;
        if (auto s = admin.ListImageSets(context.get(), {}, &reply); !s.ok())
            return failed(s);
        for (const auto &set : reply.image_sets()) {
            QStringList shares;
            for (const std::string &with : set.shared_with())
                shares.append(with == "*" ? QStringLiteral("every trainer") : text(with));
            m_out << text(set.image_set_id()) << '\t' << text(set.name()) << '\t' << set.scan_count() << " scans\t"
                  << set.object_count() << " objects\towner " << (set.owner_token_id().empty() ? QStringLiteral("-") : text(set.owner_token_id()))
                  << "\tshared with " << (shares.isEmpty() ? QStringLiteral("nobody") : shares.join(QStringLiteral(", "))) << '\n';
        }
        return 0;
    }
    if (command == QLatin1String("share-set")) {
        if (p.size() != 1 && p.size() != 2)
            return usage(QStringLiteral("share-set needs a SET (and a trainer's TOKEN_ID)"));
        v1::ShareImageSetRequest request;
        request.set_image_set_id(p[0].toStdString());
        request.set_trainer_token_id(p.value(1).toStdString());
        request.set_withdraw(w.flags.contains(QStringLiteral("withdraw")));
        v1::ImageSetSummary reply;
        if (auto s = admin.ShareImageSet(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << text(reply.image_set_id()) << "\tshared with " << reply.shared_with_size() << " (\"*\" is every trainer):";
        for (const std::string &with : reply.shared_with())
            m_out << ' ' << text(with);
        m_out << '\n';
        return 0;
    }
    if (command == QLatin1String("round-add")) {
        if (p.size() != 3)
            return usage(QStringLiteral("round-add needs EVENT TITLE SET"));
        v1::AddRoundRequest request;
        request.set_event_id(p[0].toStdString());
        request.set_title(p[1].toStdString());
        request.set_image_set_id(p[2].toStdString());
        for (const QString &scan : w.option(QStringLiteral("scans")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.add_scan_ids(scan.toStdString());
        QString settings = w.option(QStringLiteral("settings"));
        if (settings.startsWith(QLatin1Char('@'))) {
            QFile file(settings.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return usage(QStringLiteral("%1 cannot be read").arg(file.fileName()));
            settings = QString::fromUtf8(file.readAll());
        }
        request.set_settings_json(settings.toStdString());
        bool ok = true;
        request.set_countdown_seconds(w.options.contains(QStringLiteral("countdown")) ? w.option(QStringLiteral("countdown")).toInt(&ok) : 10);
        if (!ok)
            return usage(QStringLiteral("--countdown takes seconds"));
        request.set_break_seconds_after(w.options.contains(QStringLiteral("break")) ? w.option(QStringLiteral("break")).toInt(&ok) : 600);
        if (!ok)
            return usage(QStringLiteral("--break takes seconds"));
        if (w.options.contains(QStringLiteral("draw"))) {
            const uint draw = w.option(QStringLiteral("draw")).toUInt(&ok);
            if (!ok || draw == 0)
                return usage(QStringLiteral("--draw takes a number of scans"));
            request.set_draw_scans(draw);
            request.set_draw_seed(w.options.contains(QStringLiteral("seed")) ? w.option(QStringLiteral("seed")).toULongLong(&ok) : 1);
            if (!ok)
                return usage(QStringLiteral("--seed takes a non-negative integer"));
        }
        v1::RoundInfo reply;
        if (auto s = admin.AddRound(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << text(reply.round_id()) << '\n';
        return 0;
    }
    if (command == QLatin1String("contestant-add")) {
        if (p.size() != 2)
            return usage(QStringLiteral("contestant-add needs EVENT NAME"));
        v1::AddContestantRequest request;
        request.set_event_id(p[0].toStdString());
        request.set_name(p[1].toStdString());
        for (const QString &member : w.options.value(QStringLiteral("member")))
            request.add_members(member.toStdString());
        v1::ContestantSummary reply;
        if (auto s = admin.AddContestant(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << text(reply.contestant_id()) << '\n';
        return 0;
    }
    if (command == QLatin1String("token-issue")) {
        static const QMap<QString, v1::Role> roles{{QStringLiteral("host"), v1::ROLE_HOST}, {QStringLiteral("trainer"), v1::ROLE_TRAINER},
                                                   {QStringLiteral("contestant"), v1::ROLE_CONTESTANT}, {QStringLiteral("vendor"), v1::ROLE_VENDOR}};
        if (p.size() != 1 || !roles.contains(p[0]))
            return usage(QStringLiteral("token-issue needs a ROLE: host, trainer, contestant or vendor"));
        v1::IssueTokenRequest request;
        request.set_role(roles.value(p[0]));
        request.set_event_id(w.option(QStringLiteral("event")).toStdString());
        request.set_contestant_id(w.option(QStringLiteral("contestant")).toStdString());
        request.set_label(w.option(QStringLiteral("label")).toStdString());
        request.set_member(w.option(QStringLiteral("member")).toStdString());
        v1::IssueTokenReply reply;
        if (auto s = admin.IssueToken(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << text(reply.token_id()) << '\t' << text(reply.token()) << '\n';
        return 0;
    }
    if (command == QLatin1String("token-revoke")) {
        if (p.size() != 1)
            return usage(QStringLiteral("token-revoke needs a TOKEN_ID"));
        v1::RevokeTokenRequest request;
        request.set_token_id(p[0].toStdString());
        v1::RevokeTokenReply reply;
        if (auto s = admin.RevokeToken(context.get(), request, &reply); !s.ok())
            return failed(s);
        return 0;
    }
    if (command == QLatin1String("tokens")) {
        v1::ListTokensRequest request;
        request.set_event_id(p.value(0).toStdString());
        v1::ListTokensReply reply;
        if (auto s = admin.ListTokens(context.get(), request, &reply); !s.ok())
            return failed(s);
        for (const auto &t : reply.tokens())
            m_out << text(t.token_id()) << '\t' << v1::Role_Name(t.role()).c_str() << '\t' << text(t.event_id()) << '\t'
                  << text(t.contestant_id()) << '\t' << text(t.label())
                  << (t.member().empty() ? QString() : QStringLiteral("\tmember ") + text(t.member()))
                  << (t.revoked() ? "\trevoked" : "") << '\n';
        return 0;
    }
    static const QMap<QString, v1::ControlEventRequest::Action> actions{
        {QStringLiteral("start"), v1::ControlEventRequest::ACTION_START},
        {QStringLiteral("pause"), v1::ControlEventRequest::ACTION_PAUSE},
        {QStringLiteral("resume"), v1::ControlEventRequest::ACTION_RESUME},
        {QStringLiteral("end-round"), v1::ControlEventRequest::ACTION_END_ROUND},
        {QStringLiteral("end-event"), v1::ControlEventRequest::ACTION_END_EVENT}};
    if (actions.contains(command)) {
        if (p.size() != 1)
            return usage(QStringLiteral("%1 needs an EVENT").arg(command));
        v1::ControlEventRequest request;
        request.set_event_id(p[0].toStdString());
        request.set_action(actions.value(command));
        v1::EventStatus reply;
        if (auto s = admin.ControlEvent(context.get(), request, &reply); !s.ok())
            return failed(s);
        m_out << phaseName(reply.phase()) << "\tround " << reply.round_index() + 1 << '\n';
        return 0;
    }
    if (command == QLatin1String("leaderboard")) {
        if (p.isEmpty() || p.size() > 2)
            return usage(QStringLiteral("leaderboard needs an EVENT (and a ROUND)"));
        v1::WatchLeaderboardRequest request;
        request.set_event_id(p[0].toStdString());
        request.set_round_id(p.value(1).toStdString());
        auto streamContext = m_c.context(w.flags.contains(QStringLiteral("watch")) ? 0 : 30);
        auto reader = admin.WatchLeaderboard(streamContext.get(), request);
        v1::Leaderboard board;
        while (reader->Read(&board)) {
            printStandings(board);
            if (!w.flags.contains(QStringLiteral("watch"))) {
                streamContext->TryCancel();
                break;
            }
            m_out << '\n';
        }
        const grpc::Status status = reader->Finish();
        if (!status.ok() && status.error_code() != grpc::StatusCode::CANCELLED)
            return failed(status);
        return 0;
    }
    if (command == QLatin1String("export")) {
        if (p.size() != 2)
            return usage(QStringLiteral("export needs EVENT FILE"));
        QByteArray csv;
        if (auto s = downloadResultsCsv(admin, context.get(), p[0], csv); !s.ok())
            return failed(s);
        QFile file(p[1]);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            m_err << "pentournament-admin: " << p[1] << ": cannot write the file" << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (command == QLatin1String("audit")) {
        v1::GetAuditLogRequest request;
        request.set_event_id(p.value(0).toStdString());
        v1::GetAuditLogReply reply;
        if (auto s = admin.GetAuditLog(context.get(), request, &reply); !s.ok())
            return failed(s);
        for (const auto &e : reply.entries())
            m_out << QDateTime::fromMSecsSinceEpoch(e.at_ms(), Qt::UTC).toString(Qt::ISODateWithMs) << '\t' << text(e.token_id()) << '\t' << text(e.action()) << '\t' << text(e.detail()) << '\n';
        return 0;
    }
    if (command == QLatin1String("generate-set"))
        return generateSet(w);
    if (command == QLatin1String("report"))
        return report(w);
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

int Admin::generateSet(const Words &w)
{
    if (w.positional.size() != 1 || !w.options.contains(QStringLiteral("preset")))
        return usage(QStringLiteral("generate-set needs a NAME and --preset P"));
    v1::GenerateImageSetRequest request;
    request.set_name(w.positional[0].toStdString());
    request.set_preset(w.option(QStringLiteral("preset")).toStdString());
    bool ok = true;
    request.set_seed(w.options.contains(QStringLiteral("seed")) ? w.option(QStringLiteral("seed")).toUInt(&ok) : 1);
    if (!ok)
        return usage(QStringLiteral("--seed takes a non-negative integer"));
    request.set_scan_count(w.options.contains(QStringLiteral("scans")) ? w.option(QStringLiteral("scans")).toUInt(&ok) : 0);
    if (!ok)
        return usage(QStringLiteral("--scans takes a number of scans"));
    request.set_tip_rate(w.options.contains(QStringLiteral("tip-rate")) ? w.option(QStringLiteral("tip-rate")).toDouble(&ok) : 0);
    if (!ok)
        return usage(QStringLiteral("--tip-rate takes a probability, 0 to 1"));
    const auto mix = parseCategoryWeights(w.option(QStringLiteral("tip-mix")));
    if (!mix)
        return usage(mix.error().message);
    for (auto it = mix->cbegin(); it != mix->cend(); ++it)
        (*request.mutable_tip_mix())[it.key().toStdString()] = it.value();
    const auto summary = m_c.generateImageSet(request, [&](int done, int total) {
        m_err << "\rgenerating " << w.positional[0] << ": " << done << "/" << total << " scans";
        m_err.flush();
    });
    m_err << '\n';
    if (!summary) {
        m_err << "pentournament-admin: " << summary.error().message << Qt::endl;
        return 1;
    }
    m_out << text(summary->image_set_id()) << '\t' << text(summary->name()) << '\t' << summary->scan_count() << " scans\t"
          << summary->object_count() << " objects\t" << text(summary->manifest_sha256()) << '\n';
    return 0;
}

void Admin::printCategories(const QString &scope, const google::protobuf::RepeatedPtrField<v1::CategoryReport> &rows)
{
    for (const v1::CategoryReport &row : rows)
        m_out << scope << '\t' << text(row.category()) << '\t' << row.objects_hit() << '\t' << row.objects_missed() << '\t'
              << QString::number(row.hit_rate(), 'f', 3) << '\t' << QString::number(row.false_alarm_rate(), 'f', 3) << '\t'
              << QString::number(row.d_prime(), 'f', 3) << '\t' << QString::number(row.d_a(), 'f', 3) << '\t'
              << QString::number(row.mean_response_seconds(), 'f', 1) << '\n';
}

// The history (--trainee) names each round with its session and start, oldest first.
int Admin::report(const Words &w)
{
    const bool history = w.options.contains(QStringLiteral("trainee"));
    if (history ? !w.positional.isEmpty() : w.positional.size() != 2)
        return usage(QStringLiteral("report needs EVENT CONTESTANT, or --trainee NAME alone"));
    v1::TraineeReportRequest request;
    if (history) {
        request.set_trainee_name(w.option(QStringLiteral("trainee")).toStdString());
    } else {
        request.set_event_id(w.positional[0].toStdString());
        request.set_contestant_id(w.positional[1].toStdString());
    }
    v1::TraineeReport reply;
    auto context = m_c.context();
    if (auto s = m_c.admin().GetTraineeReport(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << "scope\tcategory\tobjects_hit\tobjects_missed\thit_rate\tfalse_alarm_rate\td_prime\td_a\tmean_response_seconds\n";
    for (const v1::RoundReport &round : reply.rounds()) {
        const QString started = QDateTime::fromMSecsSinceEpoch(round.started_ms(), Qt::UTC).toString(Qt::ISODate);
        printCategories(history ? QStringLiteral("%1 %2 / %3").arg(started, text(round.event_title()), text(round.title()))
                                : text(round.title()),
                        round.categories());
    }
    printCategories(QStringLiteral("overall"), reply.overall());
    return 0;
}

} // namespace admin

using namespace admin;

int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Words w = split(arguments, {QStringLiteral("server"), QStringLiteral("token"), QStringLiteral("token-file"), QStringLiteral("ca"),
                                      QStringLiteral("scans"), QStringLiteral("draw"), QStringLiteral("settings"), QStringLiteral("countdown"), QStringLiteral("break"),
                                      QStringLiteral("member"), QStringLiteral("event"), QStringLiteral("contestant"),
                                      QStringLiteral("label"), QStringLiteral("preset"), QStringLiteral("seed"),
                                      QStringLiteral("tip-rate"), QStringLiteral("tip-mix"), QStringLiteral("trainee"),
                                      QStringLiteral("library"), QStringLiteral("program"), QStringLiteral("arg"), QStringLiteral("config"),
                                      QStringLiteral("vendor"), QStringLiteral("public"), QStringLiteral("development-submissions"),
                                      QStringLiteral("final-submissions"), QStringLiteral("seconds-per-scan"), QStringLiteral("memory-mb"),
                                      QStringLiteral("categories")});
    if (w.flags.contains(QStringLiteral("help")) || w.positional.isEmpty()) {
        (w.positional.isEmpty() && !w.flags.contains(QStringLiteral("help")) ? err : out) << Usage;
        return w.flags.contains(QStringLiteral("help")) ? 0 : 2;
    }
    ServerConnection::Options options;
    options.address = w.options.contains(QStringLiteral("server")) ? w.option(QStringLiteral("server"))
                                                                    : qEnvironmentVariable("PEN_SERVER", QStringLiteral("127.0.0.1:50051"));
    auto token = adminToken(w);
    if (!token) {
        err << "pentournament-admin: " << token.error().message << Qt::endl;
        return 2;
    }
    options.token = *token;
    options.caCertificate = w.option(QStringLiteral("ca"));
    auto connection = ServerConnection::connect(options);
    if (!connection) {
        err << "pentournament-admin: " << connection.error().message << Qt::endl;
        return 1;
    }
    Words rest = w;
    const QString command = rest.positional.takeFirst();
    Admin admin(**connection, out, err);
    const int code = admin.run(command, rest);
    out.flush();
    err.flush();
    return code;
}

} // namespace pen::server
