// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetWriter.h"
#include "synth/StarterSet.h"

namespace pen::cli {

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic dual-energy image set with exact ground truth. "
                                                    "The same seed gives the same files."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("which set: starter"),
                                    QStringLiteral("NAME"), QStringLiteral("starter"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed (default 1)"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(preset);
    parser.addOption(seed);
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return usage(parser, QStringLiteral("--seed must be a non-negative integer"));
    if (parser.value(preset) != u"starter")
        return usage(parser, QStringLiteral("unknown preset \"%1\"").arg(parser.value(preset)));
    auto table = AttenuationTable::bundled();
    if (!table)
        return fail(table.error());
    ImageSetWriter writer(parser.positionalArguments().first(), StarterSet::header());
    if (auto begun = writer.begin(); !begun)
        return fail(begun.error());
    const QList<Scan> scans = StarterSet::scans(*table, seedValue);
    ProgressLine progress(QStringLiteral("writing scans"));
    for (qsizetype i = 0; i < scans.size(); ++i) {
        if (auto added = writer.addScan(scans[i]); !added)
            return fail(added.error());
        progress.update(int(i + 1), int(scans.size()));
    }
    if (auto finished = writer.finish(); !finished)
        return fail(finished.error());
    printLine(QStringLiteral("%1: %2 scans written").arg(parser.positionalArguments().first()).arg(scans.size()));
    return ExitOk;
}

} // namespace pen::cli
