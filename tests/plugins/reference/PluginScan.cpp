// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginScan.h"

#include "model/ObjectKind.h"

namespace {

pen_atd_view_kind kindOf(pen::ViewKind kind)
{
    switch (kind) {
    case pen::ViewKind::DualEnergy: return PEN_ATD_DUAL_ENERGY;
    case pen::ViewKind::SingleEnergy: return PEN_ATD_SINGLE_ENERGY;
    case pen::ViewKind::Colour: return PEN_ATD_COLOUR;
    }
    return PEN_ATD_COLOUR;
}

} // namespace

PluginScan::PluginScan(const pen::Scan &scan)
    : m_id(scan.id.toStdString()), m_kind(pen::objectKindKey(scan.objectKind).toStdString())
{
    for (const pen::ScanView &v : scan.views)
        m_labels.push_back(v.label.toStdString());
    for (qsizetype i = 0; i < scan.views.size(); ++i) {
        const pen::ScanView &v = scan.views[i];
        pen_atd_view view{};
        view.label = m_labels[size_t(i)].c_str();
        view.width = uint32_t(v.width);
        view.height = uint32_t(v.height);
        view.kind = kindOf(v.kind);
        view.low = v.channels.size() > 0 ? v.channels[0].pixels.data() : nullptr;
        view.high = v.channels.size() > 1 ? v.channels[1].pixels.data() : nullptr;
        view.rgb = v.kind == pen::ViewKind::Colour ? v.colour.rgb.data() : nullptr;
        view.pixel_size_mm = v.pixelSizeMm.value_or(0);
        m_views.push_back(view);
    }
    m_scan.scan_id = m_id.c_str();
    m_scan.object_kind = m_kind.c_str();
    m_scan.view_count = uint32_t(m_views.size());
    m_scan.views = m_views.data();
}

PluginAnswer PluginAnswer::detect(const pen_atd_plugin *plugin, void *instance, const pen_atd_scan *scan,
                                  uint32_t capacity)
{
    PluginAnswer answer;
    answer.objects.resize(capacity);
    answer.result.object_capacity = capacity;
    answer.result.objects = answer.objects.data();
    char error[256] = {};
    answer.status = plugin->detect(instance, scan, &answer.result, error, sizeof error);
    answer.error = QString::fromUtf8(error);
    return answer;
}
