// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DicomFolderImporter.h"

#include "io/DicomIdentity.h"
#include "io/ThreatDetectionReport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace pen {
namespace {

// The report's threats become the truth of the images it refers to, each in that image's only view.
void applyReport(const ThreatReport &report, const QString &reportPath, const QHash<QString, qsizetype> &imageByUid,
                 AnnotationRead &read)
{
    const QString reportName = QFileInfo(reportPath).fileName();
    QList<qsizetype> referenced;
    for (qsizetype view = 0; view < report.referencedSopInstanceUids.size(); ++view) {
        const QString &uid = report.referencedSopInstanceUids[view];
        const auto image = imageByUid.constFind(uid);
        if (uid.isEmpty() || image == imageByUid.cend()) {
            read.problems.add(ErrorCode::NotFound, reportName,
                              QStringLiteral("the report refers to image %1, which is not in the folder")
                                  .arg(uid.isEmpty() ? QStringLiteral("(none)") : uid));
            referenced.append(-1);
            continue;
        }
        referenced.append(*image);
        read.images[*image].truthLevel = TruthLevel::Localised;
        read.images[*image].annotationFile = reportPath;
    }
    if (report.referencedSopInstanceUids.isEmpty())
        read.problems.add(ErrorCode::Format, reportName, QStringLiteral("the report refers to no image"));
    for (qsizetype i = 0; i < report.objects.size(); ++i) {
        const ThreatReport::Object &object = report.objects[i];
        if (object.region.viewIndex < 0 || object.region.viewIndex >= referenced.size()) {
            read.problems.add(ErrorCode::Format, reportName,
                              QStringLiteral("threat %1 is in view %2, for which the report names no image")
                                  .arg(i + 1)
                                  .arg(object.region.viewIndex));
            continue;
        }
        const qsizetype image = referenced[object.region.viewIndex];
        if (image < 0)
            continue; // the missing image is reported above
        AnnotatedObject annotated;
        annotated.className = object.category;
        annotated.region = object.region;
        annotated.region.viewIndex = 0;
        annotated.location = QStringLiteral("%1: threat %2").arg(reportName).arg(i + 1);
        read.images[image].objects.append(annotated);
    }
}

} // namespace

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
    QHash<QString, qsizetype> imageByUid;
    QStringList reports;
    const QStringList dicomFiles = {QStringLiteral("*.dcm"), QStringLiteral("*.dcs")};
    for (const QString &name : folder.entryList(dicomFiles, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        // A file whose identity cannot be read is still offered as an image: reading it as one
        // gives the error that names what is wrong with it.
        const Expected<DicomIdentity> identity = readDicomIdentity(path);
        if (identity && identity->isThreatDetectionReport()) {
            reports.append(path);
            read.annotationFiles.append(path);
            continue;
        }
        AnnotatedImage image;
        image.imagePath = path;
        image.annotationFile = path;
        image.truthLevel = TruthLevel::Unknown;
        if (identity && !identity->sopInstanceUid.isEmpty())
            imageByUid.insert(identity->sopInstanceUid, read.images.size());
        read.images.append(image);
    }
    for (const QString &path : reports) {
        const Expected<ThreatReport> report = readThreatDetectionReport(path);
        if (!report)
            read.problems.add(report.error());
        else
            applyReport(*report, path, imageByUid, read);
    }
    return read;
}

} // namespace pen
