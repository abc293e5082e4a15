// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "Commands.h"
#include "enhance/ViewModes.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

const char *const Usage
    = "usage: pentournament-imageset COMMAND [options] ARGS\n\n"
      "commands:\n"
      "  import [DATASET] OUT     turn a dataset (VOC XML, COCO JSON, YOLO text, image-level labels CSV,\n"
      "                           a DICOM folder) into an image set; the layout is detected from DATASET\n"
      "  validate SET    check an image set completely: manifest, files, hashes, sizes, regions\n"
      "  info PATH       describe an image set folder or one scan file (DICOM, PNG, TIFF, JPEG)\n"
      "  strip-truth SET OUT      write the contestants' copy of a set, without ground truth\n"
      "  check-stripped SET COPY  check that COPY is SET without its ground truth\n"
      "  export-dicom SET OUT     write every view as DICOS or standard DICOM\n"
      "  generate OUT    write a synthetic image set (--preset, --seed, --tip-rate)\n"
      "  realism SET --reference FOLDER...  measure a set's scans against real images\n"
      "  render PATH OUT.png      render a view with the CPU pipeline in one of the viewer's modes\n"
      "                           (--mode; default material, grey for one energy):\n"
      "%1\n"
      "Run a command with --help for its options.\n";

// The view modes of `render`, wrapped and indented under it.
QString renderModes()
{
    const QString indent(29, QLatin1Char(' '));
    QStringList lines{indent};
    const QStringList names = pen::ViewModes::names();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString item = names[i] + (i + 1 < names.size() ? QStringLiteral(",") : QString());
        if (lines.last().size() > indent.size() && lines.last().size() + 1 + item.size() > 100)
            lines.append(indent);
        lines.last() += (lines.last().size() > indent.size() ? QStringLiteral(" ") : QString()) + item;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray usage()
{
    return QString::fromLatin1(Usage).arg(renderModes()).toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pentournament-imageset"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("import"), pen::cli::runImport},
        {QStringLiteral("validate"), pen::cli::runValidate},
        {QStringLiteral("info"), pen::cli::runInfo},
        {QStringLiteral("strip-truth"), pen::cli::runStripTruth},
        {QStringLiteral("check-stripped"), pen::cli::runCheckStripped},
        {QStringLiteral("export-dicom"), pen::cli::runExportDicom},
        {QStringLiteral("generate"), pen::cli::runGenerate},
        {QStringLiteral("render"), pen::cli::runRender},
        {QStringLiteral("realism"), pen::cli::runRealism},
    };
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        std::fputs(usage().constData(), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end()) {
        std::fprintf(stderr, "pentournament-imageset: unknown command \"%s\"\n\n%s", qUtf8Printable(args.first()),
                     usage().constData());
        return 2;
    }
    return command->second(args.mid(1));
}
