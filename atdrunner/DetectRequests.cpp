// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DetectRequests.h"
#include "convert/DomainMessages.h"

#include <QtEndian>

namespace pen::atd {

namespace {

void addChannel(pen::v1::ScanViewData *view, const char *label, const Image16 &image)
{
    pen::v1::Channel *channel = view->add_channels();
    channel->set_label(label);
    std::string bytes(image.pixels.size() * 2, '\0');
    qToLittleEndian<quint16>(image.pixels.data(), qsizetype(image.pixels.size()), bytes.data());
    channel->set_pixels(std::move(bytes));
}

} // namespace

pen::v1::DetectRequest detectRequest(const Scan &scan, const QString &requestId, const QString &neutralScanId,
                                     int viewsNeeded)
{
    pen::v1::DetectRequest request;
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
            addChannel(view, "low", source.channels[ScanView::LowEnergy]);
            addChannel(view, "high", source.channels[ScanView::HighEnergy]);
            break;
        case ViewKind::SingleEnergy: addChannel(view, "single", source.channels[0]); break;
        case ViewKind::Colour: {
            pen::v1::Channel *channel = view->add_channels();
            channel->set_label("rgb");
            channel->set_pixels(
                std::string(reinterpret_cast<const char *>(source.colour.rgb.data()), source.colour.rgb.size()));
            break;
        }
        }
    }
    if (scan.declaration)
        *request.mutable_declaration() = convert::toProto(*scan.declaration);
    return request;
}

} // namespace pen::atd
