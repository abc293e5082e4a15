// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ReportPdf.h"

#include "EventRecords.h"

class QChartView;

namespace pen::gui {

/// An event's printed results: title and date, the overall leaderboard, the charts as the host
/// saw them, and each round's standings.
ReportPdf resultsReport(const EventDetails &event, const Leaderboard &overall, const QList<Leaderboard> &rounds,
                        const QList<QChartView *> &charts);

} // namespace pen::gui
