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
    const char *member; ///< for a team; nullptr for an officer alone
    OfficerSkill skill;
};

Expected<void> checked(const grpc::Status &status, const QString &what)
{
    if (status.ok())
        return {};
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, ServerConnection::describe(status)));
}

// The contestants: four officers alone, from novice to expert, and a team of two. Each row is one
// player with a token of its own; the two rows of the team share one contestant.
QList<DemoOfficer> demoOfficers(double look)
{
    return {
        {"A. Novice", nullptr, {QStringLiteral("novice"), 0.45, 0.35, 0.7, look * 1.2}},
        {"B. Trained", nullptr, {QStringLiteral("trained"), 0.7, 0.2, 0.85, look}},
        {"C. Experienced", nullptr, {QStringLiteral("experienced"), 0.85, 0.1, 0.95, look * 0.8}},
        {"D. Expert", nullptr, {QStringLiteral("expert"), 0.95, 0.05, 1.0, look * 0.6}},
        {"Team North", "E. North", {QStringLiteral("trained"), 0.7, 0.15, 0.9, look}},
        {"Team North", "F. North", {QStringLiteral("trained"), 0.75, 0.15, 0.9, look * 1.1}},
    };
}

/// One demo event from start to end, a step at a time. The members are declared in the order they
/// are made, so that they go in reverse: the players before the host's connection, that before
/// the server, and the server before its data folder.
class DemoRun {
public:
    explicit DemoRun(const DemoOptions &options) : m_options(options) {}
    /// A step that fails while the players play (following the event) leaves them running: stop
    /// them, or their threads would end the process as they are destroyed.
    ~DemoRun() { stopPlayers(); }
    DemoRun(const DemoRun &) = delete;
    DemoRun &operator=(const DemoRun &) = delete;

    Expected<void> startServer();
    Expected<void> uploadImageSets();
    Expected<void> createEvent();
    Expected<void> addRounds();
    Expected<void> addContestants();
    Expected<void> startEvent();
    Expected<void> followEvent();
    Expected<DemoResult> finish();

private:
    void print(const QString &line) const
    {
        if (m_options.print)
            m_options.print(line);
    }
    Expected<void> uploadImageSet(const DemoRound &round);
    Expected<void> addRound(const DemoRound &round);
    Expected<void> addContestant(const DemoOfficer &officer);
    Expected<void> issueToken(const DemoOfficer &officer, quint32 seed);
    void startPlayers();
    void stopPlayers();
    void reportChange(const TournamentState::EventOverview &overview);

    const DemoOptions &m_options;
    QTemporaryDir m_data;
    std::unique_ptr<TournamentServer> m_server;
    TokenRecord m_hostRecord;
    QString m_address;
    std::unique_ptr<ServerConnection> m_host;
    RoundTruth m_truth; ///< the officers' own copy of the truth: what a person would see in the scans
    QMap<QString, QString> m_setIds;
    QMap<QString, ImageSet> m_sets;
    v1::EventSummary m_event;
    QMap<QString, QString> m_contestantIds;
    std::vector<std::unique_ptr<SimulatedOfficer>> m_players;
    std::vector<std::thread> m_threads;
    std::vector<QString> m_errors; ///< one per player, empty while it has not failed
    int m_lastRound = -2;
    EventState::Phase m_lastPhase = EventState::Phase::Waiting;
};

// A server of its own on a free loopback port, with its data in a folder that goes with it.
Expected<void> DemoRun::startServer()
{
    if (!m_data.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary data folder"));
    ServerOptions serverOptions;
    serverOptions.dataFolder = m_data.path();
    serverOptions.listen = QStringLiteral("127.0.0.1:0");
    auto server = TournamentServer::start(serverOptions);
    if (!server)
        return server.error();
    m_server = std::move(*server);
    print(QStringLiteral("Tournament server listening on 127.0.0.1:%1 (data in a temporary folder)")
              .arg(m_server->port()));
    auto hostToken = m_server->state().issueBootstrapHostToken(QStringLiteral("demo host"), false);
    if (!hostToken)
        return hostToken.error();
    m_hostRecord = hostToken->record;
    m_address = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
    auto host = ServerConnection::connect({m_address, hostToken->secret, {}, {}});
    if (!host)
        return host.error();
    m_host = std::move(*host);
    return {};
}

Expected<void> DemoRun::uploadImageSets()
{
    for (const DemoRound &round : Rounds) {
        if (auto uploaded = uploadImageSet(round); !uploaded)
            return uploaded.error();
    }
    return {};
}

// Opens the set here too: its truth is what the officers will "see".
Expected<void> DemoRun::uploadImageSet(const DemoRound &round)
{
    const QString folder = QDir(m_options.imageSetsFolder).filePath(QString::fromLatin1(round.set));
    auto set = ImageSetFolder::open(folder);
    if (!set)
        return set.error();
    m_sets.insert(QString::fromLatin1(round.set), *set);
    int lastPercent = -1;
    auto uploaded = m_host->uploadImageSet(folder, QString::fromLatin1(round.set), [&](qint64 sent, qint64 total) {
        const int percent = int(100 * sent / std::max<qint64>(1, total));
        if (percent / 25 != lastPercent / 25)
            print(QStringLiteral("  uploading %1: %2%").arg(QString::fromLatin1(round.set)).arg(percent));
        lastPercent = percent;
    });
    if (!uploaded)
        return uploaded.error();
    m_setIds.insert(QString::fromLatin1(round.set), QString::fromStdString(uploaded->image_set_id()));
    print(QStringLiteral("Image set %1 stored and checked: %2 scans, %3 objects")
              .arg(QString::fromLatin1(round.set))
              .arg(uploaded->scan_count())
              .arg(uploaded->object_count()));
    return {};
}

Expected<void> DemoRun::createEvent()
{
    v1::CreateEventRequest request;
    request.set_title("PEN-Tournament demo");
    request.set_reveal_truth_after_round(true);
    auto context = m_host->context();
    return checked(m_host->admin().CreateEvent(context.get(), request, &m_event), QStringLiteral("create event"));
}

Expected<void> DemoRun::addRounds()
{
    for (const DemoRound &round : Rounds) {
        if (auto added = addRound(round); !added)
            return added.error();
    }
    return {};
}

// The first scansPerRound scans of the round's set, each with a deadline and no round limit.
Expected<void> DemoRun::addRound(const DemoRound &round)
{
    v1::AddRoundRequest request;
    request.set_event_id(m_event.event_id());
    request.set_title(round.title);
    request.set_image_set_id(m_setIds.value(QString::fromLatin1(round.set)).toStdString());
    const ImageSet *set = &m_sets[QString::fromLatin1(round.set)];
    for (int i = 0; i < std::min<int>(m_options.scansPerRound, int(set->entries.size())); ++i)
        request.add_scan_ids(set->entries[i].scan.id.toStdString());
    RoundSettings settings
        = set->round.value_or(RoundSettings::defaultsFor(*roundTypeFromKey(QString::fromLatin1(round.type))));
    settings.secondsPerScan = m_options.secondsPerScan;
    settings.roundSeconds = 0;
    request.set_settings_json(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact).toStdString());
    request.set_countdown_seconds(2);
    request.set_break_seconds_after(m_options.breakSeconds);
    v1::RoundInfo info;
    auto context = m_host->context();
    if (auto ok = checked(m_host->admin().AddRound(context.get(), request, &info), QStringLiteral("add round")); !ok)
        return ok.error();
    for (const std::string &scanId : request.scan_ids())
        m_truth[QString::fromStdString(info.round_id())].append(set->find(QString::fromStdString(scanId))->scan.truth);
    return {};
}

// Every officer gets a token and a simulated player; a team is added once, with its first member.
Expected<void> DemoRun::addContestants()
{
    quint32 seed = 1;
    for (const DemoOfficer &officer : demoOfficers(m_options.lookSeconds)) {
        if (!m_contestantIds.contains(QString::fromLatin1(officer.name))) {
            if (auto added = addContestant(officer); !added)
                return added.error();
        }
        if (auto issued = issueToken(officer, seed++); !issued)
            return issued.error();
    }
    print(QStringLiteral("Event \"%1\": %2 rounds, %3 contestants (one a team of two), %4 scans a round")
              .arg(QString::fromStdString(m_event.title()))
              .arg(std::size(Rounds))
              .arg(m_contestantIds.size())
              .arg(m_options.scansPerRound));
    return {};
}

Expected<void> DemoRun::addContestant(const DemoOfficer &officer)
{
    v1::AddContestantRequest request;
    request.set_event_id(m_event.event_id());
    request.set_name(officer.name);
    if (officer.member) {
        request.add_members("E. North");
        request.add_members("F. North");
    }
    v1::ContestantSummary contestant;
    auto context = m_host->context();
    if (auto ok
        = checked(m_host->admin().AddContestant(context.get(), request, &contestant), QStringLiteral("add contestant"));
        !ok)
        return ok.error();
    m_contestantIds.insert(QString::fromLatin1(officer.name), QString::fromStdString(contestant.contestant_id()));
    return {};
}

// A team's members each get a token of their own, labelled with the member's name.
Expected<void> DemoRun::issueToken(const DemoOfficer &officer, quint32 seed)
{
    v1::IssueTokenRequest request;
    request.set_role(v1::ROLE_CONTESTANT);
    request.set_event_id(m_event.event_id());
    request.set_contestant_id(m_contestantIds.value(QString::fromLatin1(officer.name)).toStdString());
    request.set_label(officer.member ? officer.member : officer.name);
    v1::IssueTokenReply token;
    auto context = m_host->context();
    if (auto ok = checked(m_host->admin().IssueToken(context.get(), request, &token), QStringLiteral("issue token"));
        !ok)
        return ok.error();
    m_players.push_back(std::make_unique<SimulatedOfficer>(
        ServerConnection::Options{m_address, QString::fromStdString(token.token()), {}, {}}, officer.skill, m_truth,
        seed));
    return {};
}

// The players join before the start, so that none misses the first round's countdown.
Expected<void> DemoRun::startEvent()
{
    startPlayers();
    v1::ControlEventRequest start;
    start.set_event_id(m_event.event_id());
    start.set_action(v1::ControlEventRequest::ACTION_START);
    v1::EventStatus status;
    auto context = m_host->context();
    if (auto ok = checked(m_host->admin().ControlEvent(context.get(), start, &status), QStringLiteral("start")); !ok) {
        stopPlayers();
        return ok.error();
    }
    print(QStringLiteral("Started."));
    return {};
}

void DemoRun::startPlayers()
{
    m_errors.resize(m_players.size());
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        m_threads.emplace_back([this, i] {
            if (auto played = m_players[i]->run(); !played)
                m_errors[i] = played.error().message;
        });
    }
}

void DemoRun::stopPlayers()
{
    for (auto &player : m_players)
        player->stop();
    for (auto &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

// Follows the event as the host does, until it finishes.
Expected<void> DemoRun::followEvent()
{
    while (true) {
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        auto overview = m_server->state().event(m_hostRecord, QString::fromStdString(m_event.event_id()));
        if (!overview)
            return overview.error();
        reportChange(*overview);
        if (overview->state.phase == EventState::Phase::Finished)
            return {};
    }
}

// A progress line when a round starts running, the round's table when it ends.
void DemoRun::reportChange(const TournamentState::EventOverview &overview)
{
    const EventState &state = overview.state;
    if (state.roundIndex == m_lastRound && state.phase == m_lastPhase)
        return;
    if (state.phase == EventState::Phase::Running && state.roundIndex >= 0)
        print(QStringLiteral("Round %1 of %2 running: %3")
                  .arg(state.roundIndex + 1)
                  .arg(std::size(Rounds))
                  .arg(overview.event.rounds[state.roundIndex].title));
    if ((state.phase == EventState::Phase::Break || state.phase == EventState::Phase::Finished)
        && state.roundIndex >= 0) {
        const QString roundId = overview.event.rounds[state.roundIndex].id;
        if (auto board = m_server->state().leaderboard(m_hostRecord, overview.event.id, roundId))
            print(QStringLiteral("After round %1, \"%2\":\n%3")
                      .arg(state.roundIndex + 1)
                      .arg(overview.event.rounds[state.roundIndex].title, formatStandings(*board)));
    }
    m_lastRound = state.roundIndex;
    m_lastPhase = state.phase;
}

// Waits for the players, then takes the event's leaderboard and CSV; a player's error fails the demo.
Expected<DemoResult> DemoRun::finish()
{
    for (auto &thread : m_threads)
        thread.join();
    DemoResult result;
    for (std::size_t i = 0; i < m_players.size(); ++i) {
        if (!m_errors[i].isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("simulated officer %1: %2").arg(i).arg(m_errors[i]));
        result.answersAccepted += m_players[i]->answersAccepted();
        result.answersRefused += m_players[i]->answersRefused();
    }
    auto standings = m_server->state().leaderboard(m_hostRecord, QString::fromStdString(m_event.event_id()), {});
    if (!standings)
        return standings.error();
    result.standings = *standings;
    if (auto csv = m_server->state().exportCsv(m_hostRecord, QString::fromStdString(m_event.event_id())))
        result.csv = *csv;
    print(QStringLiteral(
              "Final leaderboard (%1 answers accepted, %2 refused as late or already given by a team mate):\n%3")
              .arg(result.answersAccepted)
              .arg(result.answersRefused)
              .arg(formatStandings(result.standings)));
    m_server->shutdown();
    return result;
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
    DemoRun demo(options);
    const auto steps = {&DemoRun::startServer,    &DemoRun::uploadImageSets, &DemoRun::createEvent, &DemoRun::addRounds,
                        &DemoRun::addContestants, &DemoRun::startEvent,      &DemoRun::followEvent};
    for (const auto step : steps) {
        if (auto done = (demo.*step)(); !done)
            return done.error();
    }
    return demo.finish();
}

} // namespace pen::server
