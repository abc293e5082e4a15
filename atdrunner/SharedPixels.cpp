// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SharedPixels.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace pen::atd {

namespace {

Error systemError(const char *what)
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("shared memory for the pixels: %1: %2")
                         .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

Expected<std::unique_ptr<SharedPixels>> SharedPixels::create(size_t size, const std::vector<Part> &parts)
{
    if (size == 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("shared memory for the pixels: no pixels"));
    for (const Part &part : parts) {
        if (part.offset > size || part.size > size - part.offset)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("shared memory for the pixels: %1 bytes at %2 do not fit in %3")
                                 .arg(part.size)
                                 .arg(part.offset)
                                 .arg(size));
    }
    // Close-on-exec: a plugin started while this request is open must not inherit it.
    const int descriptor = memfd_create("pen-scan", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (descriptor < 0)
        return systemError("memfd_create");
    std::unique_ptr<SharedPixels> pixels(new SharedPixels(descriptor, size));
    if (ftruncate(descriptor, off_t(size)) != 0)
        return systemError("ftruncate");
    // Written, not mapped: the kernel copies into its pages without a page fault for each of
    // them, several times faster for large scans; and F_SEAL_WRITE needs no writable mapping left.
    for (const Part &part : parts) {
        size_t done = 0;
        while (done < part.size) {
            const ssize_t written = pwrite(descriptor, static_cast<const char *>(part.data) + done, part.size - done,
                                           off_t(part.offset + done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0)
                return systemError("write");
            done += size_t(written);
        }
    }
    if (fcntl(descriptor, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) != 0)
        return systemError("sealing");
    return pixels;
}

SharedPixels::~SharedPixels()
{
    if (m_descriptor >= 0)
        close(m_descriptor);
}

QString SharedPixels::path() const
{
    return QStringLiteral("/proc/%1/fd/%2").arg(getpid()).arg(m_descriptor);
}

} // namespace pen::atd
