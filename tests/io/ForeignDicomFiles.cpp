// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ForeignDicomFiles.h"

#include "io/DicomCodecs.h"
#include "io/DicomReader.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QFile>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace pen::test {
namespace {

ForeignFile parseLine(const QString &folder, const QString &references, const QStringList &fields, int index)
{
    ForeignFile file;
    file.name = fields[0];
    file.path = folder + QLatin1Char('/') + fields[0];
    file.hasReference = fields[1] == QLatin1String("ok");
    file.kind = fields[2];
    file.width = fields[3].toInt();
    file.height = fields[4].toInt();
    file.tolerance = fields[5].toInt();
    file.note = fields[6];
    file.rawPath = QStringLiteral("%1/%2.raw").arg(references).arg(index);
    return file;
}

/// Our view's samples in the reference's layout: grey channels one after the other, or RGB.
std::vector<int> ourSamples(const ScanView &view)
{
    if (view.kind == ViewKind::Colour)
        return {view.colour.rgb.begin(), view.colour.rgb.end()};
    std::vector<int> samples;
    for (const Image16 &channel : view.channels)
        samples.insert(samples.end(), channel.pixels.begin(), channel.pixels.end());
    return samples;
}

std::vector<int> referenceSamples(const ForeignFile &file)
{
    QFile raw(file.rawPath);
    const QByteArray bytes = raw.open(QIODevice::ReadOnly) ? raw.readAll() : QByteArray();
    std::vector<int> samples;
    if (file.kind == QLatin1String("colour")) {
        samples.assign(bytes.begin(), bytes.end());
        std::transform(samples.begin(), samples.end(), samples.begin(), [](int byte) { return byte & 0xff; });
        return samples;
    }
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        samples.push_back(qFromLittleEndian<quint16>(bytes.constData() + i));
    return samples;
}

QString expectedKind(const ScanView &view)
{
    switch (view.kind) {
    case ViewKind::Colour: return QStringLiteral("colour");
    case ViewKind::DualEnergy: return QStringLiteral("dual");
    case ViewKind::SingleEnergy: break;
    }
    return QStringLiteral("grey");
}

Comparison compareSamples(const ForeignFile &file, const ScanView &view)
{
    if (expectedKind(view) != file.kind || view.width != file.width || view.height != file.height)
        return {false,
                QStringLiteral("read as %1 %2 x %3, pydicom: %4 %5 x %6")
                    .arg(expectedKind(view))
                    .arg(view.width)
                    .arg(view.height)
                    .arg(file.kind)
                    .arg(file.width)
                    .arg(file.height)};
    const std::vector<int> ours = ourSamples(view), theirs = referenceSamples(file);
    if (ours.size() != theirs.size())
        return {false, QStringLiteral("read %1 samples, pydicom %2").arg(ours.size()).arg(theirs.size())};
    int largest = 0;
    qsizetype differing = 0;
    for (size_t i = 0; i < ours.size(); ++i) {
        const int difference = std::abs(ours[i] - theirs[i]);
        largest = std::max(largest, difference);
        differing += difference > file.tolerance ? 1 : 0;
    }
    const QString what = QStringLiteral("read (%1 %2)").arg(file.kind, file.note);
    if (differing > 0)
        return {false,
                what + QStringLiteral(", %1 samples differ from pydicom's, by up to %2").arg(differing).arg(largest)};
    return {true,
            what
                + (largest == 0 ? QStringLiteral(", equal to pydicom's")
                                : QStringLiteral(", within %1 of pydicom's").arg(largest))};
}

} // namespace

Expected<QList<ForeignFile>> readReferences(const QString &folder, const QString &references)
{
    QFile manifest(references + QStringLiteral("/manifest.tsv"));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(ErrorCode::NotFound, manifest.fileName() + QStringLiteral(": ") + manifest.errorString());
    QList<ForeignFile> files;
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int index = 0; index < lines.size(); ++index) {
        const QStringList fields = lines[index].split(QLatin1Char('\t'));
        if (fields.size() != 7)
            return makeError(ErrorCode::Format,
                             QStringLiteral("manifest line %1: %2").arg(index + 1).arg(lines[index]));
        files.append(parseLine(folder, references, fields, index));
    }
    return files;
}

bool dcmtkRenders(const QString &path)
{
    registerDicomDecoders();
    DcmFileFormat file;
    if (file.loadFile(OFFilename(QFile::encodeName(path).constData())).bad())
        return false;
    DicomImage image(&file, EXS_Unknown, 0UL, 0UL, 1UL);
    return image.getStatus() == EIS_Normal && image.getOutputData(8, 0, 0) != nullptr;
}

Comparison compareWithReference(const ForeignFile &file)
{
    const Expected<Scan> scan = readDicomFile(file.path);
    if (!scan)
        return {false, QStringLiteral("refused: ") + scan.error().message.mid(file.path.size() + 2)};
    if (!file.hasReference)
        return {false, QStringLiteral("read, but pydicom has no reference: ") + file.note};
    return compareSamples(file, scan->views.first());
}

Expected<QByteArray> stderrOf(const std::function<void()> &work)
{
    QTemporaryFile capture;
    if (!capture.open())
        return makeError(ErrorCode::Io, QStringLiteral("cannot make a file for stderr: ") + capture.errorString());
    std::fflush(stderr);
    const int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(capture.handle(), STDERR_FILENO) < 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot redirect stderr"));
    work();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    capture.seek(0);
    return capture.readAll();
}

} // namespace pen::test
