// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/ObjectKind.h"

class DcmItem;

namespace pen {

/// The DICOS Object of Inspection Type (4010,1042) for what was scanned: BAGGAGE for bags and
/// parcels, CARGO for containers and vehicles, OTHER otherwise.
const char *dicosOoiType(ObjectKind kind);

/// Puts the attributes that DICOS (NEMA IIC 1 v03) adds to the modules every DICOS object carries:
/// DICOS Version (4010,103A) = "V03" in SOP Common, OOI Type in Object of Inspection, and Scan Type
/// (4010,1048) = "OPERATIONAL" in General Scan. Errors name the attribute. Thread-safe.
Expected<void> putDicosInspectionAttributes(DcmItem &item, const char *ooiType);

} // namespace pen
