// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomMetaHeader.h"

#include <QByteArrayList>
#include <QtEndian>

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

} // namespace pen
