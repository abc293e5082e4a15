// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ExportDownloads.h"

namespace pen::server {

grpc::Status downloadResultsCsv(v1::Admin::Stub &admin, grpc::ClientContext *context, const QString &eventId,
                                QByteArray &csv)
{
    v1::ExportResultsRequest request;
    request.set_event_id(eventId.toStdString());
    csv.clear();
    auto reader = admin.ExportResults(context, request);
    v1::ExportResultsReply piece;
    while (reader->Read(&piece))
        csv.append(piece.csv().data(), qsizetype(piece.csv().size()));
    return reader->Finish();
}

grpc::Status downloadThreatReports(v1::Machines::Stub &machines, grpc::ClientContext *context, const QString &eventId,
                                   const std::function<bool(const v1::ThreatReportFile &)> &take)
{
    v1::ExportThreatReportsRequest request;
    request.set_event_id(eventId.toStdString());
    auto reader = machines.ExportThreatReports(context, request);
    v1::ThreatReportFiles batch;
    while (reader->Read(&batch)) {
        for (const v1::ThreatReportFile &file : batch.files()) {
            if (!take(file)) {
                context->TryCancel();
                reader->Finish();
                return grpc::Status(grpc::StatusCode::CANCELLED, "the export was stopped");
            }
        }
    }
    return reader->Finish();
}

} // namespace pen::server
