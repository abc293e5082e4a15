// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

namespace pen {

/// DCMTK's own log: quiet unless verbose. DCMTK warns once per odd element, to stderr, and one
/// DICOS file can make it print tens of thousands of lines that say nothing to a user; our readers
/// report what matters in their Error. Verbose shows DCMTK's warnings and errors on stderr again,
/// for someone looking into an odd file. Applies to the whole process; thread-safe.
void setDicomToolkitVerbose(bool verbose);
bool dicomToolkitVerbose();

/// Sets DCMTK's log level from the switch above the first time it is called; every reader calls it
/// before DCMTK reads a file (registerDicomDecoders() and loadDicomFile() do).
void initDicomToolkitLog();

} // namespace pen
