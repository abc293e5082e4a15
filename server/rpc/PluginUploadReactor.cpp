// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginUploadReactor.h"

#include "Conversions.h"
#include "MachineService.h"

namespace pen::server {

PluginUploadReactor::PluginUploadReactor(MachineEvaluation &machines, QString stagingRoot, PluginUploadLimits limits,
                                         TokenRecord caller, v1::PluginSummary *reply)
    : m_machines(machines), m_stagingRoot(std::move(stagingRoot)), m_limits(limits), m_caller(std::move(caller)),
      m_reply(reply)
{
    StartRead(&m_part);
}

void PluginUploadReactor::OnReadDone(bool ok)
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

void PluginUploadReactor::OnCancel()
{
    // A cancelled call is not read further; the staging folder goes with the receiver in OnDone.
}

void PluginUploadReactor::OnDone()
{
    if (m_worker.joinable()) {
        if (m_worker.get_id() == std::this_thread::get_id())
            m_worker.detach(); // gRPC ran this reaction inline, on the worker itself
        else
            m_worker.join();
    }
    delete this;
}

Expected<void> PluginUploadReactor::handle()
{
    if (m_part.has_header()) {
        if (m_receiver)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("a second header in one upload"));
        return start(m_part.header());
    }
    if (!m_receiver)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the upload must start with its header"));
    const v1::PluginUpload::Chunk &chunk = m_part.chunk();
    return m_receiver->write(fromProto(chunk.path()), qint64(std::min<uint64_t>(chunk.offset(), uint64_t(1) << 50)),
                             QByteArray(chunk.data().data(), qsizetype(chunk.data().size())));
}

Expected<void> PluginUploadReactor::start(const v1::PluginUpload::Header &header)
{
    m_plugin.eventId = fromProto(header.event_id());
    if (auto allowed = m_machines.checkUpload(m_caller, m_plugin.eventId); !allowed)
        return allowed;
    m_plugin.label = fromProto(header.label());
    m_plugin.version = fromProto(header.version());
    m_plugin.libraryPath = fromProto(header.library_path());
    m_plugin.program = fromProto(header.program());
    for (const std::string &argument : header.arguments())
        m_plugin.arguments.append(fromProto(argument));
    m_plugin.config = fromProto(header.config());
    // The count first: a header of a million names is refused before they are read.
    if (header.files_size() > m_limits.maxFiles)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the upload names %1 files: at most %2").arg(header.files_size()).arg(m_limits.maxFiles));
    QList<AnnouncedFile> files;
    for (const v1::PluginUpload::File &file : header.files())
        files.append(
            {fromProto(file.path()), qint64(std::min<uint64_t>(file.size(), uint64_t(1) << 50)), file.executable()});
    auto receiver = PluginUploadReceiver::create(m_stagingRoot, files, m_limits);
    if (!receiver)
        return receiver.error();
    m_receiver = std::move(*receiver);
    return {};
}

void PluginUploadReactor::complete()
{
    if (!m_receiver) {
        Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the upload was empty: it sent no header"));
        return;
    }
    if (auto finished = m_receiver->finish(); !finished) {
        fail(statusOf(finished.error()));
        return;
    }
    m_worker = std::thread([this] {
        auto added = m_machines.addUploadedPlugin(m_caller, m_plugin, m_receiver->folder());
        if (!added) {
            fail(statusOf(added.error()));
            return;
        }
        m_receiver->keep();
        *m_reply = summaryOf(*added, m_machines);
        Finish(grpc::Status::OK);
    });
}

void PluginUploadReactor::fail(const grpc::Status &status)
{
    m_receiver.reset(); // removes the staging folder
    Finish(status);
}

} // namespace pen::server
