// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetFolder.h"

namespace pen::cli {

int runStripTruth(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the copy of an image set that contestants and ATD "
                                                    "plugins receive: the same scans, no ground truth."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("the full image set folder"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    QString problem;
    if (!parseArgs(parser, args, 2, &problem))
        return usage(parser, problem);
    const QStringList positional = parser.positionalArguments();
    if (auto written = ImageSetFolder::writeWithoutTruth(positional[0], positional[1]); !written)
        return fail(written.error());
    if (auto checked = ImageSetFolder::checkStrippedCopy(positional[0], positional[1]); !checked)
        return fail(checked.error());
    printLine(QStringLiteral("%1: contestants' copy written and checked").arg(positional[1]));
    return ExitOk;
}

int runCheckStripped(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks that COPY holds the same scans as SET and no ground truth."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("the full image set folder"));
    parser.addPositionalArgument(QStringLiteral("COPY"), QStringLiteral("the contestants' copy"));
    QString problem;
    if (!parseArgs(parser, args, 2, &problem))
        return usage(parser, problem);
    const QStringList positional = parser.positionalArguments();
    if (auto checked = ImageSetFolder::checkStrippedCopy(positional[0], positional[1]); !checked)
        return fail(checked.error());
    printLine(QStringLiteral("%1 matches %2 without ground truth").arg(positional[1], positional[0]));
    return ExitOk;
}

} // namespace pen::cli
