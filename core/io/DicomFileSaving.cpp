// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomFileSaving.h"

#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>

#include <QSaveFile>

#include <algorithm>
#include <array>
#include <vector>

namespace pen {

QString uidFromDigest(const QByteArray &digest)
{
    std::array<quint8, 16> number{};
    std::copy_n(digest.constBegin(), 16, number.begin());
    QString decimal;
    bool zero = false;
    while (!zero) { // long division by 10, most significant byte first
        int remainder = 0;
        zero = true;
        for (quint8 &byte : number) {
            const int value = remainder * 256 + byte;
            byte = quint8(value / 10);
            remainder = value % 10;
            zero = zero && byte == 0;
        }
        decimal.prepend(QChar(u'0' + remainder));
    }
    return QStringLiteral("2.25.") + decimal;
}

Expected<void> saveDicomAtomically(DcmFileFormat &file, const QString &path)
{
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, output.errorString());
    std::vector<char> buffer(1 << 20);
    DcmOutputBufferStream stream(buffer.data(), offile_off_t(buffer.size()));
    file.transferInit();
    OFCondition status = EC_StreamNotifyClient;
    while (status == EC_StreamNotifyClient) {
        status = file.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr, EGL_recalcGL,
                            EPD_withoutPadding);
        void *chunk = nullptr;
        offile_off_t length = 0;
        stream.flushBuffer(chunk, length);
        if (length > 0 && output.write(static_cast<const char *>(chunk), qint64(length)) != qint64(length))
            status = makeOFCondition(OFM_dcmdata, 1, OF_error, "short write");
    }
    file.transferEnd();
    if (status.bad())
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot encode the file: %1").arg(QString::fromLocal8Bit(status.text())));
    if (!output.commit())
        return makeError(ErrorCode::Io, output.errorString());
    return {};
}

} // namespace pen
