// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetFolder.h"
#include "io/DicomWriter.h"

#include <QDir>

namespace pen::cli {

int runExportDicom(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes every view of every scan of an image set as a DICOM "
                                                    "file named SCAN-VIEW.dcm (ground truth is never written)."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("the image set folder"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("the folder for the DICOM files"));
    const QCommandLineOption flavour(QStringLiteral("flavour"),
                                     QStringLiteral("dicos (DICOS DX, the default) or sc (DICOM secondary capture)"),
                                     QStringLiteral("FLAVOUR"), QStringLiteral("dicos"));
    parser.addOption(flavour);
    QString problem;
    if (!parseArgs(parser, args, 2, &problem))
        return usage(parser, problem);
    const QString flavourName = parser.value(flavour);
    if (flavourName != u"dicos" && flavourName != u"sc")
        return usage(parser, QStringLiteral("unknown flavour \"%1\"").arg(flavourName));
    const QStringList positional = parser.positionalArguments();
    auto set = ImageSetFolder::open(positional[0]);
    if (!set)
        return fail(set.error());
    const QDir out(positional[1]);
    if (!QDir().mkpath(out.path()))
        return fail(makeError(ErrorCode::Io, out.path() + QStringLiteral(": cannot create the folder")));
    ProgressLine progress(QStringLiteral("exporting scans"));
    int files = 0;
    for (qsizetype i = 0; i < set->entries.size(); ++i) {
        auto scan = ImageSetFolder::loadScan(positional[0], set->entries[i]);
        if (!scan)
            return fail(scan.error());
        for (qsizetype v = 0; v < scan->views.size(); ++v) {
            const QString label
                = scan->views[v].label.isEmpty() ? QStringLiteral("view%1").arg(v) : scan->views[v].label;
            const QString path = out.filePath(QStringLiteral("%1-%2.dcm").arg(scan->id, label));
            auto written = writeDicomView(
                *scan, int(v), path, flavourName == u"sc" ? DicomFlavour::SecondaryCapture : DicomFlavour::DicosDx);
            if (!written)
                return fail(written.error());
            ++files;
        }
        progress.update(int(i + 1), int(set->entries.size()));
    }
    printLine(QStringLiteral("%1 DICOM files written to %2").arg(files).arg(out.path()));
    return ExitOk;
}

} // namespace pen::cli
