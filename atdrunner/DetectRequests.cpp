// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectRequests.h"
#include "convert/DomainMessages.h"

#include <QSysInfo>
#include <QtEndian>

#include <cstring>
#include <vector>

namespace pen::atd {

namespace {

// Channels start on cache lines in shared memory, so that a reader may use aligned loads.
constexpr size_t SharedAlignment = 64;

/// One channel of the request and where its pixels are: 16-bit words, or bytes (RGB).
struct ChannelPixels {
    pen::v1::Channel *channel = nullptr;
    const quint16 *words = nullptr;
    const uint8_t *bytes = nullptr;
    size_t count = 0; ///< words or bytes

    size_t byteSize() const { return words ? count * 2 : count; }
    void writeTo(void *target) const
    {
        if (words)
            qToLittleEndian<quint16>(words, qsizetype(count), target);
        else
            std::memcpy(target, bytes, count);
    }
};

ChannelPixels addChannel(pen::v1::ScanViewData *view, const char *label, const Image16 &image)
{
    pen::v1::Channel *channel = view->add_channels();
    channel->set_label(label);
    return {channel, image.pixels.data(), nullptr, image.pixels.size()};
}

/// The request without its pixels, and the channels that are to carry them.
std::vector<ChannelPixels> requestWithoutPixels(const Scan &scan, const QString &requestId,
                                                const QString &neutralScanId, int viewsNeeded,
                                                pen::v1::DetectRequest &request)
{
    std::vector<ChannelPixels> channels;
    request.set_request_id(requestId.toStdString());
    request.set_scan_id(neutralScanId.toStdString());
    request.set_scanned_object_kind(convert::toProto(scan.objectKind));
    const int viewCount = std::min<int>(int(scan.views.size()), std::max(1, viewsNeeded));
    for (int index = 0; index < viewCount; ++index) {
        const ScanView &source = scan.views[index];
        pen::v1::ScanViewData *view = request.add_views();
        view->set_index(uint32_t(index));
        view->set_label(source.label.toStdString());
        view->set_width(uint32_t(source.width));
        view->set_height(uint32_t(source.height));
        view->set_view_kind(convert::toProto(source.kind));
        if (source.pixelSizeMm)
            view->set_pixel_size_mm(*source.pixelSizeMm);
        switch (source.kind) {
        case ViewKind::DualEnergy:
            channels.push_back(addChannel(view, "low", source.channels[ScanView::LowEnergy]));
            channels.push_back(addChannel(view, "high", source.channels[ScanView::HighEnergy]));
            break;
        case ViewKind::SingleEnergy: channels.push_back(addChannel(view, "single", source.channels[0])); break;
        case ViewKind::Colour: {
            pen::v1::Channel *channel = view->add_channels();
            channel->set_label("rgb");
            channels.push_back({channel, nullptr, source.colour.rgb.data(), source.colour.rgb.size()});
            break;
        }
        }
    }
    if (scan.declaration)
        *request.mutable_declaration() = convert::toProto(*scan.declaration);
    return channels;
}

size_t alignedUp(size_t offset)
{
    return (offset + SharedAlignment - 1) / SharedAlignment * SharedAlignment;
}

} // namespace

pen::v1::DetectRequest detectRequest(const Scan &scan, const QString &requestId, const QString &neutralScanId,
                                     int viewsNeeded)
{
    pen::v1::DetectRequest request;
    for (const ChannelPixels &pixels : requestWithoutPixels(scan, requestId, neutralScanId, viewsNeeded, request)) {
        std::string bytes(pixels.byteSize(), '\0');
        pixels.writeTo(bytes.data());
        pixels.channel->set_pixels(std::move(bytes));
    }
    return request;
}

Expected<SharedDetectRequest> sharedDetectRequest(const Scan &scan, const QString &requestId,
                                                  const QString &neutralScanId, int viewsNeeded)
{
    SharedDetectRequest shared;
    const std::vector<ChannelPixels> channels
        = requestWithoutPixels(scan, requestId, neutralScanId, viewsNeeded, shared.message);
    std::vector<SharedPixels::Part> parts;
    std::vector<std::string> converted; // little-endian copies, on a big-endian machine only
    size_t size = 0;
    for (const ChannelPixels &pixels : channels) {
        SharedPixels::Part &part = parts.emplace_back();
        part.offset = alignedUp(size);
        part.size = pixels.byteSize();
        part.data = pixels.words ? static_cast<const void *>(pixels.words) : pixels.bytes;
        if (pixels.words && QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
            std::string &bytes = converted.emplace_back(part.size, '\0');
            pixels.writeTo(bytes.data());
            part.data = bytes.data();
        }
        size = part.offset + part.size;
        pen::v1::SharedRegion *region = pixels.channel->mutable_shared();
        region->set_offset(part.offset);
        region->set_length(part.size);
    }
    auto memory = SharedPixels::create(size, parts);
    if (!memory)
        return memory.error();
    shared.pixels = std::move(*memory);
    pen::v1::SharedMemory *where = shared.message.mutable_shared_memory();
    where->set_path(shared.pixels->path().toStdString());
    where->set_size(shared.pixels->size());
    return shared;
}

} // namespace pen::atd
