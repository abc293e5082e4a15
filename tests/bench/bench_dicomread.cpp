// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: how much slower readDicomFile is than reading the same bytes with QFile,
// for a 4096 x 4096 dual-energy 16-bit DICOS file. Run a Release build.
#include "io/DicomReader.h"
#include "io/DicomWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <limits>

using namespace pen;

constexpr int Side = 4096;
constexpr int Runs = 7;

static Scan benchmarkScan()
{
    Scan scan;
    scan.id = QStringLiteral("bench");
    ScanView view;
    view.kind = ViewKind::DualEnergy;
    view.width = view.height = Side;
    for (int c = 0; c < 2; ++c) {
        Image16 channel(Side, Side);
        for (size_t i = 0; i < channel.pixels.size(); ++i)
            channel.pixels[i] = quint16(i * 2654435761u >> (c + 7));
        view.channels.push_back(std::move(channel));
    }
    scan.views.append(std::move(view));
    return scan;
}

/// Best wall time of Runs calls, in milliseconds; run returns false on failure.
static double bestOf(const std::function<bool()> &run)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run())
            return -1;
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

int main()
{
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.dcm"));
    if (const Expected<void> written = writeDicomView(benchmarkScan(), 0, path, DicomFlavour::DicosDx); !written) {
        out << written.error().message << '\n';
        return 1;
    }
    const double dicom = bestOf([&] { return readDicomFile(path).hasValue(); });
    const double plain = bestOf([&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().size() > 0;
    });
    out << "file: " << QFile(path).size() / (1024 * 1024) << " MiB, best of " << Runs << '\n';
    out << "readDicomFile:   " << dicom << " ms\n";
    out << "QFile::readAll:  " << plain << " ms\n";
    out << "ratio:           " << dicom / plain << '\n';
    return dicom < 0 || plain < 0 ? 1 : 0;
}
