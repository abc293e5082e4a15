// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ServerFixture.h"

#include "imageset/ImageSetFolder.h"
#include "model/RoundSettings.h"

#include <QDir>
#include <QJsonDocument>

namespace pen::test {

ServerFixture::ServerFixture(std::chrono::milliseconds tickEvery) : m_tickEvery(tickEvery) {}

QString ServerFixture::starterFolder()
{
    return QDir(QStringLiteral(PEN_BUILD_IMAGESETS_DIR)).filePath(QStringLiteral("starter"));
}

QString ServerFixture::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool ServerFixture::start(QString *error)
{
    m_server.reset();
    server::ServerOptions options;
    options.dataFolder = m_data.path();
    options.atdHost = QStringLiteral(PEN_ATD_HOST_BINARY);
    options.listen = m_port ? address() : QStringLiteral("127.0.0.1:0");
    options.tickEvery = m_tickEvery;
    auto started = server::TournamentServer::start(options, [this] { return m_nowMs.load(); });
    if (!started) {
        *error = started.error().message;
        return false;
    }
    m_server = std::move(*started);
    m_port = m_server->port();
    if (m_hostToken.isEmpty()) {
        auto issued = m_server->state().issueBootstrapHostToken(QStringLiteral("test host"), false);
        if (!issued) {
            *error = issued.error().message;
            return false;
        }
        m_hostToken = issued->secret;
        auto set = ImageSetFolder::open(starterFolder());
        if (!set) {
            *error = set.error().message;
            return false;
        }
        m_starter = *set;
        m_host = connect(m_hostToken);
        auto uploaded = m_host->uploadImageSet(starterFolder(), QStringLiteral("starter"));
        if (!uploaded) {
            *error = uploaded.error().message;
            return false;
        }
        m_starterId = QString::fromStdString(uploaded->image_set_id());
    } else {
        m_host = connect(m_hostToken);
    }
    return true;
}

std::unique_ptr<server::ServerConnection> ServerFixture::connect(const QString &token) const
{
    return server::ServerConnection::connect({address(), token, {}, {}}).value();
}

grpc::Status ServerFixture::createEvent(const QString &title, QString *eventId, bool reveal, bool practice)
{
    v1::CreateEventRequest request;
    request.set_title(title.toStdString());
    request.set_reveal_truth_after_round(reveal);
    request.set_practice(practice);
    v1::EventSummary reply;
    auto context = m_host->context();
    const grpc::Status status = m_host->admin().CreateEvent(context.get(), request, &reply);
    *eventId = QString::fromStdString(reply.event_id());
    return status;
}

grpc::Status ServerFixture::addRound(const QString &eventId, const QString &type, int secondsPerScan, int roundSeconds,
                                     QString *roundId, int countdown, int breakSeconds, const QStringList &scans)
{
    RoundSettings settings = RoundSettings::defaultsFor(*roundTypeFromKey(type));
    settings.secondsPerScan = secondsPerScan;
    settings.roundSeconds = roundSeconds;
    return addRound(eventId, settings, roundId, countdown, breakSeconds, scans);
}

grpc::Status ServerFixture::addRound(const QString &eventId, const RoundSettings &settings, QString *roundId,
                                     int countdown, int breakSeconds, const QStringList &scans)
{
    v1::AddRoundRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_title(roundTypeKey(settings.type).toStdString());
    request.set_image_set_id(m_starterId.toStdString());
    for (const QString &scan : scans)
        request.add_scan_ids(scan.toStdString());
    request.set_settings_json(QJsonDocument(settings.toJson()).toJson().toStdString());
    request.set_countdown_seconds(countdown);
    request.set_break_seconds_after(breakSeconds);
    v1::RoundInfo reply;
    auto context = m_host->context();
    const grpc::Status status = m_host->admin().AddRound(context.get(), request, &reply);
    *roundId = QString::fromStdString(reply.round_id());
    return status;
}

grpc::Status ServerFixture::addContestant(const QString &eventId, const QString &name, const QStringList &members,
                                          QString *contestantId)
{
    v1::AddContestantRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_name(name.toStdString());
    for (const QString &member : members)
        request.add_members(member.toStdString());
    v1::ContestantSummary reply;
    auto context = m_host->context();
    const grpc::Status status = m_host->admin().AddContestant(context.get(), request, &reply);
    *contestantId = QString::fromStdString(reply.contestant_id());
    return status;
}

grpc::Status ServerFixture::issueToken(v1::Role role, const QString &eventId, const QString &contestantId,
                                       QString *token, QString *tokenId, const QString &member)
{
    v1::IssueTokenRequest request;
    request.set_role(role);
    request.set_event_id(eventId.toStdString());
    request.set_contestant_id(contestantId.toStdString());
    request.set_member(member.toStdString());
    request.set_label("test");
    v1::IssueTokenReply reply;
    auto context = m_host->context();
    const grpc::Status status = m_host->admin().IssueToken(context.get(), request, &reply);
    *token = QString::fromStdString(reply.token());
    if (tokenId)
        *tokenId = QString::fromStdString(reply.token_id());
    return status;
}

grpc::Status ServerFixture::shareImageSet(const QString &imageSetId, const QString &trainerTokenId)
{
    v1::ShareImageSetRequest request;
    request.set_image_set_id(imageSetId.toStdString());
    request.set_trainer_token_id(trainerTokenId.toStdString());
    v1::ImageSetSummary reply;
    auto context = m_host->context();
    return m_host->admin().ShareImageSet(context.get(), request, &reply);
}

grpc::Status ServerFixture::control(const QString &eventId, v1::ControlEventRequest::Action action,
                                    v1::EventStatus *status)
{
    v1::ControlEventRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_action(action);
    v1::EventStatus reply;
    auto context = m_host->context();
    const grpc::Status result = m_host->admin().ControlEvent(context.get(), request, &reply);
    if (status)
        *status = reply;
    return result;
}

v1::Leaderboard ServerFixture::leaderboard(const QString &eventId, const QString &roundId)
{
    v1::WatchLeaderboardRequest request;
    request.set_event_id(eventId.toStdString());
    request.set_round_id(roundId.toStdString());
    auto context = m_host->context(10);
    auto reader = m_host->admin().WatchLeaderboard(context.get(), request);
    v1::Leaderboard board;
    reader->Read(&board);
    context->TryCancel();
    reader->Finish();
    return board;
}

grpc::Status submit(server::ServerConnection &connection, const QString &roundId, int scanIndex,
                    const QString &answerId, const QList<v1::Mark> &marks, v1::SubmitAnswerReply *reply)
{
    v1::SubmitAnswerRequest request;
    request.set_answer_id(answerId.toStdString());
    request.set_round_id(roundId.toStdString());
    request.set_scan_index(uint32_t(scanIndex));
    for (const v1::Mark &mark : marks)
        *request.add_marks() = mark;
    v1::SubmitAnswerReply local;
    auto context = connection.context();
    return connection.tournament().SubmitAnswer(context.get(), request, reply ? reply : &local);
}

v1::Mark markOn(const QRectF &box, const QString &category, int view)
{
    v1::Mark mark;
    mark.mutable_box()->set_view(uint32_t(view));
    mark.mutable_box()->set_x(box.x());
    mark.mutable_box()->set_y(box.y());
    mark.mutable_box()->set_width(box.width());
    mark.mutable_box()->set_height(box.height());
    mark.set_category(category.toStdString());
    return mark;
}

v1::EventUpdate firstUpdate(server::ServerConnection &connection, grpc::Status *status)
{
    auto context = connection.context(10);
    auto reader = connection.tournament().WatchEvent(context.get(), v1::WatchEventRequest());
    v1::EventUpdate update;
    const bool read = reader->Read(&update);
    context->TryCancel();
    const grpc::Status finished = reader->Finish();
    if (status)
        *status = read ? grpc::Status::OK : finished;
    return update;
}

} // namespace pen::test
