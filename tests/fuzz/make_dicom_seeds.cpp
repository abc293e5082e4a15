// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Writes a small seed corpus for fuzz_dicomreader with our own writer: one file per flavour and
// kind, a few KB each.
#include "io/DicomWriter.h"

#include <QDir>
#include <QTextStream>

using namespace pen;

static ScanView energyView(ViewKind kind, int width, int height)
{
    ScanView view;
    view.label = QStringLiteral("top");
    view.kind = kind;
    view.width = width;
    view.height = height;
    view.pixelSizeMm = 1.5;
    for (int c = 0; c < view.expectedChannelCount(); ++c) {
        Image16 channel(width, height);
        for (size_t i = 0; i < channel.pixels.size(); ++i)
            channel.pixels[i] = quint16(i * 4099 + size_t(c) * 977);
        view.channels.push_back(channel);
    }
    return view;
}

static ScanView colourView(int width, int height)
{
    ScanView view;
    view.kind = ViewKind::Colour;
    view.width = width;
    view.height = height;
    view.colour = RgbImage8(width, height);
    for (size_t i = 0; i < view.colour.rgb.size(); ++i)
        view.colour.rgb[i] = quint8(i * 37);
    return view;
}

int main(int argc, char *argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: make_dicom_seeds FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    dir.mkpath(QStringLiteral("."));
    Scan scan;
    scan.id = QStringLiteral("seed");
    scan.scanner = QStringLiteral("synthetic");
    const struct {
        ScanView view;
        const char *name;
        DicomFlavour flavour;
    } seeds[] = {
        {energyView(ViewKind::DualEnergy, 16, 12), "dicos_dual.dcm", DicomFlavour::DicosDx},
        {energyView(ViewKind::SingleEnergy, 16, 12), "dicos_single.dcm", DicomFlavour::DicosDx},
        {energyView(ViewKind::DualEnergy, 8, 6), "sc_dual.dcm", DicomFlavour::SecondaryCapture},
        {colourView(8, 6), "sc_colour.dcm", DicomFlavour::SecondaryCapture},
    };
    for (const auto &seed : seeds) {
        scan.views = {seed.view};
        const Expected<void> written = writeDicomView(scan, 0, dir.filePath(QLatin1String(seed.name)), seed.flavour);
        if (!written) {
            QTextStream(stderr) << written.error().message << '\n';
            return 1;
        }
    }
    return 0;
}
