// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "pen/v1/atd.pb.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace pen::atdhost {

/// A request's shared memory, mapped read-only for the length of one call: the plugin reads the
/// pixels where they lie, and any write to them ends the process with SIGSEGV. Only a sealed memfd
/// (no write, no shrink) is taken, so that nobody can change the pixels or cut the mapping short
/// during the call. Unmapped and closed when destroyed.
class SharedScanMemory {
public:
    static Expected<std::unique_ptr<SharedScanMemory>> map(const pen::v1::SharedMemory &where);
    ~SharedScanMemory();
    SharedScanMemory(const SharedScanMemory &) = delete;
    SharedScanMemory &operator=(const SharedScanMemory &) = delete;

    /// The region's first byte; an error names the region when it does not lie inside, has
    /// another length than expected or is not aligned for 16-bit pixels.
    Expected<const uint8_t *> region(const pen::v1::SharedRegion &region, size_t expectedLength) const;

private:
    SharedScanMemory(int descriptor, const void *memory, size_t size)
        : m_descriptor(descriptor), m_memory(static_cast<const uint8_t *>(memory)), m_size(size)
    {
    }

    int m_descriptor = -1;
    const uint8_t *m_memory = nullptr;
    size_t m_size = 0;
};

} // namespace pen::atdhost
