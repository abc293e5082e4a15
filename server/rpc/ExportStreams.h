// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "pen/v1/admin.grpc.pb.h"
#include "pen/v1/machines.grpc.pb.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <grpcpp/grpcpp.h>

#include <memory>
#include <optional>

namespace pen::server {

/// The most a message of an export carries: far below the 4 MiB message limit, so that an export
/// is limited by nothing but the server's disk and memory.
constexpr qint64 ExportPieceBytes = 1 << 20;

/// An export sent as a stream of pieces, one write after the other, until fill says it is done.
template <typename Message> class PiecewiseStream : public grpc::ServerWriteReactor<Message> {
public:
    void OnWriteDone(bool ok) override
    {
        if (!ok) {
            this->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the export broke off"));
            return;
        }
        next();
    }
    void OnDone() override { delete this; }

protected:
    /// Fills the next piece; a status ends the stream instead (OK once everything is sent).
    virtual std::optional<grpc::Status> fill(Message &piece) = 0;
    void next()
    {
        m_piece.Clear();
        if (auto end = fill(m_piece)) {
            this->Finish(*end);
            return;
        }
        this->StartWrite(&m_piece);
    }

private:
    Message m_piece;
};

/// Streams an event's results CSV in pieces of ExportPieceBytes, in order.
class CsvExportStream final : public PiecewiseStream<v1::ExportResultsReply> {
public:
    explicit CsvExportStream(QByteArray csv) : m_csv(std::move(csv)) { next(); }

private:
    std::optional<grpc::Status> fill(v1::ExportResultsReply &piece) override;

    QByteArray m_csv;
    qint64 m_sent = 0;
};

/// Streams the Threat Detection Reports written into a temporary folder, in batches of about
/// ExportPieceBytes (a batch holds at least one file); the folder goes when the call ends.
class ThreatReportStream final : public PiecewiseStream<v1::ThreatReportFiles> {
public:
    ThreatReportStream(std::unique_ptr<QTemporaryDir> folder, QStringList files)
        : m_folder(std::move(folder)), m_files(std::move(files))
    {
        next();
    }

private:
    std::optional<grpc::Status> fill(v1::ThreatReportFiles &batch) override;

    std::unique_ptr<QTemporaryDir> m_folder;
    QStringList m_files; ///< relative to m_folder
    int m_nextFile = 0;
};

} // namespace pen::server
