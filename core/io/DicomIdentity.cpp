// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomIdentity.h"

#include "io/DicomMetaHeader.h"
#include "io/DicomSopClass.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace pen {
namespace {

// The data set's value of tag, else the meta header's value of metaTag.
QString uidOf(DcmFileFormat &file, const DcmTagKey &tag, const DcmTagKey &metaTag)
{
    OFString value;
    if (file.getDataset()->findAndGetOFString(tag, value).good() && !value.empty())
        return QString::fromLatin1(value.c_str()).trimmed();
    if (file.getMetaInfo()->findAndGetOFString(metaTag, value).good())
        return QString::fromLatin1(value.c_str()).trimmed();
    return {};
}

} // namespace

bool DicomIdentity::isThreatDetectionReport() const
{
    return sopClassUid == QLatin1String(UID_DICOS_ThreatDetectionReportStorage);
}

Expected<DicomIdentity> readDicomIdentity(const QString &path)
{
    DcmFileFormat file;
    constexpr quint32 LeaveLongElementsOnDisk = 4096; // the pixels: only the UIDs are wanted
    if (auto loaded = loadDicomFile(path, file, LeaveLongElementsOnDisk); !loaded)
        return loaded.error();
    return DicomIdentity{uidOf(file, DCM_SOPClassUID, DCM_MediaStorageSOPClassUID),
                         uidOf(file, DCM_SOPInstanceUID, DCM_MediaStorageSOPInstanceUID), sopClassName(file)};
}

} // namespace pen
