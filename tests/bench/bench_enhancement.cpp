// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: the CPU enhancement pipeline on a 4096 x 4096 dual-energy view, as a
// ratio to memcpy of the view's bytes measured in the same run: a settings change with the scan's
// planes kept (PreparedView), their one-time preparation, and a whole render row by row; and the
// local contrast enhancement against OpenCV's CLAHE on the same 16-bit and 8-bit image. Run a
// Release build; with the argument "clahe" only the second part runs, with "pipeline" only the first.
#include "BenchScans.h"

#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/PreparedView.h"

#include <QTextStream>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <functional>
#include <tuple>

using namespace pen;

namespace {

constexpr int Side = 4096;
constexpr int Runs = 7;

// memcpy of the view's two channels into buffers that already exist.
class ViewCopy {
public:
    explicit ViewCopy(const ScanView &view) : m_view(view)
    {
        for (size_t c = 0; c < 2; ++c)
            m_copies[c].resize(view.channels[c].pixels.size());
        copy();
    }
    void copy()
    {
        for (size_t c = 0; c < 2; ++c)
            std::memcpy(m_copies[c].data(), m_view.channels[c].pixels.data(), m_copies[c].size() * sizeof(quint16));
    }

private:
    const ScanView &m_view;
    std::vector<quint16> m_copies[2];
};

double memcpyMs(const ScanView &view)
{
    ViewCopy copies(view);
    return bench::medianMs(Runs, [&] { copies.copy(); });
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Median times of run and of the memcpy, the two taking turns so that both see the same load.
std::pair<double, double> againstMemcpy(const ScanView &view, const std::function<void()> &run)
{
    ViewCopy copies(view);
    std::vector<double> runs, copyRuns;
    for (int i = 0; i < Runs; ++i) {
        copyRuns.push_back(bench::medianMs(1, [&] { copies.copy(); }));
        runs.push_back(bench::medianMs(1, run));
    }
    return {median(runs), median(copyRuns)};
}

struct Timings {
    double change = 0;      ///< a render after a change of brightness, the scan's planes kept
    double copy = 0;        ///< memcpy of the view's bytes, taking turns with those renders
    double preparation = 0; ///< computing those planes for a new scan
    double whole = 0;       ///< EnhancementPipeline::renderInto, which computes everything anew
    double fresh = 0;       ///< EnhancementPipeline::render into a new image
};

Timings timings(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings, QImage &target)
{
    Timings t;
    PreparedView prepared(view, bands);
    DisplaySettings changed = settings;
    (void)prepared.renderInto(changed, target);
    std::tie(t.change, t.copy) = againstMemcpy(view, [&] {
        changed.brightness
            = changed.brightness == settings.brightness ? settings.brightness + 0.05 : settings.brightness;
        (void)prepared.renderInto(changed, target);
    });
    t.preparation = bench::medianMs(Runs, [&] { (void)PreparedView(view, bands).prepare(settings); });
    t.whole = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::renderInto(view, bands, settings, target); });
    t.fresh = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::render(view, bands, settings); });
    return t;
}

void pipelineRatios(QTextStream &out, const ScanView &view, const MaterialBands &bands)
{
    const double copy = memcpyMs(view);
    out << QStringLiteral("memcpy of the view's %1 MiB: %2 ms\n")
               .arg(view.width * view.height * 4 / (1 << 20))
               .arg(copy, 0, 'f', 1);
    using S = DisplaySettings;
    const QList<std::pair<QString, S>> modes{
        {QStringLiteral("material"), S{}},
        {QStringLiteral("grey"), S{.colouring = S::Colouring::Grey}},
        {QStringLiteral("organic-only + gamma"), S{.stripping = S::Stripping::OrganicOnly, .gamma = 1.8}},
        {QStringLiteral("material + edge"), S{.edgeEnhancement = 2}},
        {QStringLiteral("local contrast (histograms included)"), S{.localContrast = true}},
        {QStringLiteral("everything"),
         S{.stripping = S::Stripping::InorganicOnly,
           .gamma = 0.8,
           .negative = true,
           .edgeEnhancement = 1.5,
           .localContrast = true,
           .densityHighlight = true}},
    };
    QImage target;
    for (const auto &[name, settings] : modes) {
        const Timings t = timings(view, &bands, settings, target);
        out << QStringLiteral("cpu pipeline %1 x %2 %3: settings change %4 ms = %5 x memcpy (%6 ms beside it); "
                              "preparing the scan %7 ms; whole render %8 ms = %9 x (into a new image: %10 ms)\n")
                   .arg(view.width)
                   .arg(view.height)
                   .arg(name)
                   .arg(t.change, 0, 'f', 1)
                   .arg(t.change / t.copy, 0, 'f', 1)
                   .arg(t.copy, 0, 'f', 1)
                   .arg(t.preparation, 0, 'f', 1)
                   .arg(t.whole, 0, 'f', 1)
                   .arg(t.whole / copy, 0, 'f', 1)
                   .arg(t.fresh, 0, 'f', 1);
    }
    // A change of the clip limit equalises the view anew from the kept histograms.
    PreparedView prepared(view, &bands);
    S clip{.localContrast = true};
    const auto [reclip, reclipCopy] = againstMemcpy(view, [&] {
        clip.localContrastClip = clip.localContrastClip == 2.5 ? 3.0 : 2.5;
        (void)prepared.renderInto(clip, target);
    });
    out << QStringLiteral("cpu pipeline local contrast, clip limit changed: %1 ms = %2 x memcpy\n")
               .arg(reclip, 0, 'f', 1)
               .arg(reclip / reclipCopy, 0, 'f', 1);
}

// Ours renders a single-energy view of the high channel with local contrast (attenuation, tile
// histograms, LUTs, bilinear blend, window, 32-bit output); OpenCV equalises the raw values. Both
// write into an output that the previous run left allocated.
void claheRatios(QTextStream &out, const ScanView &dual)
{
    ScanView single = dual;
    single.kind = ViewKind::SingleEnergy;
    single.channels.erase(single.channels.begin());
    const DisplaySettings settings{
        .colouring = DisplaySettings::Colouring::Grey, .localContrast = true, .localContrastClip = 2.5};
    QImage target;
    cv::Mat wide(single.height, single.width, CV_16UC1, single.channels[0].pixels.data());
    cv::Mat narrow;
    wide.convertTo(narrow, CV_8UC1, 1.0 / 257);
    const cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(2.5, cv::Size(8, 8));
    cv::Mat wideResult, narrowResult; // each reused, as ours
    // The three take turns, so that all see the same load.
    std::vector<double> oursRuns, wideRuns, narrowRuns;
    for (int i = 0; i < Runs; ++i) {
        oursRuns.push_back(
            bench::medianMs(1, [&] { (void)EnhancementPipeline::renderInto(single, nullptr, settings, target); }));
        wideRuns.push_back(bench::medianMs(1, [&] { clahe->apply(wide, wideResult); }));
        narrowRuns.push_back(bench::medianMs(1, [&] { clahe->apply(narrow, narrowResult); }));
    }
    const double ours = median(oursRuns), opencv16 = median(wideRuns), opencv8 = median(narrowRuns);
    const double fresh = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::render(single, nullptr, settings); });
    const Timings kept = timings(single, nullptr, settings, target);
    out << QStringLiteral("local contrast %1 x %2, 16-bit in: ours %3 ms, OpenCV CLAHE 16-bit %4 ms (ours/OpenCV %5), "
                          "OpenCV CLAHE 8-bit %6 ms (ours/OpenCV %7), OpenCV threads %8; ours into a new image %9 ms\n")
               .arg(single.width)
               .arg(single.height)
               .arg(ours, 0, 'f', 1)
               .arg(opencv16, 0, 'f', 1)
               .arg(ours / opencv16, 0, 'f', 2)
               .arg(opencv8, 0, 'f', 1)
               .arg(ours / opencv8, 0, 'f', 2)
               .arg(cv::getNumThreads())
               .arg(fresh, 0, 'f', 1);
    out << QStringLiteral("local contrast, ours after a change of brightness (planes kept): %1 ms (ours/OpenCV 16-bit "
                          "%2); preparing the scan %3 ms\n")
               .arg(kept.change, 0, 'f', 1)
               .arg(kept.change / opencv16, 0, 'f', 2)
               .arg(kept.preparation, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    const auto bands = defaultMaterialBands();
    if (!bands) {
        out << bands.error().message << '\n';
        return 1;
    }
    const ScanView view = bench::cargoLikeView(Side, Side);
    const char *only = argc > 1 ? argv[1] : "";
    if (std::strcmp(only, "clahe") != 0)
        pipelineRatios(out, view, *bands);
    if (std::strcmp(only, "pipeline") != 0)
        claheRatios(out, view);
    return 0;
}
