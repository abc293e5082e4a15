// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "io/DicomCodecs.h"

#include "io/DicomLog.h"

#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <mutex>

namespace pen {

void registerDicomDecoders()
{
    // DCMTK's registration functions are not safe against concurrent first calls.
    static std::once_flag once;
    std::call_once(once, [] {
        initDicomToolkitLog();
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

} // namespace pen
