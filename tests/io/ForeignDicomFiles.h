// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QList>
#include <QString>

#include <functional>

namespace pen::test {

/// A DICOM file from elsewhere and what pydicom made of it (see pydicom_reference.py).
struct ForeignFile {
    QString name; ///< relative to the folder, for the table
    QString path;
    bool hasReference = false;
    QString kind; ///< grey, dual or colour
    int width = 0;
    int height = 0;
    int tolerance = 0; ///< the largest difference per sample that still counts as equal
    QString note;      ///< the photometric interpretation, or why pydicom could not read the file
    QString rawPath;   ///< the expected pixels
};

/// Reads the manifest that pydicom_reference.py wrote into references for the files of folder.
Expected<QList<ForeignFile>> readReferences(const QString &folder, const QString &references);

/// Whether DCMTK's own image module renders the file's first frame (as dcm2pnm would, with the
/// JPEG, JPEG-LS and RLE decoders).
bool dcmtkRenders(const QString &path);

/// Our reader's answer for one file, against pydicom's.
struct Comparison {
    bool equal = false; ///< read, with pydicom's pixels (within the file's tolerance)
    QString text;       ///< for the table: what was read, or the refusal
};
Comparison compareWithReference(const ForeignFile &file);

/// What work writes to the process's stderr (file descriptor 2), whoever writes it.
Expected<QByteArray> stderrOf(const std::function<void()> &work);

} // namespace pen::test
