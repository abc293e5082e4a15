// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// libFuzzer target: any bytes given to readDicomVolumeBuffer give a CT volume or an Error, never a crash.
#include "io/DicomVolumeReader.h"

#include "DicomFuzzInput.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = pen::fuzz::dicomInput(data, size);
    const pen::Expected<pen::CtVolume> volume = pen::readDicomVolumeBuffer(bytes, QStringLiteral("fuzz input"));
    (void)volume;
    return 0;
}
