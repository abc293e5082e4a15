// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "enhance/EnhancementControls.h"
#include "enhance/ModeRendering.h"
#include "enhance/ViewModes.h"
#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"

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
    const ImageSetEntry *entry
        = scanId.isEmpty() ? (set->entries.isEmpty() ? nullptr : &set->entries.first()) : set->find(scanId);
    if (!entry)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no scan \"%2\"").arg(path, scanId));
    return ImageSetFolder::loadScan(path, *entry);
}

// --gamma, --brightness, --contrast, --density-min, --density-max: numbers within their ranges.
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double low, double high,
                double &value, QString *problem)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double number = parser.value(option).toDouble(&ok);
    if (!ok || number < low || number > high) {
        *problem = QStringLiteral("--%1 must be a number from %2 to %3").arg(option.names().first()).arg(low).arg(high);
        return false;
    }
    value = number;
    return true;
}

Expected<void> savePng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

// The mode a view is shown in when none is asked for: the material colours where there are two
// energies to tell materials by, the console's grey otherwise (a single-energy scan, a colour image).
const ViewMode *defaultModeFor(ViewKind kind)
{
    const ViewMode *material = ViewModes::find(QStringLiteral("material"));
    if (EnhancementControls::unavailableReason(kind, material->control).isEmpty())
        return material;
    return ViewModes::find(QStringLiteral("grey"));
}

} // namespace

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders one view of a scan to PNG with the CPU enhancement pipeline, "
                       "in one of the viewer's modes."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("an image set folder or a scan file"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("the PNG to write"));
    const QCommandLineOption scan(QStringLiteral("scan"), QStringLiteral("scan id (default: the first)"),
                                  QStringLiteral("ID"));
    const QCommandLineOption view(QStringLiteral("view"), QStringLiteral("view index (default 0)"), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        QStringLiteral("one of: %1 (default: material where the view has two energies, else grey; on a MeV "
                       "cargo scan, material shows its MeV classes)")
            .arg(ViewModes::names().join(QStringLiteral(", "))),
        QStringLiteral("MODE"));
    const QCommandLineOption gamma(QStringLiteral("gamma"), QStringLiteral("gamma, 0.2 to 5 (default 1)"),
                                   QStringLiteral("G"));
    const QCommandLineOption brightness(QStringLiteral("brightness"), QStringLiteral("brightness, -1 to 1 (default 0)"),
                                        QStringLiteral("B"));
    const QCommandLineOption contrast(QStringLiteral("contrast"), QStringLiteral("contrast, 0.25 to 8 (default 1)"),
                                      QStringLiteral("C"));
    const QCommandLineOption densityMin(QStringLiteral("density-min"),
                                        QStringLiteral("density mode: least high-energy attenuation -ln T (default 1)"),
                                        QStringLiteral("A"));
    const QCommandLineOption densityMax(QStringLiteral("density-max"),
                                        QStringLiteral("density mode: most high-energy attenuation -ln T (default 2)"),
                                        QStringLiteral("A"));
    parser.addOptions({scan, view, mode, gamma, brightness, contrast, densityMin, densityMax});
    QString problem;
    if (!parseArgs(parser, args, 2, &problem))
        return usage(parser, problem);
    const ViewMode *renderMode = parser.isSet(mode) ? ViewModes::find(parser.value(mode)) : nullptr;
    if (parser.isSet(mode) && !renderMode)
        return usage(parser, QStringLiteral("unknown mode \"%1\"").arg(parser.value(mode)));
    DisplaySettings settings;
    if (!readNumber(parser, gamma, 0.2, 5, settings.gamma, &problem)
        || !readNumber(parser, brightness, -1, 1, settings.brightness, &problem)
        || !readNumber(parser, contrast, 0.25, 8, settings.contrast, &problem)
        || !readNumber(parser, densityMin, 0, 12, settings.densityMin, &problem)
        || !readNumber(parser, densityMax, 0, 12, settings.densityMax, &problem))
        return usage(parser, problem);
    const QStringList positional = parser.positionalArguments();
    auto loaded = loadScan(positional[0], parser.value(scan));
    if (!loaded)
        return fail(loaded.error());
    bool viewOk = false;
    const int viewIndex = parser.value(view).toInt(&viewOk);
    if (!viewOk || viewIndex < 0 || viewIndex >= loaded->views.size())
        return fail(makeError(ErrorCode::InvalidArgument,
                              QStringLiteral("scan %1 has no view %2").arg(loaded->id, parser.value(view))));
    const ScanView &shown = loaded->views[viewIndex];
    if (!renderMode)
        renderMode = defaultModeFor(shown.kind);
    auto image = renderInMode(shown, *renderMode, settings);
    if (!image)
        return fail(image.error().withContext(loaded->id));
    if (auto saved = savePng(*image, positional[1]); !saved)
        return fail(saved.error());
    printLine(QStringLiteral("%1: %2 x %3 pixels").arg(positional[1]).arg(image->width()).arg(image->height()));
    return ExitOk;
}

} // namespace pen::cli
