// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DemoTournament.h"

#include "SimulatedOfficer.h"
#include "TournamentServer.h"
#include "imageset/ImageSetFolder.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <thread>

namespace pen::server {
namespace {

struct DemoRound {
    const char *set;
    const char *title;
    const char *type;
};

constexpr DemoRound Rounds[] = {
    {"find-the-cocaine", "Find the cocaine", "find-the-threat"},
    {"declaration-check", "Declaration check", "declaration-check"},
    {"find-the-most-cigarettes", "Find the most cigarettes", "find-the-most"},
};

struct DemoOfficer {
    const char *name;
    const char *member;  ///< for a team; nullptr for an officer alone
    OfficerSkill skill;
};

Expected<void> checked(const grpc::Status &status, const QString &what)
{
    if (status.ok())
        return {};
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, ServerConnection::describe(status)));
}

} // namespace

QString formatStandings(const QList<Standing> &standings)
{
    QString table = QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\n")
                        .arg(QStringLiteral("rank"), -4)
                        .arg(QStringLiteral("contestant"), -22)
                        .arg(QStringLiteral("points"), 8)
                        .arg(QStringLiteral("hits"), 5)
                        .arg(QStringLiteral("FA marks"), 9)
                        .arg(QStringLiteral("HR"), 6)
                        .arg(QStringLiteral("FAR"), 6)
                        .arg(QStringLiteral("d'"), 6);
    for (const Standing &s : standings) {
        table += QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(s.rank, 4)
                     .arg(s.name.left(22), -22)
                     .arg(s.score.points, 8, 'f', 1)
                     .arg(s.score.objectsHit, 5)
                     .arg(s.score.falseAlarmMarks, 9)
                     .arg(s.score.detection.hitRate(), 6, 'f', 2)
                     .arg(s.score.detection.falseAlarmRate(), 6, 'f', 2)
                     .arg(s.score.detection.dPrime(), 6, 'f', 2);
    }
    return table;
}

Expected<DemoResult> runDemoTournament(const DemoOptions &options)
{
    const auto print = [&](const QString &line) {
        if (options.print)
            options.print(line);
    };
    QTemporaryDir data;
    if (!data.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary data folder"));
    ServerOptions serverOptions;
    serverOptions.dataFolder = data.path();
    serverOptions.listen = QStringLiteral("127.0.0.1:0");
    auto server = TournamentServer::start(serverOptions);
    if (!server)
        return server.error();
    print(QStringLiteral("Tournament server listening on 127.0.0.1:%1 (data in a temporary folder)").arg((*server)->port()));
    auto hostToken = (*server)->state().issueBootstrapHostToken(QStringLiteral("demo host"), false);
    if (!hostToken)
        return hostToken.error();
    const QString address = QStringLiteral("127.0.0.1:%1").arg((*server)->port());
    auto host = ServerConnection::connect({address, hostToken->secret, {}, {}});
    if (!host)
        return host.error();

    // The officers' own copy of the truth: what a person would see in the scans.
    RoundTruth truth;
    QMap<QString, QString> setIds;
    QMap<QString, ImageSet> sets;
    for (const DemoRound &round : Rounds) {
        const QString folder = QDir(options.imageSetsFolder).filePath(QString::fromLatin1(round.set));
        auto set = ImageSetFolder::open(folder);
        if (!set)
            return set.error();
        sets.insert(QString::fromLatin1(round.set), *set);
        int lastPercent = -1;
        auto uploaded = (*host)->uploadImageSet(folder, QString::fromLatin1(round.set), [&](qint64 sent, qint64 total) {
            const int percent = int(100 * sent / std::max<qint64>(1, total));
            if (percent / 25 != lastPercent / 25)
                print(QStringLiteral("  uploading %1: %2%").arg(QString::fromLatin1(round.set)).arg(percent));
            lastPercent = percent;
        });
        if (!uploaded)
            return uploaded.error();
        setIds.insert(QString::fromLatin1(round.set), QString::fromStdString(uploaded->image_set_id()));
        print(QStringLiteral("Image set %1 stored and checked: %2 scans, %3 objects")
                  .arg(QString::fromLatin1(round.set)).arg(uploaded->scan_count()).arg(uploaded->object_count()));
    }

    v1::EventSummary event;
    {
        v1::CreateEventRequest request;
        request.set_title("PEN-Tournament demo");
        request.set_reveal_truth_after_round(true);
        auto context = (*host)->context();
        if (auto ok = checked((*host)->admin().CreateEvent(context.get(), request, &event), QStringLiteral("create event")); !ok)
            return ok.error();
    }
    for (const DemoRound &round : Rounds) {
        v1::AddRoundRequest request;
        request.set_event_id(event.event_id());
        request.set_title(round.title);
        request.set_image_set_id(setIds.value(QString::fromLatin1(round.set)).toStdString());
        const ImageSet *set = &sets[QString::fromLatin1(round.set)];
        for (int i = 0; i < std::min<int>(options.scansPerRound, int(set->entries.size())); ++i)
            request.add_scan_ids(set->entries[i].scan.id.toStdString());
        RoundSettings settings = set->round.value_or(RoundSettings::defaultsFor(*roundTypeFromKey(QString::fromLatin1(round.type))));
        settings.secondsPerScan = options.secondsPerScan;
        settings.roundSeconds = 0;
        request.set_settings_json(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact).toStdString());
        request.set_countdown_seconds(2);
        request.set_break_seconds_after(options.breakSeconds);
        v1::RoundInfo info;
        auto context = (*host)->context();
        if (auto ok = checked((*host)->admin().AddRound(context.get(), request, &info), QStringLiteral("add round")); !ok)
            return ok.error();
        for (const std::string &scanId : request.scan_ids())
            truth[QString::fromStdString(info.round_id())].append(set->find(QString::fromStdString(scanId))->scan.truth);
    }

    const double look = options.lookSeconds;
    const QList<DemoOfficer> officers = {
        {"A. Novice", nullptr, {QStringLiteral("novice"), 0.45, 0.35, 0.7, look * 1.2}},
        {"B. Trained", nullptr, {QStringLiteral("trained"), 0.7, 0.2, 0.85, look}},
        {"C. Experienced", nullptr, {QStringLiteral("experienced"), 0.85, 0.1, 0.95, look * 0.8}},
        {"D. Expert", nullptr, {QStringLiteral("expert"), 0.95, 0.05, 1.0, look * 0.6}},
        {"Team North", "E. North", {QStringLiteral("trained"), 0.7, 0.15, 0.9, look}},
        {"Team North", "F. North", {QStringLiteral("trained"), 0.75, 0.15, 0.9, look * 1.1}},
    };
    QMap<QString, QString> contestantIds;
    std::vector<std::unique_ptr<SimulatedOfficer>> players;
    quint32 seed = 1;
    for (const DemoOfficer &officer : officers) {
        const QString name = QString::fromLatin1(officer.name);
        if (!contestantIds.contains(name)) {
            v1::AddContestantRequest request;
            request.set_event_id(event.event_id());
            request.set_name(officer.name);
            if (officer.member) {
                request.add_members("E. North");
                request.add_members("F. North");
            }
            v1::ContestantSummary contestant;
            auto context = (*host)->context();
            if (auto ok = checked((*host)->admin().AddContestant(context.get(), request, &contestant), QStringLiteral("add contestant")); !ok)
                return ok.error();
            contestantIds.insert(name, QString::fromStdString(contestant.contestant_id()));
        }
        v1::IssueTokenRequest request;
        request.set_role(v1::ROLE_CONTESTANT);
        request.set_event_id(event.event_id());
        request.set_contestant_id(contestantIds.value(name).toStdString());
        request.set_label(officer.member ? officer.member : officer.name);
        v1::IssueTokenReply token;
        auto context = (*host)->context();
        if (auto ok = checked((*host)->admin().IssueToken(context.get(), request, &token), QStringLiteral("issue token")); !ok)
            return ok.error();
        players.push_back(std::make_unique<SimulatedOfficer>(ServerConnection::Options{address, QString::fromStdString(token.token()), {}, {}},
                                                             officer.skill, truth, seed++));
    }
    print(QStringLiteral("Event \"%1\": %2 rounds, %3 contestants (one a team of two), %4 scans a round")
              .arg(QString::fromStdString(event.title())).arg(std::size(Rounds)).arg(contestantIds.size()).arg(options.scansPerRound));

    std::vector<std::thread> threads;
    std::vector<QString> errors(players.size());
    for (std::size_t i = 0; i < players.size(); ++i) {
        threads.emplace_back([&, i] {
            if (auto played = players[i]->run(); !played)
                errors[i] = played.error().message;
        });
    }
    {
        v1::ControlEventRequest start;
        start.set_event_id(event.event_id());
        start.set_action(v1::ControlEventRequest::ACTION_START);
        v1::EventStatus status;
        auto context = (*host)->context();
        if (auto ok = checked((*host)->admin().ControlEvent(context.get(), start, &status), QStringLiteral("start")); !ok) {
            for (auto &player : players)
                player->stop();
            for (auto &thread : threads)
                thread.join();
            return ok.error();
        }
    }
    print(QStringLiteral("Started."));

    // Follow the event as the host does: a progress line while rounds run, the table at each break.
    int lastRound = -2;
    EventState::Phase lastPhase = EventState::Phase::Waiting;
    const TokenRecord hostRecord = hostToken->record;
    while (true) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        auto overview = (*server)->state().event(hostRecord, QString::fromStdString(event.event_id()));
        if (!overview)
            return overview.error();
        const EventState &state = overview->state;
        if (state.roundIndex != lastRound || state.phase != lastPhase) {
            if (state.phase == EventState::Phase::Running && state.roundIndex >= 0)
                print(QStringLiteral("Round %1 of %2 running: %3").arg(state.roundIndex + 1).arg(std::size(Rounds))
                          .arg(overview->event.rounds[state.roundIndex].title));
            if ((state.phase == EventState::Phase::Break || state.phase == EventState::Phase::Finished) && state.roundIndex >= 0) {
                const QString roundId = overview->event.rounds[state.roundIndex].id;
                if (auto board = (*server)->state().leaderboard(hostRecord, overview->event.id, roundId))
                    print(QStringLiteral("After round %1, \"%2\":\n%3").arg(state.roundIndex + 1)
                              .arg(overview->event.rounds[state.roundIndex].title, formatStandings(*board)));
            }
            lastRound = state.roundIndex;
            lastPhase = state.phase;
        }
        if (state.phase == EventState::Phase::Finished)
            break;
    }
    for (auto &thread : threads)
        thread.join();
    DemoResult result;
    for (std::size_t i = 0; i < players.size(); ++i) {
        if (!errors[i].isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("simulated officer %1: %2").arg(i).arg(errors[i]));
        result.answersAccepted += players[i]->answersAccepted();
        result.answersRefused += players[i]->answersRefused();
    }
    auto standings = (*server)->state().leaderboard(hostRecord, QString::fromStdString(event.event_id()), {});
    if (!standings)
        return standings.error();
    result.standings = *standings;
    auto csv = (*server)->state().exportCsv(hostRecord, QString::fromStdString(event.event_id()));
    if (csv)
        result.csv = *csv;
    print(QStringLiteral("Final leaderboard (%1 answers accepted, %2 refused as late or already given by a team mate):\n%3")
              .arg(result.answersAccepted).arg(result.answersRefused).arg(formatStandings(result.standings)));
    (*server)->shutdown();
    return result;
}

} // namespace pen::server
