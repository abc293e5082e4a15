// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "LibraryPluginService.h"
#include "PluginScan.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <vector>

namespace pen::atdhost {

LibraryPluginService::LibraryPluginService(PluginLibrary &plugin, uint32_t maxObjects, bool sharedMemory)
    : m_plugin(plugin), m_maxObjects(maxObjects), m_sharedMemory(sharedMemory)
{
}

grpc::Status LibraryPluginService::Describe(grpc::ServerContext *, const pen::v1::DescribeRequest *,
                                            pen::v1::PluginDescription *reply)
{
    const pen_atd_plugin &entry = m_plugin.entry();
    reply->set_name(entry.name);
    reply->set_vendor(entry.vendor);
    reply->set_version(entry.version);
    reply->set_interface_version(1);
    for (const QString &category : m_plugin.categories())
        reply->add_categories(category.toStdString());
    reply->set_operating_threshold(entry.operating_threshold);
    reply->set_needs_dual_energy(entry.needs_dual_energy != 0);
    reply->set_views_needed(entry.views_needed);
    reply->set_reads_shared_memory(m_sharedMemory);
    return grpc::Status::OK;
}

// A C++ exception that escapes a C plugin leaves it in an unknown state (a leak that reached the
// memory limit, most often): the process ends, and the server starts a fresh one.
Expected<void> LibraryPluginService::detectOrEnd(const pen_atd_scan &scan, pen_atd_result &result)
{
    try {
        return m_plugin.detect(scan, result);
    } catch (const std::bad_alloc &) {
        std::fprintf(stderr,
                     "pentournament-atd-host: the plugin ran out of memory (std::bad_alloc); the process ends\n");
    } catch (const std::exception &error) {
        std::fprintf(stderr, "pentournament-atd-host: the plugin threw an exception (%s); the process ends\n",
                     error.what());
    } catch (...) {
        std::fprintf(stderr, "pentournament-atd-host: the plugin threw an exception; the process ends\n");
    }
    std::fflush(stderr);
    std::_Exit(EndedByPluginException);
}

grpc::Status LibraryPluginService::Detect(grpc::ServerContext *, const pen::v1::DetectRequest *request,
                                          pen::v1::Detection *reply)
{
    auto scan = PluginScan::fromRequest(*request, m_plugin.entry().needs_dual_energy != 0);
    if (!scan)
        return {grpc::StatusCode::INVALID_ARGUMENT, scan.error().message.toStdString()};
    std::vector<pen_atd_object> objects(m_maxObjects);
    pen_atd_result result{};
    result.object_capacity = m_maxObjects;
    result.objects = objects.data();

    const std::lock_guard lock(m_oneAtATime);
    const auto started = std::chrono::steady_clock::now();
    auto detected = detectOrEnd((*scan)->scan(), result);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    if (!detected)
        return {grpc::StatusCode::INTERNAL, detected.error().message.toStdString()};
    auto detection = detectionFromResult(result, request->request_id());
    if (!detection)
        return {grpc::StatusCode::INTERNAL, detection.error().message.toStdString()};
    *reply = std::move(*detection);
    reply->set_processing_seconds(took.count());
    return grpc::Status::OK;
}

} // namespace pen::atdhost
