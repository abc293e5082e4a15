// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetFolder.h"

#include "imageset/FileHash.h"
#include "imageset/ImageSetManifest.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace pen {
namespace {

constexpr qint64 MaxManifestBytes = qint64(256) << 20;

Expected<void> joinProblems(const QStringList &problems, ErrorCode code = ErrorCode::Validation)
{
    if (problems.isEmpty())
        return {};
    return makeError(code, problems.join(QLatin1Char('\n')));
}

Expected<ImageSet> readManifest(const QString &folder)
{
    const QString path = QDir(folder).filePath(ImageSet::ManifestFileName);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": no manifest (is this an image set folder?)"));
    if (file.size() > MaxManifestBytes)
        return makeError(ErrorCode::Validation, path + QStringLiteral(": the manifest is larger than 256 MiB"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    return ImageSetManifest::parse(file.readAll(), path);
}

// Decodes one stored view and compares it with what the manifest says of it.
QStringList checkViewFile(const QString &path, const ScanView &expected, const ViewFile &file)
{
    QStringList problems;
    auto hash = sha256OfFile(path);
    if (!hash)
        return {hash.error().message};
    if (*hash != file.sha256)
        problems.append(path + QStringLiteral(": sha256 differs from the manifest (the file was changed)"));
    auto scan = readScanFile(path);
    if (!scan)
        return problems << scan.error().message;
    const ScanView &actual = scan->views.first();
    if (actual.kind != expected.kind)
        problems.append(QStringLiteral("%1: holds a %2 image, the manifest says %3")
                            .arg(path, viewKindKey(actual.kind), viewKindKey(expected.kind)));
    if (actual.width != expected.width || actual.height != expected.height)
        problems.append(QStringLiteral("%1: is %2 x %3 pixels, the manifest says %4 x %5")
                            .arg(path)
                            .arg(actual.width)
                            .arg(actual.height)
                            .arg(expected.width)
                            .arg(expected.height));
    return problems;
}

QStringList checkFiles(const QString &folder, const ImageSet &set, ImageSetFolder::Check check,
                       const ImageSetFolder::Progress &progress)
{
    QStringList problems;
    const QDir dir(folder);
    for (qsizetype i = 0; i < set.entries.size(); ++i) {
        const ImageSetEntry &entry = set.entries[i];
        for (qsizetype v = 0; v < entry.files.size(); ++v) {
            const QString path = dir.filePath(entry.files[v].path);
            if (!QFileInfo(path).isFile())
                problems.append(QStringLiteral("%1: missing (scans[%2].views[%3].file)").arg(path).arg(i).arg(v));
            else if (check == ImageSetFolder::Check::Full)
                problems += checkViewFile(path, entry.scan.views[v], entry.files[v]);
        }
        if (progress)
            progress(int(i + 1), int(set.entries.size()));
    }
    return problems;
}

Expected<void> writeManifest(const QString &folder, const ImageSet &set)
{
    const QString path = QDir(folder).filePath(ImageSet::ManifestFileName);
    const QByteArray json = ImageSetManifest::toJson(set);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

QStringList compareHeaders(const ImageSet &full, const ImageSet &stripped)
{
    QStringList problems;
    if (stripped.groundTruthIncluded)
        problems.append(QStringLiteral("the stripped copy still says groundTruthIncluded"));
    if (full.name != stripped.name || full.description != stripped.description)
        problems.append(QStringLiteral("name or description differ"));
    if (full.provenance != stripped.provenance)
        problems.append(QStringLiteral("provenance differs"));
    if (full.extraCategories != stripped.extraCategories)
        problems.append(QStringLiteral("categories differ"));
    if (full.entries.size() != stripped.entries.size())
        problems.append(QStringLiteral("%1 scans against %2").arg(full.entries.size()).arg(stripped.entries.size()));
    return problems;
}

} // namespace

Expected<ImageSet> ImageSetFolder::open(const QString &folder, Check check, const Progress &progress)
{
    auto set = readManifest(folder);
    if (!set)
        return set;
    if (auto files = joinProblems(checkFiles(folder, *set, check, progress)); !files)
        return files.error();
    return set;
}

Expected<Scan> ImageSetFolder::loadScan(const QString &folder, const ImageSetEntry &entry)
{
    Scan scan = entry.scan;
    for (qsizetype v = 0; v < scan.views.size(); ++v) {
        const QString path = QDir(folder).filePath(entry.files.value(v).path);
        auto file = readScanFile(path);
        if (!file)
            return file.error();
        ScanView &view = scan.views[v];
        const ScanView &read = file->views.first();
        if (read.kind != view.kind || read.width != view.width || read.height != view.height)
            return makeError(ErrorCode::Validation,
                             path + QStringLiteral(": does not match the manifest (kind or size)"));
        view.channels = read.channels;
        view.colour = read.colour;
    }
    return scan;
}

Expected<void> ImageSetFolder::writeWithoutTruth(const QString &sourceFolder, const QString &targetFolder)
{
    auto set = open(sourceFolder, Check::ManifestOnly);
    if (!set)
        return set.error();
    const QDir target(targetFolder);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::InvalidArgument, targetFolder + QStringLiteral(": folder is not empty"));
    for (const ImageSetEntry &entry : set->entries) {
        for (const ViewFile &file : entry.files) {
            const QString to = target.filePath(file.path);
            if (!QDir().mkpath(QFileInfo(to).path()) || !QFile::copy(QDir(sourceFolder).filePath(file.path), to))
                return makeError(ErrorCode::Io, to + QStringLiteral(": cannot copy the scan file here"));
        }
    }
    set->groundTruthIncluded = false;
    for (ImageSetEntry &entry : set->entries) {
        entry.scan.truth.clear();
        entry.scan.truthLevel = TruthLevel::Localised;
    }
    // The manifest goes last: a copy interrupted before it is not an image set at all.
    return writeManifest(targetFolder, *set);
}

Expected<void> ImageSetFolder::checkStrippedCopy(const QString &fullFolder, const QString &strippedFolder)
{
    auto full = open(fullFolder, Check::ManifestOnly);
    if (!full)
        return full.error();
    auto stripped = open(strippedFolder, Check::Full);
    if (!stripped)
        return stripped.error();
    QStringList problems = compareHeaders(*full, *stripped);
    for (qsizetype i = 0; i < std::min(full->entries.size(), stripped->entries.size()); ++i) {
        ImageSetEntry expected = full->entries[i];
        expected.scan.truth.clear();
        expected.scan.truthLevel = TruthLevel::Localised;
        if (expected.scan.id != stripped->entries[i].scan.id)
            problems.append(QStringLiteral("scans[%1]: \"%2\" against \"%3\"")
                                .arg(i)
                                .arg(expected.scan.id, stripped->entries[i].scan.id));
        else if (!(expected == stripped->entries[i]))
            problems.append(QStringLiteral("scan %1: metadata or files differ").arg(expected.scan.id));
    }
    return joinProblems(problems);
}

} // namespace pen
