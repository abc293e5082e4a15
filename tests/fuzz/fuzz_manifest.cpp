// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// libFuzzer target: the image set manifest parser must reject any bytes cleanly, never crash.
#include "imageset/ImageSetManifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto set = pen::ImageSetManifest::parse(bytes, QStringLiteral("fuzz.json"));
    if (set) {
        // Whatever parses must survive a round trip unchanged.
        auto again = pen::ImageSetManifest::parse(pen::ImageSetManifest::toJson(*set), QStringLiteral("again.json"));
        if (!again || !(*again == *set))
            __builtin_trap();
    }
    return 0;
}
