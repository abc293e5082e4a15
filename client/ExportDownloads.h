// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "pen/v1/admin.grpc.pb.h"
#include "pen/v1/machines.grpc.pb.h"

#include <QByteArray>
#include <QString>

#include <grpcpp/grpcpp.h>

#include <functional>

namespace pen::server {

/// Reads an event's results CSV, streamed in pieces (pen.v1.Admin.ExportResults), into csv.
grpc::Status downloadResultsCsv(v1::Admin::Stub &admin, grpc::ClientContext *context, const QString &eventId,
                                QByteArray &csv);

/// Reads an event's Threat Detection Reports (pen.v1.Machines.ExportThreatReports) and hands each
/// file to take as it arrives; take returns false to stop (the call is then cancelled).
grpc::Status downloadThreatReports(v1::Machines::Stub &machines, grpc::ClientContext *context, const QString &eventId,
                                   const std::function<bool(const v1::ThreatReportFile &)> &take);

} // namespace pen::server
