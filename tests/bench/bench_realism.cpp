// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: the realism harness on the 30-scan find-the-cocaine demo set (grey and
// material modes; the target is under a minute on 2 cores), against rendering the same views
// alone, as the console does, measured in the same run. Run a Release build; a set folder may be
// given instead of the demo set.
#include "enhance/ModeRendering.h"
#include "imageset/ImageSetFolder.h"
#include "realism/RealismMeasurement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace pen;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString folder
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PEN_BUILD_IMAGESETS_DIR "/find-the-cocaine");
    const QList<const ViewMode *> modes{ViewModes::find(QStringLiteral("grey")),
                                        ViewModes::find(QStringLiteral("material"))};
    auto set = ImageSetFolder::open(folder);
    if (!set) {
        out << set.error().message << '\n';
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    int rendered = 0;
    for (const ImageSetEntry &entry : set->entries) {
        auto scan = ImageSetFolder::loadScan(folder, entry);
        if (!scan) {
            out << scan.error().message << '\n';
            return 1;
        }
        for (const ViewMode *mode : modes) {
            for (const ScanView &view : scan->views)
                rendered += renderInMode(view, *mode).hasValue() ? 1 : 0;
        }
    }
    const double renderSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    auto measured = realism::measureImageSet(folder, modes);
    if (!measured) {
        out << measured.error().message << '\n';
        return 1;
    }
    const double harnessSeconds = timer.nsecsElapsed() / 1e9;
    int images = 0;
    for (const realism::MeasuredImages &group : *measured)
        images += int(group.images.size());

    out << "realism harness on " << set->entries.size() << " scans (" << folder << "), grey and material:\n"
        << "  load and render only:  " << renderSeconds << " s (" << rendered << " images)\n"
        << "  load, render, measure: " << harnessSeconds << " s (" << images << " images measured)\n"
        << "  ratio:                 " << harnessSeconds / renderSeconds << "\n"
        << "  target: under 60 s for 30 scans: " << (harnessSeconds < 60 ? "met" : "NOT met") << '\n';
    return 0;
}
