// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "MachineEvaluation.h"
#include "TournamentState.h"

namespace pen::server {

/// Writes every answer of an event as a DICOS Threat Detection Report under folder, officers' and
/// machines' alike: officers/ROUND/CONTESTANT/INDEX-SCAN.dcm (TDR type OPERATOR: the officer's
/// marks as threat objects, the answer time as processing time) and
/// machines/LABEL-PHASE-RUN/SCAN.dcm (TDR type MACHINE: the plugin's objects and probabilities, its
/// measured time). A machine's failed scans have no report. Returns the files written, relative
/// to folder. Hosts only.
Expected<QStringList> exportThreatReports(const TournamentState &state, const MachineEvaluation &machines,
                                          const TokenRecord &caller, const QString &eventId, const QString &folder);

} // namespace pen::server
