// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "scenes/SyntheticSets.h"

#include <optional>

namespace pen::cli {
namespace {

int generate(const QString &out, const SyntheticSetRequest &request)
{
    std::optional<ImageSet> written;
    {
        ProgressLine progress(QStringLiteral("writing scans"));
        auto set = SyntheticSets::generate(request, out, [&](int done, int total) {
            progress.update(done, total);
            return true;
        });
        if (!set)
            return fail(set.error());
        written = std::move(*set);
    }
    printLine(QStringLiteral("%1: %2 scans written").arg(out).arg(written->entries.size()));
    return ExitOk;
}

} // namespace

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic dual-energy image set with exact ground truth. "
                                                    "The same seed gives the same files."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    const QString names = SyntheticSets::presetNames().join(QStringLiteral(", "));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("which set: %1").arg(names),
                                    QStringLiteral("NAME"), QStringLiteral("starter"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed (default 1)"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scans(
        QStringLiteral("scans"),
        QStringLiteral("how many scans, 1..%1 (default: the preset's own count)").arg(SyntheticSets::MaxScans),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tipRate(QStringLiteral("tip-rate"),
                                     QStringLiteral("Threat Image Projection: probability 0..1 that a scan gets a "
                                                    "threat from the built-in library (default: no TIP)"),
                                     QStringLiteral("P"));
    const QCommandLineOption tipMix(QStringLiteral("tip-mix"),
                                    QStringLiteral("TIP category weights, e.g. narcotics=2,weapon=1 (default: equal)"),
                                    QStringLiteral("MIX"));
    parser.addOptions({preset, seed, scans, tipRate, tipMix});
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    SyntheticSetRequest request;
    request.preset = parser.value(preset);
    bool seedOk = false;
    request.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return usage(parser, QStringLiteral("--seed must be a non-negative integer"));
    bool scansOk = false;
    request.scanCount = parser.value(scans).toInt(&scansOk);
    if (!scansOk)
        return usage(parser, QStringLiteral("--scans must be a number"));
    if (parser.isSet(tipRate) || parser.isSet(tipMix)) {
        request.tip = TipSettings{};
        bool rateOk = true;
        request.tip->rate = parser.isSet(tipRate) ? parser.value(tipRate).toDouble(&rateOk) : 0.1;
        if (!rateOk)
            return usage(parser, QStringLiteral("--tip-rate must be a number"));
        const auto mix = parseCategoryWeights(parser.value(tipMix));
        if (!mix)
            return usage(parser, mix.error().message);
        request.tip->categoryWeights = *mix;
    }
    if (auto valid = SyntheticSets::validate(request); !valid)
        return usage(parser, valid.error().message);
    return generate(parser.positionalArguments().first(), request);
}

} // namespace pen::cli
