// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pen-random: answers by chance, the baseline that every algorithm in a tournament has to beat. It
// reads only the scan id and the views' sizes, never the pixels.
#include "RandomSettings.h"
#include "ScanRandom.h"

#include <pentournament/atd_plugin.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

namespace {

using pen::random::RandomSettings;
using pen::random::ScanRandom;

constexpr const char *Categories[] = {"narcotics", "cigarettes", "weapon", "explosive", "currency"};
constexpr double Threshold = 0.5;
constexpr uint32_t MaxObjects = 3;

void writeError(char *error, size_t size, const std::string &message)
{
    if (error && size > 0)
        std::snprintf(error, size, "%s", message.c_str());
}

// A box of a random size (5 to 50 % of each side) somewhere inside the view.
pen_atd_object randomObject(ScanRandom &random, const pen_atd_scan &scan)
{
    pen_atd_object object{};
    object.view_index = random.below(scan.view_count);
    const pen_atd_view &view = scan.views[object.view_index];
    std::snprintf(object.category, sizeof object.category, "%s", Categories[random.below(std::size(Categories))]);
    object.width = view.width * random.uniform(0.05, 0.5);
    object.height = view.height * random.uniform(0.05, 0.5);
    object.x = random.uniform(0, view.width - object.width);
    object.y = random.uniform(0, view.height - object.height);
    object.probability = random.uniform();
    return object;
}

void *create(const char *config, char *error, size_t errorSize)
{
    try {
        std::string reason;
        const auto settings = RandomSettings::parse(config ? config : "", reason);
        if (!settings) {
            writeError(error, errorSize, reason);
            return nullptr;
        }
        return new RandomSettings(*settings);
    } catch (const std::exception &e) {
        writeError(error, errorSize, e.what());
        return nullptr;
    }
}

int detect(void *instance, const pen_atd_scan *scan, pen_atd_result *result, char *error, size_t errorSize)
{
    if (!instance || !scan || !result) {
        writeError(error, errorSize, "no instance, scan or result");
        return 1;
    }
    result->object_count = 0;
    if (scan->view_count == 0 || !scan->views) {
        writeError(error, errorSize, "the scan has no views");
        return 1;
    }
    ScanRandom random(static_cast<const RandomSettings *>(instance)->seed, scan->scan_id ? scan->scan_id : "");
    result->alarm_score = random.uniform();
    result->alarm = result->alarm_score >= Threshold ? 1 : 0;
    const uint32_t wanted = random.below(MaxObjects + 1);
    for (uint32_t i = 0; i < wanted; ++i) {
        // Drawn even where there is no room for it, so that the answer does not depend on the capacity.
        const pen_atd_object object = randomObject(random, *scan);
        if (result->objects && i < result->object_capacity)
            result->objects[result->object_count++] = object;
    }
    return 0;
}

void destroy(void *instance)
{
    delete static_cast<RandomSettings *>(instance);
}

const pen_atd_plugin Plugin{
    PEN_ATD_ABI_VERSION,
    "pen-random",
    "PEN-Tournament",
    "1.0.0",
    "narcotics,cigarettes,weapon,explosive,currency",
    Threshold,
    0,
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
