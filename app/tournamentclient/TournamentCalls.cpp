// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TournamentCalls.h"

#include "convert/DomainMessages.h"

#include "DownloadedView.h"

#include "client/ServerConnection.h"
#include "pen/v1/tournament.grpc.pb.h"

#include <QCoreApplication>
#include <QThread>

namespace pen::gui {
namespace {

constexpr int CallSeconds = 15;
constexpr int DownloadSeconds = 120;
constexpr int DownloadAttempts = 4;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

grpc::Status cancelledStatus()
{
    return grpc::Status(grpc::StatusCode::CANCELLED, "the client is disconnecting");
}

} // namespace

TournamentCalls::TournamentCalls(QObject *parent) : QObject(parent) {}

// Here, where ServerConnection is a complete type.
TournamentCalls::~TournamentCalls() = default;

std::shared_ptr<grpc::ClientContext> TournamentCalls::begin(int timeoutSeconds)
{
    std::lock_guard lock(m_mutex);
    if (m_cancelled || !m_connection)
        return nullptr;
    m_active = std::shared_ptr<grpc::ClientContext>(m_connection->context(timeoutSeconds));
    return m_active;
}

void TournamentCalls::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_active)
        m_active->TryCancel();
}

void TournamentCalls::join(const Options &options)
{
    auto connection = server::ServerConnection::connect(options);
    if (!connection) {
        emit joinFailed(-1, connection.error().message);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_connection = std::move(*connection);
    }
    auto context = begin(CallSeconds);
    if (!context) {
        emit joinFailed(int(grpc::StatusCode::CANCELLED), QString::fromStdString(cancelledStatus().error_message()));
        return;
    }
    v1::JoinRequest request;
    request.set_client_name(utf8(QStringLiteral("pentournament %1").arg(QCoreApplication::applicationVersion())));
    v1::JoinReply reply;
    const grpc::Status status = m_connection->tournament().Join(context.get(), request, &reply);
    if (!status.ok())
        emit joinFailed(int(status.error_code()), fromUtf8(status.error_message()));
    else
        emit joined(JoinedEvent::fromProto(reply));
}

// One view's bytes; an interrupted download goes on from where it stopped, a few times.
grpc::Status TournamentCalls::fetchView(const QString &roundId, int scanIndex, int view, quint64 size,
                                        QByteArray *bytes)
{
    grpc::Status status;
    for (int attempt = 0; attempt < DownloadAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250u << attempt);
        auto context = begin(DownloadSeconds);
        if (!context)
            return cancelledStatus();
        v1::FetchScanViewRequest request;
        request.set_round_id(utf8(roundId));
        request.set_scan_index(uint32_t(scanIndex));
        request.set_view(uint32_t(view));
        request.set_offset(uint64_t(bytes->size()));
        auto reader = m_connection->tournament().FetchScanView(context.get(), request);
        v1::Chunk chunk;
        while (reader->Read(&chunk)) {
            if (chunk.offset() != quint64(bytes->size()))
                return grpc::Status(grpc::StatusCode::DATA_LOSS, "the server sent a chunk out of order");
            bytes->append(chunk.data().data(), qsizetype(chunk.data().size()));
        }
        status = reader->Finish();
        if (status.ok() && quint64(bytes->size()) == size)
            return status;
        if (status.ok())
            return grpc::Status(grpc::StatusCode::DATA_LOSS, "the download ended before the whole file");
        if (status.error_code() != grpc::StatusCode::UNAVAILABLE)
            return status;
    }
    return status;
}

void TournamentCalls::fetchScan(const QString &roundId, int scanIndex)
{
    const auto fail = [&](int code, const QString &message) { emit scanFailed(roundId, scanIndex, code, message); };
    auto context = begin(CallSeconds);
    if (!context)
        return fail(int(grpc::StatusCode::CANCELLED), QStringLiteral("the client is disconnecting"));
    v1::GetScanRequest request;
    request.set_round_id(utf8(roundId));
    request.set_scan_index(uint32_t(scanIndex));
    v1::ScanInfo info;
    const grpc::Status status = m_connection->tournament().GetScan(context.get(), request, &info);
    if (!status.ok())
        return fail(int(status.error_code()), fromUtf8(status.error_message()));
    auto scan = std::make_shared<Scan>();
    scan->id = fromUtf8(info.scan_id());
    for (const v1::ViewInfo &view : info.views()) {
        QByteArray bytes;
        const grpc::Status fetched = fetchView(roundId, scanIndex, int(view.index()), view.size_bytes(), &bytes);
        if (!fetched.ok())
            return fail(int(fetched.error_code()), fromUtf8(fetched.error_message()));
        const QString name = QStringLiteral("%1 view %2").arg(scan->id).arg(view.index());
        if (!matchesSha256(bytes, fromUtf8(view.sha256())))
            return fail(-1, QStringLiteral("%1: the bytes received do not match the server's checksum").arg(name));
        auto decoded = decodeDownloadedView(bytes, fromUtf8(view.media_type()), name);
        if (!decoded)
            return fail(-1, decoded.error().message);
        for (ScanView &decodedView : decoded->views) {
            if (decodedView.label.isEmpty())
                decodedView.label = fromUtf8(view.label());
            scan->views.append(std::move(decodedView));
        }
    }
    if (info.has_declaration()) {
        const v1::Declaration &declared = info.declaration();
        Declaration declaration{fromUtf8(declared.goods_description()),
                                fromUtf8(declared.hs_code()),
                                {},
                                fromUtf8(declared.quantity_unit()),
                                {},
                                fromUtf8(declared.origin())};
        if (declared.has_quantity())
            declaration.quantity = declared.quantity();
        if (declared.has_gross_weight_kg())
            declaration.grossWeightKg = declared.gross_weight_kg();
        scan->declaration = declaration;
    }
    emit scanFetched({roundId, scanIndex, std::move(scan)});
}

void TournamentCalls::submit(const PendingAnswer &answer)
{
    auto context = begin(CallSeconds);
    if (!context) {
        emit answerFailed(answer.answerId, int(grpc::StatusCode::CANCELLED),
                          QStringLiteral("the client is disconnecting"));
        return;
    }
    v1::SubmitAnswerRequest request;
    request.set_answer_id(utf8(answer.answerId));
    request.set_round_id(utf8(answer.roundId));
    request.set_scan_index(uint32_t(answer.scanIndex));
    request.set_decision(answer.suspect ? v1::DECISION_SUSPECT : v1::DECISION_CLEAR);
    for (const Mark &mark : answer.marks)
        *request.add_marks() = convert::toProto(mark); // an officer's marks have confidence 1
    for (auto it = answer.toolUse.begin(); it != answer.toolUse.end(); ++it)
        (*request.mutable_tool_use())[utf8(it.key())] = uint32_t(std::max(0, it.value()));
    v1::SubmitAnswerReply reply;
    const grpc::Status status = m_connection->tournament().SubmitAnswer(context.get(), request, &reply);
    if (!status.ok())
        emit answerFailed(answer.answerId, int(status.error_code()), fromUtf8(status.error_message()));
    else
        emit answerAccepted(answer.answerId, int(reply.next_scan_index()), reply.duplicate());
}

grpc::Status TournamentCalls::getMyResults(const QString &roundId, ContestantResults *results)
{
    auto context = begin(CallSeconds);
    if (!context)
        return cancelledStatus();
    v1::GetMyResultsRequest request;
    request.set_round_id(utf8(roundId));
    v1::MyResults reply;
    const grpc::Status status = m_connection->tournament().GetMyResults(context.get(), request, &reply);
    if (status.ok())
        *results = ContestantResults::fromProto(reply, roundId);
    return status;
}

void TournamentCalls::fetchResults(const QString &roundId)
{
    ContestantResults results;
    const grpc::Status status = getMyResults(roundId, &results);
    if (!status.ok())
        emit resultsFailed(roundId, int(status.error_code()), fromUtf8(status.error_message()));
    else
        emit resultsFetched(results);
}

void TournamentCalls::fetchFeedback(const QString &roundId, int scanIndex)
{
    ContestantResults results;
    const grpc::Status status = getMyResults(roundId, &results);
    if (!status.ok())
        emit feedbackFailed(scanIndex, int(status.error_code()), fromUtf8(status.error_message()));
    else
        emit feedbackFetched(results, scanIndex);
}

} // namespace pen::gui
