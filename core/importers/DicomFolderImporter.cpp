// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DicomFolderImporter.h"

#include "io/DicomIdentity.h"
#include "io/ThreatDetectionReport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace pen {
namespace {

// What the folder holds, by SOP instance UID: its 2-D images (index into the read's images) and
// its CT volumes (file name).
struct FolderContents {
    QHash<QString, qsizetype> imageByUid;
    QHash<QString, QString> volumeByUid;
};

// The report's threats become the truth of the images it refers to, each in that image's only view.
void applyReport(const ThreatReport &report, const QString &reportPath, const FolderContents &contents,
                 AnnotationRead &read)
{
    const QString reportName = QFileInfo(reportPath).fileName();
    const QHash<QString, qsizetype> &imageByUid = contents.imageByUid;
    QList<qsizetype> referenced;
    for (qsizetype view = 0; view < report.referencedSopInstanceUids.size(); ++view) {
        const QString &uid = report.referencedSopInstanceUids[view];
        const auto image = imageByUid.constFind(uid);
        if (const auto volume = contents.volumeByUid.constFind(uid); volume != contents.volumeByUid.cend()) {
            read.problems.add(ErrorCode::Unsupported, reportName,
                              QStringLiteral("the report refers to the CT volume %1: threats in a volume are not "
                                             "read, and the volume's truth stays unknown")
                                  .arg(*volume));
            referenced.append(-1);
            continue;
        }
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
            continue; // the missing image or the volume is reported above
        AnnotatedObject annotated;
        annotated.className = object.category;
        annotated.region = object.region;
        annotated.region.viewIndex = 0;
        annotated.location = QStringLiteral("%1: threat %2").arg(reportName).arg(i + 1);
        read.images[image].objects.append(annotated);
    }
}

AnnotatedImage unknownTruth(const QString &path)
{
    AnnotatedImage image;
    image.imagePath = path;
    image.annotationFile = path;
    image.truthLevel = TruthLevel::Unknown;
    return image;
}

struct Volume {
    QString path;
    DicomIdentity identity;
};

// Each CT volume becomes a scan of unknown truth. Two volumes of one frame of reference at two tube
// voltages are a dual-energy pair: one scan, the lower voltage's volume the low channel.
void addVolumes(const QList<Volume> &volumes, AnnotationRead &read)
{
    QHash<QString, QList<qsizetype>> byFrameOfReference;
    for (qsizetype i = 0; i < volumes.size(); ++i)
        if (!volumes[i].identity.frameOfReferenceUid.isEmpty())
            byFrameOfReference[volumes[i].identity.frameOfReferenceUid].append(i);
    QSet<qsizetype> paired;
    for (const QList<qsizetype> &group : std::as_const(byFrameOfReference)) {
        if (group.size() != 2)
            continue;
        const DicomIdentity &first = volumes[group[0]].identity;
        const DicomIdentity &second = volumes[group[1]].identity;
        if (!first.peakKv || !second.peakKv || *first.peakKv == *second.peakKv)
            continue;
        const bool firstIsLow = *first.peakKv < *second.peakKv;
        AnnotatedImage image = unknownTruth(volumes[group[firstIsLow ? 0 : 1]].path);
        image.highEnergyVolume = volumes[group[firstIsLow ? 1 : 0]].path;
        read.images.append(image);
        paired.insert(group[0]);
        paired.insert(group[1]);
    }
    for (qsizetype i = 0; i < volumes.size(); ++i)
        if (!paired.contains(i))
            read.images.append(unknownTruth(volumes[i].path));
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
    FolderContents contents;
    QStringList reports;
    QList<Volume> volumes;
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
        if (identity && identity->isVolume()) {
            volumes.append({path, *identity});
            if (!identity->sopInstanceUid.isEmpty())
                contents.volumeByUid.insert(identity->sopInstanceUid, name);
            continue;
        }
        if (identity && !identity->sopInstanceUid.isEmpty())
            contents.imageByUid.insert(identity->sopInstanceUid, read.images.size());
        read.images.append(unknownTruth(path));
    }
    addVolumes(volumes, read);
    for (const QString &path : reports) {
        const Expected<ThreatReport> report = readThreatDetectionReport(path);
        if (!report)
            read.problems.add(report.error());
        else
            applyReport(*report, path, contents, read);
    }
    return read;
}

} // namespace pen
