// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomIdentity.h"

#include "io/DicomFunctionalGroups.h"
#include "io/DicomMetaHeader.h"
#include "io/DicomPixelLayout.h"
#include "io/DicomSopClass.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QStringList>

#include <limits>

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

bool DicomIdentity::isVolume() const
{
    static const QStringList volumeClasses{QLatin1String(UID_DICOS_CTImageStorage),
                                           QLatin1String(UID_DICOS_3DAITStorage), QLatin1String(UID_CTImageStorage),
                                           QLatin1String(UID_EnhancedCTImageStorage)};
    return frames > 1 && volumeClasses.contains(sopClassUid);
}

Expected<DicomIdentity> readDicomIdentity(const QString &path)
{
    DcmFileFormat file;
    constexpr quint32 LeaveLongElementsOnDisk = 4096; // the pixels: only the UIDs are wanted
    if (auto loaded = loadDicomFile(path, file, LeaveLongElementsOnDisk); !loaded)
        return loaded.error();
    DcmDataset &dataset = *file.getDataset();
    DicomIdentity identity;
    identity.sopClassUid = uidOf(file, DCM_SOPClassUID, DCM_MediaStorageSOPClassUID);
    identity.sopInstanceUid = uidOf(file, DCM_SOPInstanceUID, DCM_MediaStorageSOPInstanceUID);
    identity.kind = sopClassName(file);
    if (const Expected<long long> frames = integerAttribute(dataset, DCM_NumberOfFrames, "NumberOfFrames");
        frames && *frames > 0 && *frames <= std::numeric_limits<int>::max())
        identity.frames = int(*frames);
    OFString frameOfReference;
    if (dataset.findAndGetOFString(DCM_FrameOfReferenceUID, frameOfReference).good())
        identity.frameOfReferenceUid = QString::fromLatin1(frameOfReference.c_str()).trimmed();
    identity.peakKv = numberInDatasetOrSharedGroup(dataset, DCM_KVP, DCM_CTXRayDetailsSequence);
    return identity;
}

} // namespace pen
