// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "SharedScanMemory.h"

#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pen::atdhost {

namespace {

Error sharedError(const std::string &path, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("shared_memory %1: %2").arg(QString::fromStdString(path), reason));
}

QString systemReason(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

Expected<std::unique_ptr<SharedScanMemory>> SharedScanMemory::map(const pen::v1::SharedMemory &where)
{
    const std::string &path = where.path();
    const int descriptor = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return sharedError(path, systemReason("cannot be opened"));
    const auto fail = [&](const QString &reason) {
        close(descriptor);
        return sharedError(path, reason);
    };
    const int seals = fcntl(descriptor, F_GET_SEALS);
    const int needed = F_SEAL_WRITE | F_SEAL_SHRINK;
    if (seals < 0 || (seals & needed) != needed)
        return fail(QStringLiteral("is not a memfd sealed against writing and shrinking"));
    struct stat status {};
    if (fstat(descriptor, &status) != 0)
        return fail(systemReason("fstat"));
    if (where.size() == 0 || uint64_t(status.st_size) != where.size())
        return fail(QStringLiteral("holds %1 bytes; the request says %2").arg(status.st_size).arg(where.size()));
    // Populated at once: one call into the kernel instead of a fault on every page the plugin reads.
    void *memory = mmap(nullptr, size_t(where.size()), PROT_READ, MAP_SHARED | MAP_POPULATE, descriptor, 0);
    if (memory == MAP_FAILED)
        return fail(systemReason("mmap"));
    return std::unique_ptr<SharedScanMemory>(new SharedScanMemory(descriptor, memory, size_t(where.size())));
}

SharedScanMemory::~SharedScanMemory()
{
    munmap(const_cast<uint8_t *>(m_memory), m_size);
    close(m_descriptor);
}

Expected<const uint8_t *> SharedScanMemory::region(const pen::v1::SharedRegion &region, size_t expectedLength) const
{
    const uint64_t offset = region.offset();
    const uint64_t length = region.length();
    if (length != expectedLength)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("its shared region has %1 bytes; %2 are needed").arg(length).arg(expectedLength));
    if (offset > m_size || length > m_size - offset)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("its shared region [%1, %2) lies outside the %3 bytes shared")
                             .arg(offset)
                             .arg(offset + length)
                             .arg(m_size));
    if (offset % 2 != 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("its shared region starts at an odd offset (%1)").arg(offset));
    return m_memory + offset;
}

} // namespace pen::atdhost
