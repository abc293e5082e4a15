// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DicomFolderImporter.h"

#include <QDir>

namespace pen {

ImporterCapabilities DicomFolderImporter::capabilities() const
{
    ImporterCapabilities capabilities;
    capabilities.importsUnannotatedImages = true;
    return capabilities;
}

Expected<AnnotationRead> DicomFolderImporter::readAnnotations(const ImportRequest &request) const
{
    const QDir folder(request.imagesFolder);
    if (request.imagesFolder.isEmpty() || !folder.exists())
        return makeError(ErrorCode::NotFound,
                         QDir::toNativeSeparators(request.imagesFolder)
                             + QStringLiteral(": no such folder of DICOM files"));
    AnnotationRead read;
    const QStringList dicomFiles = {QStringLiteral("*.dcm"), QStringLiteral("*.dcs")};
    for (const QString &name : folder.entryList(dicomFiles, QDir::Files, QDir::Name)) {
        AnnotatedImage image;
        image.imagePath = folder.filePath(name);
        image.annotationFile = image.imagePath;
        image.truthLevel = TruthLevel::Unknown;
        read.images.append(image);
    }
    return read;
}

} // namespace pen
