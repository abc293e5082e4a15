// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Test helper, not a product tool: writes the test scans as DICOS and secondary capture files,
// with their expected pixels as raw little-endian dumps, for checks by external DICOM tools.
#include "TestScans.h"
#include "io/DicomWriter.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace pen;

static bool writeRaw(const QString &path, const void *data, size_t bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(static_cast<const char *>(data), qint64(bytes)) == qint64(bytes);
}

static bool writeSamples(const QDir &dir)
{
    const Scan dual = test::dualEnergyScan(QStringLiteral("dual"), 64, 48);
    const Scan colour = test::colourScan(QStringLiteral("colour"), 32, 24);
    const Scan single = test::dualViewSingleEnergyScan(QStringLiteral("single"), 40, 30);
    const struct {
        const Scan &scan;
        const char *name;
        DicomFlavour flavour;
    } files[] = {
        {dual, "dicos_dual.dcm", DicomFlavour::DicosDx},
        {dual, "sc_dual.dcm", DicomFlavour::SecondaryCapture},
        {colour, "sc_colour.dcm", DicomFlavour::SecondaryCapture},
        {single, "sc_single.dcm", DicomFlavour::SecondaryCapture},
        {single, "dicos_single.dcm", DicomFlavour::DicosDx},
    };
    QTextStream err(stderr);
    for (const auto &file : files) {
        const Expected<void> written
            = writeDicomView(file.scan, 0, dir.filePath(QLatin1String(file.name)), file.flavour);
        if (!written) {
            err << written.error().message << '\n';
            return false;
        }
    }
    const ScanView &energy = dual.views[0];
    const ScanView &rgb = colour.views[0];
    const size_t bytes = energy.channels[0].pixels.size() * sizeof(quint16);
    return writeRaw(dir.filePath(QStringLiteral("dual_low.raw")), energy.channels[0].pixels.data(), bytes)
        && writeRaw(dir.filePath(QStringLiteral("dual_high.raw")), energy.channels[1].pixels.data(), bytes)
        && writeRaw(dir.filePath(QStringLiteral("colour.raw")), rgb.colour.rgb.data(), rgb.colour.rgb.size());
}

int main(int argc, char *argv[])
{
    if (argc != 2) {
        QTextStream(stderr) << "usage: dicom_sample_writer FOLDER\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;
    return writeSamples(dir) ? 0 : 1;
}
