// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// AdminService's image-set calls: uploads in chunks, the library's list and shares, generated sets.
#include "AdminService.h"

#include "CallEnds.h"
#include "Conversions.h"
#include "GenerateSetReactor.h"
#include "ImageSetReceiver.h"

#include <QDir>

#include <memory>
#include <thread>

namespace pen::server {
namespace {

/// Receives an image set's files into a staging folder, then hands the folder to TournamentState,
/// which checks it in full (on a thread of its own: decoding every scan takes a while).
class UploadReactor final : public grpc::ServerReadReactor<v1::ImageSetUpload> {
public:
    UploadReactor(TournamentState &state, TokenRecord caller, v1::ImageSetSummary *reply)
        : m_state(state), m_caller(std::move(caller)), m_reply(reply)
    {
        StartRead(&m_part);
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            complete();
            return;
        }
        if (auto handled = handle(); !handled) {
            fail(statusOf(handled.error()));
            return;
        }
        m_part.Clear();
        StartRead(&m_part);
    }

    void OnCancel() override
    {
        if (m_receiver)
            m_receiver->discard();
    }

    void OnDone() override
    {
        if (m_worker.joinable()) {
            if (m_worker.get_id() == std::this_thread::get_id())
                m_worker.detach(); // gRPC ran this reaction inline, on the worker itself
            else
                m_worker.join();
        }
        delete this;
    }

private:
    Expected<void> handle()
    {
        if (m_part.has_header()) {
            if (m_receiver)
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("a second header in one upload"));
            m_name = fromProto(m_part.header().name());
            auto receiver = ImageSetReceiver::create(
                QDir(m_state.dataFolder()).filePath(QStringLiteral("staging")),
                qint64(std::min<uint64_t>(m_part.header().total_bytes(), uint64_t(1) << 50)));
            if (!receiver)
                return receiver.error();
            m_receiver = std::move(*receiver);
            return {};
        }
        if (!m_receiver)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the upload must start with its header"));
        const auto &file = m_part.file();
        return m_receiver->write(fromProto(file.path()), qint64(std::min<uint64_t>(file.offset(), uint64_t(1) << 50)),
                                 QByteArray(file.data().data(), qsizetype(file.data().size())));
    }

    void complete()
    {
        if (!m_receiver) {
            Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the upload held nothing"));
            return;
        }
        if (auto finished = m_receiver->finish(); !finished) {
            fail(statusOf(finished.error()));
            return;
        }
        m_worker = std::thread([this] {
            auto record = m_state.addImageSet(m_caller, m_name, m_receiver->folder());
            if (!record) {
                m_receiver->discard();
                Finish(statusOf(record.error()));
                return;
            }
            *m_reply = summaryOf(m_state, *record);
            Finish(grpc::Status::OK);
        });
    }

    void fail(const grpc::Status &status)
    {
        if (m_receiver)
            m_receiver->discard();
        Finish(status);
    }

    TournamentState &m_state;
    TokenRecord m_caller;
    v1::ImageSetSummary *m_reply;
    v1::ImageSetUpload m_part;
    QString m_name;
    std::unique_ptr<ImageSetReceiver> m_receiver;
    std::thread m_worker;
};

} // namespace

grpc::ServerReadReactor<v1::ImageSetUpload> *AdminService::UploadImageSet(grpc::CallbackServerContext *context,
                                                                          v1::ImageSetSummary *reply)
{
    using Refused = RefusedUpload<v1::ImageSetUpload>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    if (caller->role != Role::Host && caller->role != Role::Trainer)
        return new Refused(
            statusOf(makeError(ErrorCode::PermissionDenied,
                               QStringLiteral("a %1 token cannot upload image sets").arg(roleName(caller->role)))));
    return new UploadReactor(m_state, *caller, reply);
}

grpc::ServerUnaryReactor *AdminService::ListImageSets(grpc::CallbackServerContext *context,
                                                      const v1::ListImageSetsRequest *, v1::ListImageSetsReply *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto sets = m_state.imageSets(*caller);
    if (!sets)
        return finish(context, statusOf(sets.error()));
    for (const ImageSetRecord &record : *sets)
        *reply->add_image_sets() = summaryOf(m_state, record);
    return finish(context, grpc::Status::OK);
}

grpc::ServerUnaryReactor *AdminService::ShareImageSet(grpc::CallbackServerContext *context,
                                                      const v1::ShareImageSetRequest *request,
                                                      v1::ImageSetSummary *reply)
{
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return finish(context, statusOf(caller.error()));
    auto shared = m_state.shareImageSet(*caller, fromProto(request->image_set_id()),
                                        fromProto(request->trainer_token_id()), !request->withdraw());
    if (!shared)
        return finish(context, statusOf(shared.error()));
    *reply = summaryOf(m_state, *shared);
    return finish(context, grpc::Status::OK);
}

grpc::ServerWriteReactor<v1::GenerateImageSetProgress> *
AdminService::GenerateImageSet(grpc::CallbackServerContext *context, const v1::GenerateImageSetRequest *request)
{
    using Refused = RefusedStream<v1::GenerateImageSetProgress>;
    auto caller = m_state.authenticate(secretOf(context));
    if (!caller)
        return new Refused(statusOf(caller.error()));
    const QString name = fromProto(request->name());
    if (auto allowed = m_state.checkNewImageSet(*caller, name); !allowed)
        return new Refused(statusOf(allowed.error()));
    auto generation = generationOf(*request);
    if (!generation)
        return new Refused(statusOf(generation.error()));
    return new GenerateSetReactor(m_state, *caller, name, *generation);
}

} // namespace pen::server
