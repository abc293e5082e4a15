// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ReportPdf.h"

#include "pen/v1/admin.pb.h"

class QChartView;

namespace pen::gui {

/// An event's printed results: title and date, the overall leaderboard, the charts as the host
/// saw them, and each round's standings.
ReportPdf resultsReport(const v1::EventDetails &event, const v1::Leaderboard &overall,
                        const QList<v1::Leaderboard> &rounds, const QList<QChartView *> &charts);

} // namespace pen::gui
