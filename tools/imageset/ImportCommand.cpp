// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "importers/DatasetImport.h"
#include "importers/DatasetLayout.h"

#include <cstdio>

namespace pen::cli {
namespace {

struct ImportOptions {
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("voc, coco, yolo, labels (image-level CSV) or dicom (default: detected)"),
                              QStringLiteral("FORMAT")};
    QCommandLineOption annotations{QStringLiteral("annotations"),
                                   QStringLiteral("VOC: folder of .xml; COCO: the .json file; YOLO: folder of .txt "
                                                  "labels; labels: the .csv file (default: detected)"),
                                   QStringLiteral("PATH")};
    QCommandLineOption images{QStringLiteral("images"), QStringLiteral("folder of the images (default: detected)"),
                              QStringLiteral("DIR")};
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
    QCommandLineOption skipBad{QStringLiteral("skip-bad"),
                               QStringLiteral("import the sound images and leave out those with a problem "
                                              "(default: write nothing if there is any problem)")};
    QCommandLineOption allowPartial{QStringLiteral("allow-partial"),
                                    QStringLiteral("exit with 0 although fewer scans were written than the dataset "
                                                   "has images")};
};

const char *const Description
    = "Imports an X-ray dataset into a new image set, mapping its class names onto the product's categories.\n"
      "Formats: Pascal VOC XML, COCO JSON, YOLO text (images PNG, TIFF, JPEG, DICOM or DICOS), image-level\n"
      "labels in a CSV (the scans' truth is then marked image-level: known to hold a category, not where),\n"
      "and a folder of DICOM files without annotations (truth marked unknown: never scored as clear).\n"
      "With DATASET the layout is detected from its folder (images/, Annotations/ or labels/, classes.txt,\n"
      "a COCO .json, a labels .csv); --format, --annotations and --images override what is detected.\n"
      "Every problem is listed and nothing is written if there is any, unless --skip-bad. An import that\n"
      "writes fewer scans than the dataset has images exits with 1 unless --allow-partial; one that\n"
      "would write none writes nothing and exits with 1.";

/// Fills the dataset's parts from the detected layout where the options do not name them.
int fillFromLayout(const QCommandLineParser &parser, const ImportOptions &o, ImportRequest &request)
{
    const auto layout = DatasetLayout::detect(parser.positionalArguments().first(), parser.value(o.format));
    if (!layout)
        return failWithEveryLine(layout.error());
    printLine(QStringLiteral("detected layout: %1: %2").arg(layout->formatKey, layout->description));
    request.formatKey = layout->formatKey;
    request.annotations = parser.isSet(o.annotations) ? parser.value(o.annotations) : layout->annotations;
    request.imagesFolder = parser.isSet(o.images) ? parser.value(o.images) : layout->imagesFolder;
    return ExitOk;
}

QString truthNote(const ImageSet &set)
{
    int imageLevel = 0, unknown = 0;
    for (const ImageSetEntry &entry : set.entries) {
        imageLevel += entry.scan.truthLevel == TruthLevel::ImageLevel ? 1 : 0;
        unknown += entry.scan.truthLevel == TruthLevel::Unknown ? 1 : 0;
    }
    QString note;
    if (imageLevel > 0)
        note += QStringLiteral("; %1 scans with image-level labels only (no locations)").arg(imageLevel);
    if (unknown > 0)
        note += QStringLiteral("; %1 scans with unknown truth (never scored as clear)").arg(unknown);
    return note;
}

int reportSkipped(const ImportSummary &summary, bool allowPartial)
{
    for (const QString &line : summary.problems)
        std::fprintf(stderr, "pentournament-imageset: left out: %s\n", qUtf8Printable(line));
    if (!summary.isPartial())
        return ExitOk;
    std::fprintf(stderr,
                 "pentournament-imageset: partial import: %d of %d images written; %d left out (%d with a problem "
                 "in their annotation or file, %d that no annotation names)\n",
                 summary.scans, summary.imagesFound, summary.skipped(), summary.badImages, summary.unannotatedImages);
    if (allowPartial)
        return ExitOk;
    std::fprintf(stderr, "pentournament-imageset: give --allow-partial to accept a partial import\n");
    return ExitBadInput;
}

int importInto(const ImportRequest &request, bool allowPartial)
{
    ImportSummary summary;
    Expected<ImageSet> set = [&] {
        ProgressLine progress(QStringLiteral("importing scans"));
        return importDataset(
            request, [&](int done, int total) { progress.update(done, total); }, &summary);
    }();
    if (!set) {
        failWithEveryLine(set.error());
        QString line = QStringLiteral("nothing written");
        if (!request.skipBad && summary.scans > 0 && !summary.problems.isEmpty())
            line += QStringLiteral("; %1 of %2 images have no problem: give --skip-bad to import them and leave "
                                   "out the rest")
                        .arg(summary.scans)
                        .arg(summary.imagesFound);
        std::fprintf(stderr, "pentournament-imageset: %s\n", qUtf8Printable(line));
        return ExitBadInput;
    }
    printLine(QStringLiteral("%1: %2 scans, %3 ground-truth objects imported%4")
                  .arg(request.outputFolder)
                  .arg(set->entries.size())
                  .arg(set->objectCount())
                  .arg(truthNote(*set)));
    return reportSkipped(summary, allowPartial);
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(Description));
    parser.addPositionalArgument(QStringLiteral("DATASET"), QStringLiteral("the dataset's folder (optional)"),
                                 QStringLiteral("[DATASET]"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    const ImportOptions o;
    parser.addOptions({o.format, o.annotations, o.images, o.classes, o.mapping, o.source, o.licence, o.name, o.kind,
                       o.scanner, o.skipBad, o.allowPartial});
    QString problem;
    if (!parseArgs(parser, args, 1, &problem, 2))
        return usage(parser, problem);
    for (const QCommandLineOption &required : {o.source, o.licence}) {
        if (!parser.isSet(required))
            return usage(parser, QStringLiteral("--%1 is required").arg(required.names().first()));
    }
    const bool detect = parser.positionalArguments().size() == 2;
    if (!detect && (!parser.isSet(o.format) || !parser.isSet(o.images)))
        return usage(parser, QStringLiteral("give the DATASET folder, or --format, --images and --annotations"));
    const auto objectKind = objectKindFromKey(parser.value(o.kind));
    if (!objectKind)
        return usage(parser, QStringLiteral("unknown kind \"%1\"").arg(parser.value(o.kind)));
    ImportRequest request;
    request.formatKey = parser.value(o.format);
    request.annotations = parser.value(o.annotations);
    request.imagesFolder = parser.value(o.images);
    if (detect) {
        if (const int code = fillFromLayout(parser, o, request); code != ExitOk)
            return code;
    }
    request.classNamesFile = parser.value(o.classes);
    request.mappingFile = parser.value(o.mapping);
    request.objectKind = *objectKind;
    request.scanner = parser.value(o.scanner);
    request.provenance = {parser.value(o.source), parser.value(o.licence), {}};
    request.skipBad = parser.isSet(o.skipBad);
    request.outputFolder = parser.positionalArguments().last();
    request.setName = parser.isSet(o.name) ? parser.value(o.name) : parser.value(o.source);
    return importInto(request, parser.isSet(o.allowPartial));
}

} // namespace pen::cli
