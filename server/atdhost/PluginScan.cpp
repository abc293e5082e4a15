// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginScan.h"

#include <google/protobuf/util/json_util.h>

#include <QString>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>

namespace pen::atdhost {

namespace {

Error badView(int index, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("views[%1]: %2").arg(index).arg(reason));
}

std::vector<uint16_t> littleEndianWords(const uint8_t *bytes, size_t count)
{
    std::vector<uint16_t> words(count);
    qFromLittleEndian<quint16>(bytes, qsizetype(count), words.data());
    return words;
}

const pen::v1::Channel *findChannel(const pen::v1::ScanViewData &view, const char *label)
{
    for (const pen::v1::Channel &channel : view.channels()) {
        if (channel.label() == label)
            return &channel;
    }
    return nullptr;
}

// The C interface's key of what was scanned. A kind this host does not know (a newer runner's, or
// none from an older one) is passed on as "other", as the contract says, rather than refused: the
// pixels are still readable.
const char *objectKindKey(pen::v1::ObjectKind kind)
{
    switch (kind) {
    case pen::v1::OBJECT_KIND_PARCEL: return "parcel";
    case pen::v1::OBJECT_KIND_BAGGAGE: return "baggage";
    case pen::v1::OBJECT_KIND_VEHICLE: return "vehicle";
    case pen::v1::OBJECT_KIND_CONTAINER: return "container";
    default: return "other";
    }
}

} // namespace

Expected<std::unique_ptr<PluginScan>> PluginScan::fromRequest(const pen::v1::DetectRequest &request,
                                                              bool needsDualEnergy)
{
    if (request.views_size() == 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the request has no view"));
    if (request.views_size() > MaxViews)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the request has %1 views; at most %2 are taken").arg(request.views_size()).arg(MaxViews));
    std::unique_ptr<PluginScan> converted(new PluginScan);
    if (request.has_shared_memory()) {
        auto shared = SharedScanMemory::map(request.shared_memory());
        if (!shared)
            return shared.error();
        converted->m_shared = std::move(*shared);
    }
    converted->m_scanId = request.scan_id();
    converted->m_labels.reserve(size_t(request.views_size()));
    converted->m_channels.reserve(size_t(request.views_size()) * 2);
    converted->m_colours.reserve(size_t(request.views_size()));
    for (int index = 0; index < request.views_size(); ++index) {
        auto added = converted->addView(request.views(index), index, needsDualEnergy);
        if (!added)
            return added.error();
    }
    for (size_t i = 0; i < converted->m_views.size(); ++i)
        converted->m_views[i].label = converted->m_labels[i].c_str();
    if (request.has_declaration()) {
        google::protobuf::util::JsonPrintOptions options;
        options.preserve_proto_field_names = true;
        if (!google::protobuf::util::MessageToJsonString(request.declaration(), &converted->m_declarationJson, options)
                 .ok())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the declaration cannot be written as JSON"));
    }
    pen_atd_scan &scan = converted->m_scan;
    scan.scan_id = converted->m_scanId.c_str();
    scan.object_kind = objectKindKey(request.scanned_object_kind());
    scan.view_count = uint32_t(converted->m_views.size());
    scan.views = converted->m_views.data();
    scan.declaration_json = request.has_declaration() ? converted->m_declarationJson.c_str() : nullptr;
    return converted;
}

Expected<void> PluginScan::addView(const pen::v1::ScanViewData &view, int index, bool needsDualEnergy)
{
    if (view.width() == 0 || view.height() == 0 || view.width() > MaxSide || view.height() > MaxSide)
        return badView(index,
                       QStringLiteral("%1 × %2 pixels; each side must be 1 to %3")
                           .arg(view.width())
                           .arg(view.height())
                           .arg(MaxSide));
    const size_t pixels = size_t(view.width()) * view.height();
    pen_atd_view out{};
    out.width = view.width();
    out.height = view.height();
    out.pixel_size_mm = view.has_pixel_size_mm() ? view.pixel_size_mm() : 0;
    const auto missing = [&](const char *label, size_t bytesPerPixel) {
        return badView(index,
                       QStringLiteral("needs a \"%1\" channel of %2 bytes (%3 × %4 pixels × %5)")
                           .arg(QLatin1String(label))
                           .arg(pixels * bytesPerPixel)
                           .arg(view.width())
                           .arg(view.height())
                           .arg(bytesPerPixel));
    };
    switch (view.view_kind()) {
    case pen::v1::VIEW_KIND_DUAL_ENERGY: {
        const auto low = words(view, "low", pixels);
        if (!low)
            return badView(index, low.error().message);
        if (!*low)
            return missing("low", 2);
        const auto high = words(view, "high", pixels);
        if (!high)
            return badView(index, high.error().message);
        if (!*high)
            return missing("high", 2);
        out.kind = PEN_ATD_DUAL_ENERGY;
        out.low = *low;
        out.high = *high;
        break;
    }
    case pen::v1::VIEW_KIND_SINGLE_ENERGY: {
        const auto single = words(view, "single", pixels);
        if (!single)
            return badView(index, single.error().message);
        if (!*single)
            return missing("single", 2);
        out.kind = PEN_ATD_SINGLE_ENERGY;
        out.low = *single;
        break;
    }
    case pen::v1::VIEW_KIND_COLOUR: {
        const auto rgb = colours(view, pixels);
        if (!rgb)
            return badView(index, rgb.error().message);
        if (!*rgb)
            return missing("rgb", 3);
        out.kind = PEN_ATD_COLOUR;
        out.rgb = *rgb;
        break;
    }
    default:
        // Open enum: an unknown number arrives as sent; nothing can say which channels to read.
        return badView(index,
                       QStringLiteral("%1 view kind %2; one of VIEW_KIND_DUAL_ENERGY, VIEW_KIND_SINGLE_ENERGY, "
                                      "VIEW_KIND_COLOUR")
                           .arg(view.view_kind() == pen::v1::VIEW_KIND_UNSPECIFIED ? QStringLiteral("no")
                                                                                   : QStringLiteral("unknown"))
                           .arg(int(view.view_kind())));
    }
    if (needsDualEnergy && out.kind != PEN_ATD_DUAL_ENERGY)
        return badView(index, QStringLiteral("this plugin needs dual-energy views"));
    m_labels.push_back(view.label());
    m_views.push_back(out);
    return {};
}

Expected<const uint8_t *> PluginScan::pixelsOf(const pen::v1::Channel &channel, size_t length) const
{
    if (!channel.has_shared()) {
        if (channel.pixels().size() != length)
            return static_cast<const uint8_t *>(nullptr);
        return reinterpret_cast<const uint8_t *>(channel.pixels().data());
    }
    const QString label = QString::fromStdString(channel.label());
    if (!m_shared)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("channel \"%1\" names a shared region; the request has no shared_memory").arg(label));
    auto region = m_shared->region(channel.shared(), length);
    if (!region)
        return region.error().withContext(QStringLiteral("channel \"%1\"").arg(label));
    return region;
}

Expected<const uint16_t *> PluginScan::words(const pen::v1::ScanViewData &view, const char *label, size_t pixels)
{
    const pen::v1::Channel *channel = findChannel(view, label);
    if (!channel)
        return static_cast<const uint16_t *>(nullptr);
    const auto bytes = pixelsOf(*channel, pixels * 2);
    if (!bytes || !*bytes)
        return bytes ? Expected<const uint16_t *>(nullptr) : Expected<const uint16_t *>(bytes.error());
    // The wire's little-endian words are the plugin's as they lie, on a little-endian machine.
    if (channel->has_shared() && QSysInfo::ByteOrder == QSysInfo::LittleEndian)
        return reinterpret_cast<const uint16_t *>(*bytes);
    return m_channels.emplace_back(littleEndianWords(*bytes, pixels)).data();
}

Expected<const uint8_t *> PluginScan::colours(const pen::v1::ScanViewData &view, size_t pixels)
{
    const pen::v1::Channel *channel = findChannel(view, "rgb");
    if (!channel)
        return static_cast<const uint8_t *>(nullptr);
    const auto bytes = pixelsOf(*channel, pixels * 3);
    if (!bytes || !*bytes || channel->has_shared())
        return bytes;
    return m_colours.emplace_back(*bytes, *bytes + pixels * 3).data();
}

Expected<pen::v1::Detection> detectionFromResult(const pen_atd_result &result, const std::string &requestId)
{
    if (result.object_count > result.object_capacity)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("the plugin reported %1 objects; there was room for %2")
                             .arg(result.object_count)
                             .arg(result.object_capacity));
    pen::v1::Detection detection;
    detection.set_request_id(requestId);
    detection.set_decision(result.alarm ? pen::v1::DECISION_SUSPECT : pen::v1::DECISION_CLEAR);
    detection.set_alarm_score(result.alarm_score);
    for (uint32_t i = 0; i < result.object_count; ++i) {
        const pen_atd_object &object = result.objects[i];
        pen::v1::DetectedObject *out = detection.add_objects();
        out->set_category(std::string(object.category, strnlen(object.category, sizeof object.category)));
        pen::v1::Box *box = out->mutable_box();
        box->set_view(object.view_index);
        box->set_x(object.x);
        box->set_y(object.y);
        box->set_width(object.width);
        box->set_height(object.height);
        out->set_probability(object.probability);
    }
    return detection;
}

} // namespace pen::atdhost
