// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomMetaHeader.h"

#include "io/DicomByteStream.h"
#include "io/DicomLog.h"

#include <QByteArrayList>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

#include <dcmtk/dcmdata/dcfilefo.h>

namespace pen {
namespace {

constexpr qsizetype PreambleSize = 128;

quint16 uint16At(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

quint32 uint32At(const QByteArray &bytes, qsizetype offset)
{
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

/// Value representations whose length field has four bytes (after two reserved ones).
bool hasLongLength(const QByteArray &vr)
{
    static const QByteArrayList longVrs
        = {"OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"};
    return longVrs.contains(vr);
}

} // namespace

Expected<void> checkMetaHeaderLengths(const QByteArray &head, qint64 fileSize)
{
    const bool preamble = head.size() >= PreambleSize + 4 && head.mid(PreambleSize, 4) == "DICM";
    qsizetype offset = preamble ? PreambleSize + 4 : 0;
    while (offset + 8 <= head.size() && uint16At(head, offset) == 0x0002) {
        const QByteArray vr = head.mid(offset + 4, 2);
        quint64 length = uint16At(head, offset + 6);
        qsizetype valueStart = offset + 8;
        if (hasLongLength(vr)) {
            if (offset + 12 > head.size())
                break;
            length = uint32At(head, offset + 8);
            valueStart = offset + 12;
        }
        if (length == 0xffffffffu)
            break; // undefined length: DCMTK reads it item by item
        if (quint64(valueStart) + length > quint64(fileSize))
            return makeError(ErrorCode::Format,
                             QStringLiteral("file meta information element (0002,%1) claims %2 bytes, "
                                            "past the end of the data")
                                 .arg(uint16At(head, offset + 2), 4, 16, QLatin1Char('0'))
                                 .arg(length));
        offset = valueStart + qsizetype(length);
    }
    return {};
}

Expected<void> loadDicomFile(const QString &path, DcmFileFormat &file, quint32 maxReadLength)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, path + QStringLiteral(": no such file"));
    if (info.size() == 0)
        return makeError(ErrorCode::Format, path + QStringLiteral(": the file is empty"));
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + input.errorString());
    if (const Expected<void> meta = checkMetaHeaderLengths(input.read(MetaHeaderCheckBytes), info.size()); !meta)
        return meta.error().withContext(path);
    input.close();
    initDicomToolkitLog();
    const OFCondition status = maxReadLength == 0
        ? file.loadFile(OFFilename(QFile::encodeName(path).constData()))
        : file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange, maxReadLength);
    if (status.bad())
        return makeError(
            ErrorCode::Format,
            QStringLiteral("%1: not a readable DICOM file: %2").arg(path, QString::fromLocal8Bit(status.text())));
    return {};
}

Expected<void> loadDicomBuffer(const QByteArray &bytes, const QString &name, DcmFileFormat &file)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Format, name + QStringLiteral(": no bytes"));
    if (const Expected<void> meta = checkMetaHeaderLengths(bytes.left(MetaHeaderCheckBytes), bytes.size()); !meta)
        return meta.error().withContext(name);
    initDicomToolkitLog();
    DicomByteStream stream(bytes);
    file.transferInit();
    // Values that fit in the bytes are read at once: loading them later from a reopened memory
    // stream gave other pixels. Longer ones are deferred, so a corrupt length allocates nothing
    // before the value is found to end with the bytes.
    const Uint32 readAtOnce
        = Uint32(std::min<qsizetype>(std::max<qsizetype>(bytes.size(), DCM_MaxReadLength), 0xfffffffe));
    const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange, readAtOnce);
    file.transferEnd();
    if (status.bad())
        return makeError(
            ErrorCode::Format,
            QStringLiteral("%1: not a readable DICOM data set: %2").arg(name, QString::fromLocal8Bit(status.text())));
    return {};
}

} // namespace pen
