// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "io/ThreatDetectionReport.h"

namespace pen::test {

// Reports whose numbers are exact in 32-bit floats, so that a round trip gives them back unchanged.

/// An algorithm's alarm on a two-view scan: a box in view 0, a polygon and a box in view 1.
ThreatReport machineAlarmReport();

/// An officer's alarm: one polygon, a name longer than a DICOM code value, no image references.
ThreatReport officerAlarmReport();

/// An algorithm's clear decision without objects, with UIDs left for the writer to derive.
ThreatReport machineClearReport();

} // namespace pen::test
