// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

#include <optional>

namespace pen {

/// Who a DICOM file is: enough to sort a folder of them into images and reports and to follow a
/// report's references to its images.
struct DicomIdentity {
    QString sopClassUid;          ///< the data set's, else the meta header's Media Storage SOP Class UID
    QString sopInstanceUid;       ///< likewise
    QString kind;                 ///< the SOP class in words (sopClassName), for messages
    int frames = 1;               ///< NumberOfFrames, in whichever VR it is written; 1 where absent
    QString frameOfReferenceUid;  ///< the two volumes of a dual-energy CT pair share it
    std::optional<double> peakKv; ///< KVP, from the data set or its CT X-Ray Details

    bool isThreatDetectionReport() const;
    /// A CT volume (DICOS CT, DICOS 3-D AIT, CT or Enhanced CT Image) of more than one slice, which
    /// readDicomVolume() reads.
    bool isVolume() const;
};

/// Reads a DICOM file's identity. Errors name the file (missing, empty, not DICOM, a corrupt meta
/// header). Thread-safe.
Expected<DicomIdentity> readDicomIdentity(const QString &path);

} // namespace pen
