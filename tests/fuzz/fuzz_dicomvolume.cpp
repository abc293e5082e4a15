// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// libFuzzer target: any bytes given to readDicomVolumeBuffer give a CT volume or an Error, never a crash.
#include "io/DicomVolumeReader.h"

#include <dcmtk/oflog/oflog.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL); // DCMTK's parse warnings would flood the output
        return true;
    }();
    (void)quiet;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const pen::Expected<pen::CtVolume> volume = pen::readDicomVolumeBuffer(bytes, QStringLiteral("fuzz input"));
    (void)volume;
    return 0;
}
