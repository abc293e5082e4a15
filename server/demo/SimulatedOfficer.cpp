// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SimulatedOfficer.h"

#include <QUuid>

#include <chrono>
#include <thread>

namespace pen::server {

SimulatedOfficer::SimulatedOfficer(ServerConnection::Options connection, OfficerSkill skill, RoundTruth truth,
                                   quint32 seed)
    : m_options(std::move(connection)), m_skill(std::move(skill)), m_truth(std::move(truth)), m_random(seed)
{
}

Expected<void> SimulatedOfficer::run()
{
    auto connection = ServerConnection::connect(m_options);
    if (!connection)
        return connection.error();
    m_connection = std::move(*connection);
    v1::JoinReply joined;
    {
        auto context = m_connection->context();
        const grpc::Status status = m_connection->tournament().Join(context.get(), v1::JoinRequest(), &joined);
        if (!status.ok())
            return makeError(ErrorCode::Io, ServerConnection::describe(status));
    }
    while (!m_stop) {
        auto context = m_connection->context(0);
        auto stream = m_connection->tournament().WatchEvent(context.get(), v1::WatchEventRequest());
        v1::EventUpdate update;
        while (!m_stop && stream->Read(&update)) {
            if (update.phase() == v1::PHASE_FINISHED) {
                context->TryCancel();
                stream->Finish();
                return {};
            }
            if (auto played = play(update); !played) {
                context->TryCancel();
                stream->Finish();
                return played;
            }
        }
        context->TryCancel();
        const grpc::Status status = stream->Finish();
        if (m_stop || status.ok())
            return {};
        if (status.error_code() != grpc::StatusCode::UNAVAILABLE && status.error_code() != grpc::StatusCode::CANCELLED)
            return makeError(ErrorCode::Io, ServerConnection::describe(status));
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // reconnect: the server restarts
    }
    return {};
}

Expected<void> SimulatedOfficer::play(const v1::EventUpdate &update)
{
    if (update.phase() != v1::PHASE_RUNNING || update.scan_id().empty())
        return {};
    const QString key
        = QStringLiteral("%1/%2").arg(QString::fromStdString(update.round().round_id())).arg(update.scan_index());
    if (key == m_lastAnswered)
        return {};
    m_lastAnswered = key;

    v1::GetScanRequest request;
    request.set_round_id(update.round().round_id());
    request.set_scan_index(update.scan_index());
    v1::ScanInfo scan;
    {
        auto context = m_connection->context();
        const grpc::Status status = m_connection->tournament().GetScan(context.get(), request, &scan);
        if (!status.ok())
            return {}; // the round moved on meanwhile
    }
    for (const v1::ViewInfo &view : scan.views()) {
        v1::FetchScanViewRequest fetch;
        fetch.set_round_id(request.round_id());
        fetch.set_scan_index(request.scan_index());
        fetch.set_view(view.index());
        auto context = m_connection->context();
        auto reader = m_connection->tournament().FetchScanView(context.get(), fetch);
        v1::Chunk chunk;
        while (reader->Read(&chunk))
            m_bytes += qint64(chunk.data().size());
        reader->Finish();
    }
    const double look = m_skill.lookSeconds * (0.5 + m_random.generateDouble());
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(qint64(look * 1000));
    while (!m_stop && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));

    v1::SubmitAnswerRequest answer;
    answer.set_answer_id(QUuid::createUuid().toString(QUuid::Id128).toStdString());
    answer.set_round_id(request.round_id());
    answer.set_scan_index(request.scan_index());
    const QList<v1::Mark> marks = marksFor(scan, update.round());
    for (const v1::Mark &mark : marks)
        *answer.add_marks() = mark;
    answer.set_decision(marks.isEmpty() ? v1::DECISION_CLEAR : v1::DECISION_SUSPECT);
    (*answer.mutable_tool_use())["zoom"] = m_random.bounded(4);
    v1::SubmitAnswerReply reply;
    auto context = m_connection->context();
    const grpc::Status status = m_connection->tournament().SubmitAnswer(context.get(), answer, &reply);
    if (status.ok())
        ++m_accepted;
    else
        ++m_refused; // too late, or the team mate was faster
    return {};
}

QList<v1::Mark> SimulatedOfficer::marksFor(const v1::ScanInfo &scan, const v1::RoundInfo &round)
{
    QList<v1::Mark> marks;
    const bool declarationCheck = round.type() == v1::ROUND_TYPE_DECLARATION_CHECK;
    QStringList targets;
    for (const std::string &category : round.target_categories())
        targets.append(QString::fromStdString(category));
    const auto addMark = [&](const Region &region, const QString &category) {
        v1::Mark mark;
        const QRectF box = region.bounds();
        mark.mutable_box()->set_view(uint32_t(region.viewIndex));
        mark.mutable_box()->set_x(box.x());
        mark.mutable_box()->set_y(box.y());
        mark.mutable_box()->set_width(box.width());
        mark.mutable_box()->set_height(box.height());
        mark.set_category(category.toStdString());
        marks.append(mark);
    };
    for (const GroundTruthObject &object :
         m_truth.value(QString::fromStdString(round.round_id())).value(int(scan.scan_index()))) {
        const bool target = declarationCheck
            ? !object.inconsistency.isEmpty()
            : (targets.isEmpty() ? object.category != QLatin1String("other") : targets.contains(object.category));
        if (!target || object.regions.isEmpty() || m_random.generateDouble() >= m_skill.hitProbability)
            continue;
        QString category = declarationCheck ? object.inconsistency : object.category;
        if (m_random.generateDouble() >= m_skill.categoryAccuracy)
            category = declarationCheck ? QStringLiteral("wrong-weight") : QStringLiteral("weapons");
        addMark(object.regions.first(), category);
    }
    if (m_random.generateDouble() < m_skill.falseAlarmProbability && !scan.views().empty()) {
        const v1::ViewInfo &view = scan.views(0);
        const double w = view.width() / 8.0, h = view.height() / 8.0;
        const QRectF box(m_random.generateDouble() * (view.width() - w),
                         m_random.generateDouble() * (view.height() - h), w, h);
        addMark(Region{0, box, {}},
                declarationCheck ? QStringLiteral("undeclared-goods")
                                 : (targets.isEmpty() ? QStringLiteral("narcotics") : targets.first()));
    }
    return marks;
}

} // namespace pen::server
