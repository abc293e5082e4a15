// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AdminCommands.h"
#include "AdminSession.h"
#include "AdminToken.h"

#include "client/ServerConnection.h"

#include <functional>
#include <map>
#include <utility>

namespace pen::server {
namespace admin {

const char *const Usage
    = R"(usage: pentournament-admin [--server HOST:PORT] [--token-file FILE | --token TOKEN] [--ca FILE] COMMAND ...

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
                                           a vendor's --event EVENT: the event it may upload plugins to
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
  upload-plugin EVENT LABEL VERSION FOLDER|FILE [--library FILE | --program FILE [--arg A ...]] [--config TEXT]
                                           vendors and hosts: send a plugin's files (FILE relative to FOLDER)
                                           with a progress line; a single FILE needs no --library or --program
  plugins EVENT
  machines-configure EVENT SET [--public F] [--development-submissions N] [--final-submissions N]
                     [--seconds-per-scan S] [--memory-mb M] [--categories A,B]
  plugin-run EVENT PLUGIN development|final|ROUND    a progress line, then the run's metrics and failures
  machine-leaderboard EVENT [development|final]
  human-machine EVENT ROUND                officers and machines on one leaderboard of a round
  export-tdr EVENT FOLDER                  every answer, officers' and machines', as DICOS Threat Detection Reports
)";

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
    using Command = std::function<int(Admin &, const Words &)>;
    // The event-control commands differ only in the action they send, and name themselves in their
    // usage message.
    const auto control = [](const QString &name, v1::ControlEventRequest::Action action) {
        return std::pair<const QString, Command>(
            name, [name, action](Admin &admin, const Words &words) { return admin.controlEvent(name, action, words); });
    };
    static const std::map<QString, Command> commands{
        {QStringLiteral("events"), &Admin::listEvents},
        {QStringLiteral("event-create"), &Admin::createEvent},
        {QStringLiteral("event-show"), &Admin::showEvent},
        {QStringLiteral("upload"), &Admin::uploadImageSet},
        {QStringLiteral("sets"), &Admin::listImageSets},
        {QStringLiteral("share-set"), &Admin::shareImageSet},
        {QStringLiteral("generate-set"), &Admin::generateSet},
        {QStringLiteral("round-add"), &Admin::addRound},
        {QStringLiteral("contestant-add"), &Admin::addContestant},
        {QStringLiteral("token-issue"), &Admin::issueToken},
        {QStringLiteral("token-revoke"), &Admin::revokeToken},
        {QStringLiteral("tokens"), &Admin::listTokens},
        control(QStringLiteral("start"), v1::ControlEventRequest::ACTION_START),
        control(QStringLiteral("pause"), v1::ControlEventRequest::ACTION_PAUSE),
        control(QStringLiteral("resume"), v1::ControlEventRequest::ACTION_RESUME),
        control(QStringLiteral("end-round"), v1::ControlEventRequest::ACTION_END_ROUND),
        control(QStringLiteral("end-event"), v1::ControlEventRequest::ACTION_END_EVENT),
        {QStringLiteral("leaderboard"), &Admin::showLeaderboard},
        {QStringLiteral("export"), &Admin::exportResults},
        {QStringLiteral("audit"), &Admin::showAuditLog},
        {QStringLiteral("report"), &Admin::report},
    };
    const auto found = commands.find(command);
    if (found == commands.end())
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));
    return found->second(*this, w);
}

} // namespace admin

using namespace admin;

int runAdminCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Words w = split(arguments,
                          {QStringLiteral("server"),
                           QStringLiteral("token"),
                           QStringLiteral("token-file"),
                           QStringLiteral("ca"),
                           QStringLiteral("scans"),
                           QStringLiteral("draw"),
                           QStringLiteral("settings"),
                           QStringLiteral("countdown"),
                           QStringLiteral("break"),
                           QStringLiteral("member"),
                           QStringLiteral("event"),
                           QStringLiteral("contestant"),
                           QStringLiteral("label"),
                           QStringLiteral("preset"),
                           QStringLiteral("seed"),
                           QStringLiteral("tip-rate"),
                           QStringLiteral("tip-mix"),
                           QStringLiteral("trainee"),
                           QStringLiteral("library"),
                           QStringLiteral("program"),
                           QStringLiteral("arg"),
                           QStringLiteral("config"),
                           QStringLiteral("vendor"),
                           QStringLiteral("public"),
                           QStringLiteral("development-submissions"),
                           QStringLiteral("final-submissions"),
                           QStringLiteral("seconds-per-scan"),
                           QStringLiteral("memory-mb"),
                           QStringLiteral("categories")});
    if (w.flags.contains(QStringLiteral("help")) || w.positional.isEmpty()) {
        (w.positional.isEmpty() && !w.flags.contains(QStringLiteral("help")) ? err : out) << Usage;
        return w.flags.contains(QStringLiteral("help")) ? 0 : 2;
    }
    ServerConnection::Options options;
    options.address = w.options.contains(QStringLiteral("server"))
        ? w.option(QStringLiteral("server"))
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
