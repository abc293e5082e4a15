// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's commands that read results: leaderboard, CSV export, audit log, trainee report.
#include "AdminSession.h"

#include "client/ExportDownloads.h"

#include <QDateTime>
#include <QFile>

namespace pen::server::admin {

int Admin::showLeaderboard(const Words &w)
{
    const QStringList &p = w.positional;
    if (p.isEmpty() || p.size() > 2)
        return usage(QStringLiteral("leaderboard needs an EVENT (and a ROUND)"));
    v1::WatchLeaderboardRequest request;
    request.set_event_id(p[0].toStdString());
    request.set_round_id(p.value(1).toStdString());
    const bool watch = w.flags.contains(QStringLiteral("watch"));
    // Watching has no deadline; a single look gets the usual one.
    auto streamContext = m_c.context(watch ? 0 : 30);
    auto reader = m_c.admin().WatchLeaderboard(streamContext.get(), request);
    v1::Leaderboard board;
    while (reader->Read(&board)) {
        printStandings(board);
        if (!watch) {
            streamContext->TryCancel();
            break;
        }
        m_out << '\n';
    }
    const grpc::Status status = reader->Finish();
    // The single look cancels its own stream, which is no failure.
    if (!status.ok() && status.error_code() != grpc::StatusCode::CANCELLED)
        return failed(status);
    return 0;
}

int Admin::exportResults(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 2)
        return usage(QStringLiteral("export needs EVENT FILE"));
    QByteArray csv;
    if (auto s = downloadResultsCsv(m_c.admin(), context.get(), p[0], csv); !s.ok())
        return failed(s);
    QFile file(p[1]);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
        m_err << "pentournament-admin: " << p[1] << ": cannot write the file" << Qt::endl;
        return 1;
    }
    return 0;
}

int Admin::showAuditLog(const Words &w)
{
    auto context = m_c.context();
    v1::GetAuditLogRequest request;
    request.set_event_id(w.positional.value(0).toStdString());
    v1::GetAuditLogReply reply;
    if (auto s = m_c.admin().GetAuditLog(context.get(), request, &reply); !s.ok())
        return failed(s);
    for (const auto &e : reply.entries())
        m_out << QDateTime::fromMSecsSinceEpoch(e.at_ms(), Qt::UTC).toString(Qt::ISODateWithMs) << '\t'
              << text(e.token_id()) << '\t' << text(e.action()) << '\t' << text(e.detail()) << '\n';
    return 0;
}

void Admin::printCategories(const QString &scope, const google::protobuf::RepeatedPtrField<v1::CategoryReport> &rows)
{
    for (const v1::CategoryReport &row : rows)
        m_out << scope << '\t' << text(row.category()) << '\t' << row.objects_hit() << '\t' << row.objects_missed()
              << '\t' << QString::number(row.hit_rate(), 'f', 3) << '\t'
              << QString::number(row.false_alarm_rate(), 'f', 3) << '\t' << QString::number(row.d_prime(), 'f', 3)
              << '\t' << QString::number(row.d_a(), 'f', 3) << '\t'
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
    m_out << "scope\tcategory\tobjects_hit\tobjects_missed\thit_rate\tfalse_alarm_rate\td_prime\td_a\tmean_response_"
             "seconds\n";
    for (const v1::RoundReport &round : reply.rounds()) {
        const QString started = QDateTime::fromMSecsSinceEpoch(round.started_ms(), Qt::UTC).toString(Qt::ISODate);
        printCategories(history
                            ? QStringLiteral("%1 %2 / %3").arg(started, text(round.event_title()), text(round.title()))
                            : text(round.title()),
                        round.categories());
    }
    printCategories(QStringLiteral("overall"), reply.overall());
    return 0;
}

} // namespace pen::server::admin
