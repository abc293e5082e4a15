// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: the CPU enhancement pipeline on a 4096 x 4096 dual-energy view, as a
// ratio to memcpy of the view's bytes measured in the same run; and the local contrast
// enhancement against OpenCV's CLAHE on the same 16-bit and 8-bit image. Run a Release build;
// with the argument "clahe" only the second part runs.
#include "BenchScans.h"

#include "enhance/DefaultMaterialBands.h"
#include "enhance/EnhancementPipeline.h"

#include <QTextStream>

#include <opencv2/imgproc.hpp>

#include <cstring>

using namespace pen;

namespace {

constexpr int Side = 4096;
constexpr int Runs = 7;

double memcpyMs(const ScanView &view)
{
    const size_t bytes = view.channels[0].pixels.size() * sizeof(quint16);
    std::vector<quint16> copies[2]
        = {std::vector<quint16>(view.channels[0].pixels.size()), std::vector<quint16>(view.channels[1].pixels.size())};
    return bench::medianMs(Runs, [&] {
        for (size_t c = 0; c < 2; ++c)
            std::memcpy(copies[c].data(), view.channels[c].pixels.data(), bytes);
    });
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
        const double reused
            = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::renderInto(view, &bands, settings, target); });
        const double fresh = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::render(view, &bands, settings); });
        out << QStringLiteral("cpu pipeline %1 x %2 %3: %4 ms = %5 x memcpy (into a new image: %6 ms = %7 x)\n")
                   .arg(view.width)
                   .arg(view.height)
                   .arg(name)
                   .arg(reused, 0, 'f', 1)
                   .arg(reused / copy, 0, 'f', 1)
                   .arg(fresh, 0, 'f', 1)
                   .arg(fresh / copy, 0, 'f', 1);
    }
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
    const double ours
        = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::renderInto(single, nullptr, settings, target); });
    const double fresh = bench::medianMs(Runs, [&] { (void)EnhancementPipeline::render(single, nullptr, settings); });
    cv::Mat wide(single.height, single.width, CV_16UC1, single.channels[0].pixels.data());
    cv::Mat narrow;
    wide.convertTo(narrow, CV_8UC1, 1.0 / 257);
    const cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(2.5, cv::Size(8, 8));
    cv::Mat result;
    const double opencv16 = bench::medianMs(Runs, [&] { clahe->apply(wide, result); });
    const double opencv8 = bench::medianMs(Runs, [&] { clahe->apply(narrow, result); });
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
    if (argc < 2 || std::strcmp(argv[1], "clahe") != 0)
        pipelineRatios(out, view, *bands);
    claheRatios(out, view);
    return 0;
}
