// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// libFuzzer target: any bytes given to readDicomBuffer give a Scan or an Error, never a crash.
#include "io/DicomReader.h"

#include "DicomFuzzInput.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = pen::fuzz::dicomInput(data, size);
    const pen::Expected<pen::Scan> scan = pen::readDicomBuffer(bytes, QStringLiteral("fuzz input"));
    (void)scan;
    return 0;
}
