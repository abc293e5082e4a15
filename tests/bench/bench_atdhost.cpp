// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: what running a C-interface plugin in its own host process costs per scan,
// against calling the same library function in this process on the same pixels: with the pixels in
// shared memory (building the request, one copy of the pixels into a sealed memfd, gRPC over
// loopback, the host's read-only mapping), and with them as bytes in the request (a host started
// with --no-shared-memory, as a remote plugin gets them). Run a Release build.
#include "atdrunner/DetectRequests.h"
#include "atdrunner/PluginProcess.h"

#include <pentournament/atd_plugin.h>

#include <QElapsedTimer>
#include <QLibrary>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

using namespace pen;
using namespace pen::atd;

namespace {

constexpr int Calls = 40;

Scan benchmarkScan(int width, int height)
{
    Scan scan;
    scan.id = QStringLiteral("bench");
    scan.objectKind = ObjectKind::Parcel;
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = width;
    view.height = height;
    for (int c = 0; c < 2; ++c) {
        Image16 channel(width, height);
        for (size_t i = 0; i < channel.pixels.size(); ++i)
            channel.pixels[i] = quint16(i * 2654435761u >> (c + 7));
        view.channels.push_back(std::move(channel));
    }
    scan.views.append(std::move(view));
    return scan;
}

/// Median wall time of Calls calls, in milliseconds; call returns false on failure.
double medianOf(const std::function<bool()> &call)
{
    std::vector<double> times;
    for (int i = 0; i < Calls; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::nth_element(times.begin(), times.begin() + Calls / 2, times.end());
    return times[Calls / 2];
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QLibrary library(QStringLiteral(PEN_BENCH_PLUGIN));
    const auto entry = reinterpret_cast<pen_atd_entry_function>(library.resolve(PEN_ATD_ENTRY_SYMBOL));
    if (!entry) {
        out << "cannot load " << PEN_BENCH_PLUGIN << ": " << library.errorString() << "\n";
        return 1;
    }
    const pen_atd_plugin *plugin = entry();
    char error[256] = {};
    void *instance = plugin->create("mode=good", error, sizeof error);
    const PluginLaunch launch = PluginLaunch::forLibrary(QStringLiteral(PEN_ATD_HOST), QStringLiteral(PEN_BENCH_PLUGIN),
                                                         QStringLiteral("mode=good"));
    PluginLaunch bytesLaunch = launch;
    bytesLaunch.arguments.append(QStringLiteral("--no-shared-memory"));
    PluginProcess process(launch, {});
    PluginProcess bytesProcess(bytesLaunch, {});
    if (!instance || !process.start() || !bytesProcess.start() || !process.takesSharedMemory()) {
        out << "the plugin did not start, or not with shared memory\n";
        return 1;
    }
    out << "ATD plugin per scan: in this process vs through pentournament-atd-host and gRPC (median of " << Calls
        << " calls)\n";
    for (const auto &[width, height] : std::vector<std::pair<int, int>>{{512, 512}, {2048, 2048}, {6000, 2000}}) {
        const Scan scan = benchmarkScan(width, height);
        const ScanView &view = scan.views[0];
        pen_atd_view cView{"top",
                           uint32_t(width),
                           uint32_t(height),
                           PEN_ATD_DUAL_ENERGY,
                           view.channels[0].pixels.data(),
                           view.channels[1].pixels.data(),
                           nullptr,
                           0};
        const pen_atd_scan cScan{"bench", "parcel", 1, &cView, nullptr};
        std::vector<pen_atd_object> objects(1000);
        const double inProcess = medianOf([&] {
            pen_atd_result result{0, 0, 0, uint32_t(objects.size()), objects.data()};
            return plugin->detect(instance, &cScan, &result, error, sizeof error) == 0;
        });
        // The allowance: one copy of both channels into memory already in use.
        const size_t channelBytes = view.channels[0].pixels.size() * 2;
        std::vector<char> copy(channelBytes * 2, 1);
        const double memcpyOnce = medianOf([&] {
            std::memcpy(copy.data(), view.channels[0].pixels.data(), channelBytes);
            std::memcpy(copy.data() + channelBytes, view.channels[1].pixels.data(), channelBytes);
            return copy[channelBytes / 2] != 2 || copy.back() != 3;
        });
        int request = 0;
        const double sharedRequestOnly = medianOf(
            [&] { return bool(sharedDetectRequest(scan, QStringLiteral("r"), QStringLiteral("bench"), 1)); });
        std::vector<double> pluginSeconds;
        const double throughShared = medianOf([&] {
            const auto shared = sharedDetectRequest(scan, QString::number(++request), QStringLiteral("bench"), 1);
            const auto call = shared ? process.detect(shared->message) : PluginProcess::Call{};
            if (call.detection)
                pluginSeconds.push_back(call.detection->processing_seconds());
            return call.detection.has_value();
        });
        std::nth_element(pluginSeconds.begin(), pluginSeconds.begin() + Calls / 2, pluginSeconds.end());
        const double bytesRequestOnly = medianOf(
            [&] { return detectRequest(scan, QStringLiteral("r"), QStringLiteral("bench"), 1).views_size() == 1; });
        const double throughBytes = medianOf([&] {
            const auto call
                = bytesProcess.detect(detectRequest(scan, QString::number(++request), QStringLiteral("bench"), 1));
            return call.detection.has_value();
        });
        if (inProcess < 0 || throughShared < 0 || throughBytes < 0) {
            out << "a call failed\n";
            return 1;
        }
        out << QStringLiteral("  %1 x %2 dual energy (%3 MB): in process %4 ms, one memcpy of the pixels %5 ms\n"
                              "    shared memory: %6 ms (building the request %7 ms, the plugin in the host %12 ms), "
                              "overhead beyond the memcpy %8 ms per scan\n"
                              "    bytes:         %9 ms (building the request %10 ms), overhead %11 ms per scan\n")
                   .arg(width)
                   .arg(height)
                   .arg(double(channelBytes * 2) / 1e6, 0, 'f', 1)
                   .arg(inProcess, 0, 'f', 2)
                   .arg(memcpyOnce, 0, 'f', 2)
                   .arg(throughShared, 0, 'f', 2)
                   .arg(sharedRequestOnly, 0, 'f', 2)
                   .arg(throughShared - inProcess - memcpyOnce, 0, 'f', 2)
                   .arg(throughBytes, 0, 'f', 2)
                   .arg(bytesRequestOnly, 0, 'f', 2)
                   .arg(throughBytes - inProcess, 0, 'f', 2)
                   .arg(pluginSeconds.size() > size_t(Calls / 2) ? pluginSeconds[Calls / 2] * 1e3 : -1.0, 0, 'f', 2);
        out.flush();
    }
    plugin->destroy(instance);
    return 0;
}
