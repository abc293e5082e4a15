// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "pen/v1/common.pb.h"

#include <QFile>

#include <optional>

#include <grpcpp/support/server_callback.h>

namespace pen::server {

/// NOT_FOUND naming how many views a scan has, where view is not one of them.
inline std::optional<grpc::Status> missingView(int views, uint32_t view)
{
    if (view < uint32_t(views))
        return std::nullopt;
    return grpc::Status(
        grpc::StatusCode::NOT_FOUND,
        QStringLiteral("the scan has %1 views; there is no view %2").arg(views).arg(view).toStdString());
}

/// Streams one stored file from an offset, a chunk per write. Created at once; started (or
/// refused) later from the thread that prepared the file, since gRPC holds what a reactor starts
/// before the library has bound it.
class FileStreamReactor final : public grpc::ServerWriteReactor<v1::Chunk> {
public:
    static constexpr qint64 ChunkBytes = 1 << 20;

    void refuse(const grpc::Status &status) { Finish(status); }
    void start(const QString &path, qint64 offset)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            Finish(grpc::Status(grpc::StatusCode::INTERNAL, "the scan file cannot be read on the server"));
            return;
        }
        if (offset < 0 || offset > m_file.size()) {
            Finish(grpc::Status(grpc::StatusCode::OUT_OF_RANGE,
                                QStringLiteral("offset %1 is beyond the file's %2 bytes")
                                    .arg(offset)
                                    .arg(m_file.size())
                                    .toStdString()));
            return;
        }
        m_file.seek(offset);
        next();
    }
    void OnWriteDone(bool ok) override
    {
        if (!ok) {
            Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the download broke"));
            return;
        }
        next();
    }
    void OnDone() override { delete this; }

private:
    void next()
    {
        if (m_file.atEnd()) {
            Finish(grpc::Status::OK);
            return;
        }
        m_chunk.set_offset(uint64_t(m_file.pos()));
        m_chunk.set_total_size(uint64_t(m_file.size()));
        const QByteArray data = m_file.read(ChunkBytes);
        m_chunk.set_data(data.constData(), std::size_t(data.size()));
        StartWrite(&m_chunk);
    }

    QFile m_file;
    v1::Chunk m_chunk;
};

} // namespace pen::server
