// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QString>

#include <cstddef>
#include <memory>
#include <vector>

namespace pen::atd {

/// The pixels of one detection request in a memfd that a plugin on this machine maps read-only.
/// It is written once and then sealed against writing, shrinking and growing (and against new
/// seals), so that no process, the plugin included, can change it or make a reader's mapping fault;
/// the server itself keeps no mapping of it. Destroying it closes the descriptor, after which its
/// path names nothing, so a plugin holds no way back to a request once its call is over. The path
/// opens for processes of the server's user only; a plugin running as that user could also open the
/// memory of another run's call that is in progress at the same time (as it could read the server's
/// files): keeping plugins from each other takes another user per plugin. Linux only.
class SharedPixels {
public:
    /// Bytes to put at an offset of the memory.
    struct Part {
        size_t offset = 0;
        const void *data = nullptr;
        size_t size = 0;
    };
    /// Makes size bytes (at least 1), zero but where parts are written, then seals them.
    static Expected<std::unique_ptr<SharedPixels>> create(size_t size, const std::vector<Part> &parts);
    ~SharedPixels();
    SharedPixels(const SharedPixels &) = delete;
    SharedPixels &operator=(const SharedPixels &) = delete;

    /// "/proc/PID/fd/N": what another process of the same user opens read-only during the call.
    QString path() const;
    size_t size() const { return m_size; }

private:
    SharedPixels(int descriptor, size_t size) : m_descriptor(descriptor), m_size(size) {}

    int m_descriptor = -1;
    size_t m_size = 0;
};

} // namespace pen::atd
