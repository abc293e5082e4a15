// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/DatasetImport.h"

#include "imageset/ImageSetWriter.h"
#include "importers/DatasetImporters.h"
#include "importers/ImportProblems.h"

#include <QDir>
#include <QFileInfo>

namespace pen {
namespace {

Expected<void> checkRequest(const ImportRequest &request)
{
    ImportProblems problems;
    const auto missing = [&](const QString &field, const QString &why) {
        problems.add(ErrorCode::InvalidArgument, QStringLiteral("import request: ") + field, why);
    };
    if (!DatasetImporters::byFormat(request.formatKey))
        missing(QStringLiteral("format"),
                QStringLiteral("\"%1\" is not voc, coco, yolo, labels or dicom").arg(request.formatKey));
    if (request.outputFolder.isEmpty())
        missing(QStringLiteral("output folder"), QStringLiteral("is required"));
    if (request.setName.isEmpty())
        missing(QStringLiteral("set name"), QStringLiteral("is required"));
    // Public datasets restrict their use: an image set must say where its scans came from.
    if (request.provenance.source.isEmpty())
        missing(QStringLiteral("provenance source"), QStringLiteral("is required"));
    if (request.provenance.licence.isEmpty())
        missing(QStringLiteral("provenance licence"), QStringLiteral("is required"));
    return problems.result();
}

ImageSet header(const ImportRequest &request)
{
    ImageSet set;
    set.name = request.setName;
    set.description = request.description;
    set.provenance = request.provenance;
    set.groundTruthIncluded = true;
    return set;
}

Expected<ImageSet> writeSet(const DatasetReader &reader, const ImportRequest &request,
                            const DatasetReader::Progress &progress)
{
    ImageSetWriter writer(request.outputFolder, header(request));
    if (const auto begun = writer.begin(); !begun)
        return begun.error();
    const auto written = reader.forEachScan([&](const Scan &scan) { return writer.addScan(scan); }, progress);
    if (!written)
        return written.error();
    if (const auto finished = writer.finish(); !finished)
        return finished.error();
    return writer.imageSet();
}

Error nothingToImport(const ImportRequest &request, const ImportSummary &summary)
{
    const QString source
        = QDir::toNativeSeparators(request.annotations.isEmpty() ? request.imagesFolder : request.annotations);
    const QString what = summary.imagesFound == 0
        ? QStringLiteral("no images found")
        : QStringLiteral("%1 images found, every one left out").arg(summary.imagesFound);
    const QStringList lines = QStringList{source + QStringLiteral(": no scans to import: ") + what} + summary.problems;
    return makeError(ErrorCode::NotFound, lines.join(QLatin1Char('\n')));
}

} // namespace

Expected<ImageSet> importDataset(const ImportRequest &request, const DatasetReader::Progress &progress,
                                 ImportSummary *summary)
{
    if (const auto checked = checkRequest(request); !checked)
        return checked.error();
    DatasetReader reader(*DatasetImporters::byFormat(request.formatKey), request);
    const auto opened = reader.open();
    if (summary)
        *summary = reader.summary();
    if (!opened)
        return opened.error();
    // An empty image set is no import: it would be scored as nothing at all, silently.
    if (reader.scanCount() == 0)
        return nothingToImport(request, reader.summary());
    const bool folderExisted = QFileInfo::exists(request.outputFolder);
    auto set = writeSet(reader, request, progress);
    // Only a folder this call created may be removed: an existing one may hold the user's files.
    if (!set && !folderExisted)
        QDir(request.outputFolder).removeRecursively();
    return set;
}

} // namespace pen
