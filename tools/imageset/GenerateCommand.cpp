// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "imageset/ImageSetWriter.h"
#include "scenes/DemoSets.h"
#include "synth/StarterSet.h"
#include "tip/TipResult.h"

#include <QtConcurrent/QtConcurrentMap>

#include <functional>

namespace pen::cli {
namespace {

// A fixed date for the DICOM headers of generated sets (2024-01-01), unless the build sets its own
// SOURCE_DATE_EPOCH: the same seed must give the same bytes.
void fixTheDate()
{
    if (qEnvironmentVariableIsEmpty("SOURCE_DATE_EPOCH"))
        qputenv("SOURCE_DATE_EPOCH", "1704067200");
}

using ScanMaker = std::function<Scan(int)>;

// Scans are built a batch at a time on all cores (each from its own seed, so the order of the
// work does not matter) and written in index order, so memory stays at one batch of pixels.
Expected<void> writeAll(ImageSetWriter &writer, int count, const ScanMaker &make)
{
    const int batch = std::max(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
    ProgressLine progress(QStringLiteral("writing scans"));
    for (int first = 0; first < count; first += batch) {
        QList<int> indices;
        for (int i = first; i < std::min(count, first + batch); ++i)
            indices.append(i);
        const QList<Scan> scans = QtConcurrent::blockingMapped(indices, make);
        for (const Scan &scan : scans) {
            if (auto added = writer.addScan(scan); !added)
                return added.error();
        }
        progress.update(first + int(indices.size()), count);
    }
    return writer.finish();
}

// Threat Image Projection over generated scans, as trainers set it: each scan draws from its own
// engine, so the result does not depend on the order of the work. A scan in which no threat finds a
// place stays as it was.
ScanMaker withTip(ScanMaker make, const ThreatLibrary &library, const TipSettings &settings, quint32 seed)
{
    return [make = std::move(make), &library, settings, seed](int i) {
        Scan scan = make(i);
        std::mt19937 engine(seed ^ (0x9e3779b9u * quint32(i + 1)));
        auto tipped = applyTip(scan, library, settings, engine);
        return tipped ? tipped->scan : scan;
    };
}

// "narcotics=2,weapon=1" → weights per category.
std::optional<QMap<QString, double>> parseMix(const QString &text)
{
    QMap<QString, double> weights;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double weight = item.section(QLatin1Char('='), 1).toDouble(&ok);
        if (!ok || item.count(QLatin1Char('=')) != 1)
            return std::nullopt;
        weights.insert(item.section(QLatin1Char('='), 0, 0).trimmed(), weight);
    }
    return weights;
}

int generate(const QString &out, const QString &preset, quint32 seed, const std::optional<TipSettings> &tip)
{
    auto table = AttenuationTable::bundled();
    if (!table)
        return fail(table.error());
    const AttenuationTable &attenuation = *table;
    int count = 0;
    ScanMaker make;
    ImageSet header;
    if (preset == u"starter") {
        const QList<Scan> scans = StarterSet::scans(attenuation, seed);
        header = StarterSet::header();
        count = int(scans.size());
        make = [scans](int i) { return scans[i]; };
    } else {
        const QList<ScenePlan> plans = DemoSets::plans(preset, seed);
        header = DemoSets::header(preset);
        count = int(plans.size());
        make = [plans, seed, &attenuation](int i) { return DemoSets::scan(plans[i], seed, i, attenuation); };
    }
    std::optional<ThreatLibrary> library;
    if (tip) {
        auto builtIn = ThreatLibrary::builtIn(attenuation);
        if (!builtIn)
            return fail(builtIn.error());
        library = std::move(*builtIn);
        make = withTip(std::move(make), *library, *tip, seed);
    }
    ImageSetWriter writer(out, header);
    if (auto begun = writer.begin(); !begun)
        return fail(begun.error());
    if (auto written = writeAll(writer, count, make); !written)
        return fail(written.error());
    printLine(QStringLiteral("%1: %2 scans written").arg(out).arg(count));
    return ExitOk;
}

} // namespace

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic dual-energy image set with exact ground truth. "
                                                    "The same seed gives the same files."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("a new or empty folder"));
    const QString names = QStringLiteral("starter, ") + DemoSets::presetNames().join(QStringLiteral(", "));
    const QCommandLineOption preset(QStringLiteral("preset"), QStringLiteral("which set: %1").arg(names),
                                    QStringLiteral("NAME"), QStringLiteral("starter"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("random seed (default 1)"),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption tipRate(QStringLiteral("tip-rate"),
                                     QStringLiteral("Threat Image Projection: probability 0..1 that a scan gets a "
                                                    "threat from the built-in library (default: no TIP)"),
                                     QStringLiteral("P"));
    const QCommandLineOption tipMix(QStringLiteral("tip-mix"),
                                    QStringLiteral("TIP category weights, e.g. narcotics=2,weapon=1 (default: equal)"),
                                    QStringLiteral("MIX"));
    parser.addOptions({preset, seed, tipRate, tipMix});
    QString problem;
    if (!parseArgs(parser, args, 1, &problem))
        return usage(parser, problem);
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return usage(parser, QStringLiteral("--seed must be a non-negative integer"));
    const QString name = parser.value(preset);
    if (name != u"starter" && !DemoSets::contains(name))
        return usage(parser, QStringLiteral("unknown preset \"%1\" (known: %2)").arg(name, names));
    std::optional<TipSettings> tip;
    if (parser.isSet(tipRate) || parser.isSet(tipMix)) {
        tip = TipSettings{};
        bool rateOk = true;
        tip->rate = parser.isSet(tipRate) ? parser.value(tipRate).toDouble(&rateOk) : 0.1;
        const auto mix = parseMix(parser.value(tipMix));
        if (!rateOk || !mix)
            return usage(parser, QStringLiteral("--tip-rate must be a number and --tip-mix CATEGORY=WEIGHT,..."));
        tip->categoryWeights = *mix;
        if (auto valid = tip->validate(); !valid)
            return usage(parser, valid.error().message);
    }
    fixTheDate();
    return generate(parser.positionalArguments().first(), name, seedValue, tip);
}

} // namespace pen::cli
