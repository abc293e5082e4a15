// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetFolder.h"
#include "io/ScanFileIO.h"

#include <QDir>
#include <QFileInfo>

namespace pen::cli {
namespace {

QString describeView(const ScanView &view, int index)
{
    QString text = QStringLiteral("  view %1 \"%2\": %3, %4 x %5 pixels, %6 channel(s)")
                       .arg(index)
                       .arg(view.label, viewKindKey(view.kind))
                       .arg(view.width)
                       .arg(view.height)
                       .arg(view.kind == ViewKind::Colour ? 3 : view.expectedChannelCount());
    if (view.pixelSizeMm)
        text += QStringLiteral(", %1 mm/pixel").arg(*view.pixelSizeMm);
    return text;
}

void describeScan(const Scan &scan)
{
    printLine(QStringLiteral("scan %1: %2, scanner \"%3\"").arg(scan.id, objectKindKey(scan.objectKind), scan.scanner));
    for (qsizetype v = 0; v < scan.views.size(); ++v)
        printLine(describeView(scan.views[v], int(v)));
    if (scan.declaration) {
        const Declaration &d = *scan.declaration;
        printLine(QStringLiteral("  declaration: \"%1\", HS %2, %3 %4, %5 kg, origin %6")
                      .arg(d.goodsDescription, d.hsCode)
                      .arg(d.quantity.value_or(0))
                      .arg(d.quantityUnit)
                      .arg(d.grossWeightKg.value_or(0))
                      .arg(d.origin));
    }
    if (scan.truthLevel != TruthLevel::Localised)
        printLine(QStringLiteral("  truth: %1").arg(truthLevelKey(scan.truthLevel)));
    for (const GroundTruthObject &object : scan.truth) {
        if (object.regions.isEmpty()) {
            printLine(
                QStringLiteral("  object %1: %2, image-level label (no location)").arg(object.id, object.category));
            continue;
        }
        const QRectF b = object.regions.value(0).bounds();
        printLine(QStringLiteral("  object %1: %2 at (%3, %4) %5 x %6 in view %7%8")
                      .arg(object.id, object.category)
                      .arg(b.x())
                      .arg(b.y())
                      .arg(b.width())
                      .arg(b.height())
                      .arg(object.regions.value(0).viewIndex)
                      .arg(object.material.isEmpty() ? QString() : QStringLiteral(", ") + object.material));
    }
}

} // namespace

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Describes an image set (scans, views, objects) or one scan file."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("an image set folder or a scan file"));
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    const QString path = parser.positionalArguments().first();
    if (QFileInfo(path).isDir()) {
        auto set = ImageSetFolder::open(path);
        if (!set)
            return fail(set.error());
        printLine(QStringLiteral("image set \"%1\": %2 scans, %3 objects, source %4, licence %5%6")
                      .arg(set->name)
                      .arg(set->entries.size())
                      .arg(set->objectCount())
                      .arg(set->provenance.source, set->provenance.licence)
                      .arg(set->groundTruthIncluded ? QString() : QStringLiteral(", no ground truth")));
        for (const ImageSetEntry &entry : set->entries)
            describeScan(entry.scan);
        return ExitOk;
    }
    auto scan = readScanFile(path);
    if (!scan)
        return fail(scan.error());
    describeScan(*scan);
    return ExitOk;
}

} // namespace pen::cli
