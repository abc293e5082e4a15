// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"
#include "render/ScanRendering.h"

#include <QFileInfo>
#include <QSaveFile>

namespace pen::cli {
namespace {

Expected<Scan> loadScan(const QString &path, const QString &scanId)
{
    if (!QFileInfo(path).isDir())
        return readScanFile(path);
    auto set = ImageSetFolder::open(path);
    if (!set)
        return set.error();
    const ImageSetEntry *entry = scanId.isEmpty() ? (set->entries.isEmpty() ? nullptr : &set->entries.first())
                                                  : set->find(scanId);
    if (!entry)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no scan \"%2\"").arg(path, scanId));
    return ImageSetFolder::loadScan(path, *entry);
}

Expected<QImage> render(const ScanView &view, const QString &mode)
{
    if (mode == u"low" || mode == u"high")
        return ScanRendering::grey(view, view.kind == ViewKind::DualEnergy && mode == u"high" ? 1 : 0);
    auto table = AttenuationTable::bundled();
    if (!table)
        return table.error();
    auto detector = DualEnergyDetector::create(*table, DetectorSettings{});
    if (!detector)
        return detector.error();
    return ScanRendering::materialColour(view, MaterialBands::calibrate(*detector));
}

Expected<void> savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders one view of a scan to PNG with the CPU pipeline: the "
                                                    "material colour view or one energy channel in grey."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("an image set folder or a scan file"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("the PNG to write"));
    const QCommandLineOption scan(QStringLiteral("scan"), QStringLiteral("scan id (default: the first)"), QStringLiteral("ID"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("view index (default 0)"), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("material (default), high or low"),
                                  QStringLiteral("MODE"), QStringLiteral("material"));
    parser.addOptions({scan, view, mode});
    QString problem;
    if (!parseArgs(parser, args, 2, &problem))
        return usage(parser, problem);
    if (!QStringList{QStringLiteral("material"), QStringLiteral("high"), QStringLiteral("low")}.contains(parser.value(mode)))
        return usage(parser, QStringLiteral("unknown mode \"%1\"").arg(parser.value(mode)));
    const QStringList positional = parser.positionalArguments();
    auto loaded = loadScan(positional[0], parser.value(scan));
    if (!loaded)
        return fail(loaded.error());
    bool viewOk = false;
    const int viewIndex = parser.value(view).toInt(&viewOk);
    if (!viewOk || viewIndex < 0 || viewIndex >= loaded->views.size())
        return fail(makeError(ErrorCode::InvalidArgument, QStringLiteral("scan %1 has no view %2").arg(loaded->id, parser.value(view))));
    auto image = render(loaded->views[viewIndex], parser.value(mode));
    if (!image)
        return fail(image.error().withContext(loaded->id));
    if (auto saved = savePng(*image, positional[1]); !saved)
        return fail(saved.error());
    printLine(QStringLiteral("%1: %2 x %3 pixels").arg(positional[1]).arg(image->width()).arg(image->height()));
    return ExitOk;
}

} // namespace pen::cli
