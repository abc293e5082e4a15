// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/Scan.h"

#include <pentournament/atd_plugin.h>

#include <QList>
#include <QRectF>
#include <QString>

#include <string>
#include <vector>

/// A Scan as the C interface passes it (pointing into the Scan, which must outlive it), and one
/// detect() call's answer.
class PluginScan {
public:
    explicit PluginScan(const pen::Scan &scan);
    PluginScan(const PluginScan &) = delete;
    PluginScan &operator=(const PluginScan &) = delete;

    const pen_atd_scan *scan() const { return &m_scan; }

private:
    std::string m_id;
    std::string m_kind;
    std::vector<std::string> m_labels;
    std::vector<pen_atd_view> m_views;
    pen_atd_scan m_scan{};
};

struct PluginAnswer {
    int status = -1; ///< detect()'s return value
    QString error;
    pen_atd_result result{};
    std::vector<pen_atd_object> objects; ///< capacity entries; result.objects points here

    QList<pen_atd_object> found() const { return {objects.begin(), objects.begin() + result.object_count}; }
    static QRectF box(const pen_atd_object &object) { return {object.x, object.y, object.width, object.height}; }

    /// Runs plugin on scan with room for capacity objects.
    static PluginAnswer detect(const pen_atd_plugin *plugin, void *instance, const pen_atd_scan *scan,
                               uint32_t capacity = 64);
};
