// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "imageset/ImageSetWriter.h"

#include "imageset/FileHash.h"
#include "imageset/ImageSetManifest.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace pen {
namespace {

QString fileStem(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString stem = text;
    stem.replace(unsafe, QStringLiteral("-"));
    return stem.left(100);
}

ScanView withoutPixels(const ScanView &view)
{
    ScanView copy = view;
    copy.channels.clear();
    copy.colour = {};
    return copy;
}

} // namespace

ImageSetWriter::ImageSetWriter(QString folder, ImageSet header) : m_folder(std::move(folder)), m_set(std::move(header))
{
    m_set.entries.clear();
}

Expected<void> ImageSetWriter::begin()
{
    QDir dir(m_folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::InvalidArgument, m_folder + QStringLiteral(": folder is not empty"));
    if (!QDir().mkpath(dir.filePath(QStringLiteral("scans"))))
        return makeError(ErrorCode::Io, m_folder + QStringLiteral(": cannot create the folder"));
    return {};
}

Expected<void> ImageSetWriter::addScan(const Scan &scan)
{
    if (scan.id.isEmpty() || fileStem(scan.id) != scan.id)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("scan id \"%1\": use letters, digits, '.', '_' or '-'").arg(scan.id));
    if (m_set.find(scan.id))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("scan id \"%1\" is used twice").arg(scan.id));
    ImageSetEntry entry;
    entry.scan = scan;
    if (!m_set.groundTruthIncluded) {
        entry.scan.truth.clear();
        entry.scan.truthLevel = TruthLevel::Localised; // contestants must not learn what kind of truth there is
    }
    for (qsizetype i = 0; i < scan.views.size(); ++i) {
        const ScanView &view = scan.views[i];
        if (!view.hasPixels())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("scan %1, view %2: no pixels to write").arg(scan.id).arg(i));
        const QString label = view.label.isEmpty() ? QStringLiteral("view%1").arg(i) : fileStem(view.label);
        const QString relative = QStringLiteral("scans/%1-%2%3").arg(scan.id, label, storageSuffix(view));
        const QString path = QDir(m_folder).filePath(relative);
        if (auto written = writeStoredView(scan, int(i), path); !written)
            return written.error();
        auto hash = sha256OfFile(path);
        if (!hash)
            return hash.error();
        entry.scan.views[i] = withoutPixels(view);
        entry.files.append(ViewFile{relative, *hash});
    }
    m_set.entries.append(std::move(entry));
    return {};
}

Expected<void> ImageSetWriter::finish()
{
    const QString path = QDir(m_folder).filePath(ImageSet::ManifestFileName);
    const QByteArray json = ImageSetManifest::toJson(m_set);
    if (auto checked = ImageSetManifest::parse(json, path); !checked)
        return checked.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace pen
