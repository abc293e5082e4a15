// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicosInspectionAttributes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace pen {

const char *dicosOoiType(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Baggage:
    case ObjectKind::Parcel: return "BAGGAGE";
    case ObjectKind::Container:
    case ObjectKind::Vehicle: return "CARGO";
    case ObjectKind::Other: break;
    }
    return "OTHER";
}

Expected<void> putDicosInspectionAttributes(DcmItem &item, const char *ooiType)
{
    const struct {
        DcmTagKey tag;
        const char *value;
    } attributes[] = {
        {DCM_DICOSVersion, "V03"},
        {DCM_OOIType, ooiType},
        // Training scans are real inspections replayed, never calibration or test scans.
        {DCM_ScanType, "OPERATIONAL"},
    };
    for (const auto &attribute : attributes) {
        const OFCondition status = item.putAndInsertString(attribute.tag, attribute.value);
        if (status.bad())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("cannot set %1: %2")
                                 .arg(QString::fromLatin1(DcmTag(attribute.tag).getTagName()),
                                      QString::fromLocal8Bit(status.text())));
    }
    return {};
}

} // namespace pen
