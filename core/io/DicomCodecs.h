// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

namespace pen {

/// Registers DCMTK's JPEG, JPEG-LS and RLE decoders with dcmdata, once per process, and quiets
/// DCMTK's log (see DicomLog.h). Thread-safe; the decoders stay registered until the process ends.
void registerDicomDecoders();

} // namespace pen
