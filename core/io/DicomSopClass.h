// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

class DcmFileFormat;

namespace pen {

/// What a DICOM file is, in words, from its SOP Class UID (the data set's, else the meta header's
/// Media Storage SOP Class UID): "CT Image", "DICOS Threat Detection Report", "Basic Text SR",
/// "Media Storage Directory". A UID DCMTK does not know is named as such; no UID at all gives
/// "DICOM file without a SOP class".
QString sopClassName(DcmFileFormat &file);

/// The same for a UID; exposed for tests.
QString sopClassNameOfUid(const QString &uid);

} // namespace pen
