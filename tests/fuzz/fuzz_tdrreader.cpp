// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// libFuzzer target: any bytes given to readThreatDetectionReportBuffer give a report or an Error,
// never a crash. Threat Detection Reports come from plugins' answers and from other vendors' files.
#include "io/ThreatDetectionReport.h"

#include "DicomFuzzInput.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = pen::fuzz::dicomInput(data, size);
    const pen::Expected<pen::ThreatReport> report
        = pen::readThreatDetectionReportBuffer(bytes, QStringLiteral("fuzz input"));
    (void)report;
    return 0;
}
