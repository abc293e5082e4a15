// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <dcmtk/oflog/oflog.h>

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace pen::fuzz {

/// The fuzzer's input as bytes for a DICOM reader, with DCMTK's log quieted once: its parse
/// warnings on broken input would flood the output.
inline QByteArray dicomInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        return true;
    }();
    (void)quiet;
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace pen::fuzz
