// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Inside pentournament-admin: the parsed command line and the session that runs one command.
#pragma once

#include "client/ServerConnection.h"

#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace pen::server::admin {

extern const char *const Usage;

inline QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

/// The command's words after its name, with --options split out.
struct Words {
    QStringList positional;
    QMap<QString, QStringList> options;
    QStringList flags;

    QString option(const QString &name) const { return options.value(name).value(0); }
};

Words split(const QStringList &words, const QStringList &valueOptions);

/// One command against one server: records on out, one per line with tab-separated fields; errors
/// on err with the server's status and message.
class Admin {
public:
    Admin(ServerConnection &connection, QTextStream &out, QTextStream &err) : m_c(connection), m_out(out), m_err(err) {}

    int run(const QString &command, const Words &w);
    /// The machines' commands (AdminMachineCommands.cpp); -1 when command is not one of them.
    int runMachineCommand(const QString &command, const Words &w);

private:
    int failed(const grpc::Status &status)
    {
        m_err << "pentournament-admin: " << ServerConnection::describe(status) << Qt::endl;
        return 1;
    }
    int usage(const QString &message)
    {
        m_err << "pentournament-admin: " << message << "\n" << Usage;
        m_err.flush();
        return 2;
    }
    void printStandings(const v1::Leaderboard &board)
    {
        m_out << "rank\tcontestant\tpoints\thits\tfalse_alarm_marks\thit_rate\tfalse_alarm_rate\td_prime\n";
        const auto row = [this](const QString &rank, const QString &name, const v1::Score &score) {
            m_out << rank << '\t' << name << '\t' << QString::number(score.points(), 'f', 2) << '\t'
                  << score.objects_hit() << '\t' << score.false_alarm_marks() << '\t'
                  << QString::number(score.hit_rate(), 'f', 3) << '\t'
                  << QString::number(score.false_alarm_rate(), 'f', 3) << '\t'
                  << QString::number(score.d_prime(), 'f', 3) << '\n';
        };
        for (const v1::Standing &s : board.standings()) {
            row(QString::number(s.rank()), text(s.name()), s.score());
            // A team's members under its row, each with the scans they answered.
            for (const v1::MemberScore &member : s.members())
                row(QStringLiteral(" "), QStringLiteral("  %1 / %2").arg(text(s.name()), text(member.name())),
                    member.score());
        }
        m_out.flush();
    }

    // One member per command, each in the file of its kind: AdminEventCommands.cpp,
    // AdminSetCommands.cpp, AdminTokenCommands.cpp, AdminResultCommands.cpp.
    int listEvents(const Words &w);
    int createEvent(const Words &w);
    int showEvent(const Words &w);
    int addRound(const Words &w);
    int addContestant(const Words &w);
    /// start, pause, resume, end-round and end-event: command is the name in the usage message.
    int controlEvent(const QString &command, v1::ControlEventRequest::Action action, const Words &w);
    int uploadImageSet(const Words &w);
    int listImageSets(const Words &w);
    int shareImageSet(const Words &w);
    int generateSet(const Words &w);
    int issueToken(const Words &w);
    int revokeToken(const Words &w);
    int listTokens(const Words &w);
    int showLeaderboard(const Words &w);
    int exportResults(const Words &w);
    int showAuditLog(const Words &w);
    int report(const Words &w);
    void printCategories(const QString &scope, const google::protobuf::RepeatedPtrField<v1::CategoryReport> &rows);

    // The machines' commands (AdminMachineCommands.cpp).
    int registerPlugin(const Words &w);
    int uploadPlugin(const Words &w); // AdminPluginUpload.cpp
    int configureMachines(const Words &w);
    int runPlugin(const Words &w);
    int machineLeaderboard(const Words &w);
    int humanMachine(const Words &w);
    int exportThreatReports(const Words &w);

    ServerConnection &m_c;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pen::server::admin
