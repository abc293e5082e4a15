// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

namespace pen {

/// Who a DICOM file is: enough to sort a folder of them into images and reports and to follow a
/// report's references to its images.
struct DicomIdentity {
    QString sopClassUid;    ///< the data set's, else the meta header's Media Storage SOP Class UID
    QString sopInstanceUid; ///< likewise
    QString kind;           ///< the SOP class in words (sopClassName), for messages

    bool isThreatDetectionReport() const;
};

/// Reads a DICOM file's identity. Errors name the file (missing, empty, not DICOM, a corrupt meta
/// header). Thread-safe.
Expected<DicomIdentity> readDicomIdentity(const QString &path);

} // namespace pen
