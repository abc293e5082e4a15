// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The C entry of pen-classical: checks what the host passes, runs ClassicalDetector, and turns its
// findings into the result. No C++ exception may cross into the host.
#include "ClassicalDetector.h"
#include "ClassicalSettings.h"

#include <pentournament/atd_plugin.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

namespace {

using pen::classical::ClassicalDetector;
using pen::classical::ClassicalSettings;
using pen::classical::Finding;

struct Instance {
    ClassicalSettings settings;
    ClassicalDetector detector;
};

void writeError(char *error, size_t size, const std::string &message)
{
    if (error && size > 0)
        std::snprintf(error, size, "%s", message.c_str());
}

// Empty when the scan can be read, otherwise why not.
std::string unreadable(const pen_atd_scan *scan)
{
    if (!scan || scan->view_count == 0 || !scan->views)
        return "the scan has no views";
    const pen_atd_view &view = scan->views[0];
    if (view.kind != PEN_ATD_DUAL_ENERGY || !view.low || !view.high)
        return "pen-classical needs a dual-energy view (low and high channels); view 0 is "
            + std::string(view.kind == PEN_ATD_SINGLE_ENERGY ? "single-energy"
                              : view.kind == PEN_ATD_COLOUR  ? "colour"
                                                             : "missing a channel");
    if (view.width == 0 || view.height == 0)
        return "view 0 has no pixels";
    return {};
}

void fill(pen_atd_result *result, const std::vector<Finding> &findings, double threshold)
{
    result->alarm_score = findings.empty() ? 0.0 : findings.front().probability;
    result->alarm = result->alarm_score >= threshold ? 1 : 0;
    const size_t count = std::min<size_t>(findings.size(), result->objects ? result->object_capacity : 0);
    for (size_t i = 0; i < count; ++i) {
        pen_atd_object &object = result->objects[i];
        object = {};
        std::snprintf(object.category, sizeof object.category, "%s", findings[i].category.c_str());
        object.view_index = 0;
        object.x = findings[i].x;
        object.y = findings[i].y;
        object.width = findings[i].width;
        object.height = findings[i].height;
        object.probability = findings[i].probability;
    }
    result->object_count = uint32_t(count);
}

void *create(const char *config, char *error, size_t errorSize)
{
    try {
        std::string reason;
        const auto settings = ClassicalSettings::parse(config ? config : "", reason);
        if (!settings) {
            writeError(error, errorSize, reason);
            return nullptr;
        }
        auto detector = ClassicalDetector::create();
        if (!detector) {
            writeError(error, errorSize,
                       "cannot calibrate the material bands: " + detector.error().message.toStdString());
            return nullptr;
        }
        return new Instance{*settings, std::move(*detector)};
    } catch (const std::exception &e) {
        writeError(error, errorSize, e.what());
        return nullptr;
    }
}

int detect(void *instance, const pen_atd_scan *scan, pen_atd_result *result, char *error, size_t errorSize)
{
    if (!instance || !result) {
        writeError(error, errorSize, "no instance or no result to fill");
        return 1;
    }
    result->object_count = 0;
    if (const std::string reason = unreadable(scan); !reason.empty()) {
        writeError(error, errorSize, reason);
        return 1;
    }
    try {
        const auto &self = *static_cast<const Instance *>(instance);
        fill(result, self.detector.detect(scan->views[0]), self.settings.threshold);
        return 0;
    } catch (const std::exception &e) {
        writeError(error, errorSize, std::string("detection failed: ") + e.what());
        return 1;
    }
}

void destroy(void *instance)
{
    delete static_cast<Instance *>(instance);
}

const pen_atd_plugin Plugin{
    PEN_ATD_ABI_VERSION,
    "pen-classical",
    "PEN-Tournament",
    "1.0.0",
    "narcotics,cigarettes",
    ClassicalSettings::DefaultThreshold,
    1,
    1,
    create,
    detect,
    destroy,
};

} // namespace

extern "C" PEN_ATD_EXPORT const pen_atd_plugin *pen_atd_plugin_entry(void)
{
    return &Plugin;
}
