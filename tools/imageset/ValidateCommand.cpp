// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetFolder.h"

#include <cstdio>

namespace pen::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks an image set completely: the manifest, every scan "
                       "file's presence, hash, decoding, kind and size, and every region."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("the image set folder"));
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    const QString folder = parser.positionalArguments().first();
    Expected<ImageSet> set = [&] {
        ProgressLine progress(QStringLiteral("validating scans"));
        return ImageSetFolder::open(folder, ImageSetFolder::Check::Full,
                                    [&](int done, int total) { progress.update(done, total); });
    }();
    if (!set) {
        // Validation lists every problem: that is what the command is for.
        for (const QString &line : set.error().message.split(QLatin1Char('\n')))
            std::fprintf(stderr, "pentournament-imageset: %s\n", qUtf8Printable(line));
        return ExitBadInput;
    }
    // A set with no scans can be played by nobody; calling it valid hides a failed import.
    if (set->entries.isEmpty())
        return fail(makeError(ErrorCode::Validation, folder + QStringLiteral(": the image set holds no scans")));
    printLine(QStringLiteral("%1: valid, %2 scans, %3 ground-truth objects%4")
                  .arg(folder)
                  .arg(set->entries.size())
                  .arg(set->objectCount())
                  .arg(set->groundTruthIncluded ? QString() : QStringLiteral(" (contestants' copy, no ground truth)")));
    return ExitOk;
}

} // namespace pen::cli
