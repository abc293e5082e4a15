// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "importers/DatasetImport.h"

namespace pen::cli {
namespace {

struct ImportOptions {
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("voc, coco or yolo"), QStringLiteral("FORMAT")};
    QCommandLineOption annotations{
        QStringLiteral("annotations"),
        QStringLiteral("VOC: folder of .xml; COCO: the .json file; YOLO: folder of .txt labels"),
        QStringLiteral("PATH")};
    QCommandLineOption images{QStringLiteral("images"), QStringLiteral("folder of the images"), QStringLiteral("DIR")};
    QCommandLineOption classes{QStringLiteral("classes"),
                               QStringLiteral("YOLO: class names, one a line (default: classes.txt)"),
                               QStringLiteral("FILE")};
    QCommandLineOption mapping{
        QStringLiteral("mapping"),
        QStringLiteral("JSON {\"dataset class\": \"category\", \"*\": \"fallback\"} (default: built-in names)"),
        QStringLiteral("FILE")};
    QCommandLineOption source{QStringLiteral("source"), QStringLiteral("where the images come from (required)"),
                              QStringLiteral("TEXT")};
    QCommandLineOption licence{QStringLiteral("licence"), QStringLiteral("their licence (required)"),
                               QStringLiteral("TEXT")};
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("the image set's name (default: the source)"),
                            QStringLiteral("TEXT")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            QStringLiteral("parcel, baggage, vehicle, container or other (default baggage)"),
                            QStringLiteral("KIND"), QStringLiteral("baggage")};
    QCommandLineOption scanner{QStringLiteral("scanner"), QStringLiteral("scanner make and model"),
                               QStringLiteral("TEXT"), QStringLiteral("unknown")};
};

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imports a public X-ray dataset (images with VOC XML, COCO JSON or "
                                                    "YOLO annotations) into a new image set, mapping its class names "
                                                    "onto the product's categories. Nothing is written if any "
                                                    "annotation is malformed."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    const ImportOptions o;
    parser.addOptions(
        {o.format, o.annotations, o.images, o.classes, o.mapping, o.source, o.licence, o.name, o.kind, o.scanner});
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    for (const QCommandLineOption &required : {o.format, o.annotations, o.images, o.source, o.licence}) {
        if (!parser.isSet(required))
            return usage(parser, QStringLiteral("--%1 is required").arg(required.names().first()));
    }
    const auto objectKind = objectKindFromKey(parser.value(o.kind));
    if (!objectKind)
        return usage(parser, QStringLiteral("unknown kind \"%1\"").arg(parser.value(o.kind)));
    ImportRequest request;
    request.formatKey = parser.value(o.format);
    request.annotations = parser.value(o.annotations);
    request.imagesFolder = parser.value(o.images);
    request.classNamesFile = parser.value(o.classes);
    request.mappingFile = parser.value(o.mapping);
    request.objectKind = *objectKind;
    request.scanner = parser.value(o.scanner);
    request.provenance = {parser.value(o.source), parser.value(o.licence), {}};
    request.outputFolder = parser.positionalArguments().first();
    request.setName = parser.isSet(o.name) ? parser.value(o.name) : parser.value(o.source);
    Expected<ImageSet> set = [&] {
        ProgressLine progress(QStringLiteral("importing scans"));
        return importDataset(request, [&](int done, int total) { progress.update(done, total); });
    }();
    if (!set)
        return fail(set.error());
    printLine(QStringLiteral("%1: %2 scans, %3 ground-truth objects imported")
                  .arg(request.outputFolder)
                  .arg(set->entries.size())
                  .arg(set->objectCount()));
    return ExitOk;
}

} // namespace pen::cli
