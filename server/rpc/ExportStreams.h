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

namespace pen::server {

/// The most a message of an export carries: far below the 4 MiB message limit, so that an export
/// is limited by nothing but the server's disk and memory.
constexpr qint64 ExportPieceBytes = 1 << 20;

/// Streams an event's results CSV in pieces of ExportPieceBytes, in order.
class CsvExportStream final : public grpc::ServerWriteReactor<v1::ExportResultsReply> {
public:
    explicit CsvExportStream(QByteArray csv);
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void next();

    QByteArray m_csv;
    qint64 m_sent = 0;
    v1::ExportResultsReply m_piece;
};

/// Streams the Threat Detection Reports written into a temporary folder, in batches of about
/// ExportPieceBytes (a batch holds at least one file); the folder goes when the call ends.
class ThreatReportStream final : public grpc::ServerWriteReactor<v1::ThreatReportFiles> {
public:
    ThreatReportStream(std::unique_ptr<QTemporaryDir> folder, QStringList files);
    void OnWriteDone(bool ok) override;
    void OnDone() override { delete this; }

private:
    void next();

    std::unique_ptr<QTemporaryDir> m_folder;
    QStringList m_files;  ///< relative to m_folder
    int m_nextFile = 0;
    v1::ThreatReportFiles m_batch;
};

} // namespace pen::server
