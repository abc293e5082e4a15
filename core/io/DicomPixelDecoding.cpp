// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomPixelDecoding.h"

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QByteArray>

namespace pen {
namespace {

bool isJpeg2000(E_TransferSyntax xfer)
{
    return xfer == EXS_JPEG2000LosslessOnly || xfer == EXS_JPEG2000 || xfer == EXS_JPEG2000MulticomponentLosslessOnly
        || xfer == EXS_JPEG2000Multicomponent;
}

} // namespace

Expected<void> normaliseNumberOfFrames(DcmDataset &dataset, const PixelLayout &layout)
{
    DcmElement *element = nullptr;
    if (dataset.findAndGetElement(DCM_NumberOfFrames, element).bad() || element == nullptr
        || element->getVR() == EVR_IS)
        return {};
    const OFCondition status
        = dataset.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(layout.frames).constData());
    if (status.bad())
        return makeError(
            ErrorCode::Format,
            QStringLiteral("cannot rewrite NumberOfFrames as IS: %1").arg(QString::fromLocal8Bit(status.text())));
    return {};
}

Expected<void> decodePixelData(DcmDataset &dataset)
{
    const E_TransferSyntax original = dataset.getOriginalXfer();
    const DcmXfer xfer(original);
    if (isJpeg2000(original))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("JPEG 2000 (transfer syntax %1) is not supported by DCMTK on this system")
                             .arg(QLatin1String(xfer.getXferID())));
    if (xfer.isEncapsulated() && !DcmCodecList::canChangeCoding(original, EXS_LittleEndianExplicit))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("no decoder for transfer syntax %1 (%2)")
                             .arg(QLatin1String(xfer.getXferID()), QLatin1String(xfer.getXferName())));
    const OFCondition status = dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    if (status.bad())
        return makeError(ErrorCode::Format,
                         QStringLiteral("cannot decode the pixel data: %1").arg(QString::fromLocal8Bit(status.text())));
    return {};
}

} // namespace pen
