// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "scenes/SyntheticSets.h"

#include "imageset/ImageSetWriter.h"
#include "imageset/TargetsAlone.h"
#include "scenes/DemoSets.h"
#include "scenes/PackedBagSet.h"
#include "scenes/StarterSet.h"
#include "tip/ThreatLibrary.h"
#include "tip/TipResult.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>

namespace pen::SyntheticSets {
namespace {

// A scan and its targets rendered alone (none for the starter set and TIP's insertions).
using ScanMaker = std::function<DemoSets::ScanAndTargets(int)>;

struct ScanSource {
    ImageSet header;
    int presetCount = 0;
    ScanMaker make;
};

// A fixed date for the DICOM headers of generated sets (2024-01-01), unless the build sets its own
// SOURCE_DATE_EPOCH: the same seed must give the same bytes.
void fixTheDate()
{
    if (qEnvironmentVariableIsEmpty("SOURCE_DATE_EPOCH"))
        qputenv("SOURCE_DATE_EPOCH", "1704067200");
}

// Scans past the starter set's five are the five again from the next seeds, renamed "<id>-2", ...
ScanSource starterSource(const AttenuationTable &attenuation, quint32 seed)
{
    const QList<Scan> first = StarterSet::scans(attenuation, seed);
    const int count = int(first.size());
    return {StarterSet::header(), count, [first, count, seed, &attenuation](int i) {
                const int cycle = i / count;
                if (cycle == 0)
                    return DemoSets::ScanAndTargets{first[i], {}};
                Scan scan = StarterSet::scans(attenuation, seed + quint32(cycle))[i % count];
                scan.id += QStringLiteral("-%1").arg(cycle + 1);
                return DemoSets::ScanAndTargets{scan, {}};
            }};
}

// Scans past the preset's own plans repeat them; each scan is still built from its own index.
ScanSource demoSource(const QString &preset, const AttenuationTable &attenuation, quint32 seed)
{
    const QList<ScenePlan> plans = DemoSets::plans(preset, seed);
    const int count = int(plans.size());
    return {DemoSets::header(preset), count, [plans, count, seed, &attenuation](int i) {
                ScenePlan plan = plans[i % count];
                plan.id = QStringLiteral("scan-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
                return DemoSets::scanAndTargets(plan, seed, i, attenuation);
            }};
}

// Packed 3-D bags have no targets-alone companion yet: each scan is its own draw of the packer.
ScanSource packedSource(const AttenuationTable &attenuation, quint32 seed)
{
    return {PackedBagSet::header(), PackedBagSet::ScanCount, [seed, &attenuation](int i) {
                return DemoSets::ScanAndTargets{PackedBagSet::scan(seed, i, attenuation), {}};
            }};
}

// The preset's scans, by name (validate() has checked it).
ScanSource sourceOf(const QString &preset, const AttenuationTable &attenuation, quint32 seed)
{
    if (preset == u"starter")
        return starterSource(attenuation, seed);
    if (preset == QLatin1String(PackedBagSet::Preset))
        return packedSource(attenuation, seed);
    return demoSource(preset, attenuation, seed);
}

// Threat Image Projection over generated scans, as trainers set it: each scan draws from its own
// engine, so the result does not depend on the order of the work. A scan in which no threat finds a
// place stays as it was.
ScanMaker withTip(ScanMaker make, const ThreatLibrary &library, const TipSettings &settings, quint32 seed)
{
    return [make = std::move(make), &library, settings, seed](int i) {
        DemoSets::ScanAndTargets made = make(i);
        std::mt19937 engine(seed ^ (0x9e3779b9u * quint32(i + 1)));
        if (auto tipped = applyTip(made.scan, library, settings, engine))
            made.scan = tipped->scan;
        return made;
    };
}

Expected<void> checkCategories(const TipSettings &tip, const ThreatLibrary &library)
{
    const QStringList known = library.categories();
    for (auto it = tip.categoryWeights.cbegin(); it != tip.categoryWeights.cend(); ++it) {
        if (!known.contains(it.key()))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("TIP category \"%1\" is not in the threat library (known: %2)")
                                 .arg(it.key().left(40), known.join(QStringLiteral(", "))));
    }
    return {};
}

// Scans first..end-1 built on the global thread pool (core links Qt Core only, not Qt Concurrent).
// Never called from a thread of that pool, so waiting here cannot starve it.
QList<DemoSets::ScanAndTargets> makeInParallel(int first, int end, const ScanMaker &make)
{
    QList<DemoSets::ScanAndTargets> scans(end - first);
    DemoSets::ScanAndTargets *results = scans.data(); // each task writes its own element; the list is never resized
    QSemaphore built;
    for (int i = first; i < end; ++i) {
        QThreadPool::globalInstance()->start([results, &built, &make, first, i] {
            results[i - first] = make(i);
            built.release();
        });
    }
    built.acquire(end - first);
    return scans;
}

// Scans are built a batch at a time on all cores (each from its own seed, so the order of the
// work does not matter) and written in index order, so memory stays at one batch of pixels. The
// targets alone go into their own set (TargetsAlone), begun with the first and finished first: a set whose manifest
// exists has its companion complete.
Expected<void> writeAll(ImageSetWriter &writer, ImageSetWriter &targetsAlone, int count, const ScanMaker &make,
                        const Progress &progress)
{
    const int batch = std::max(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
    int done = 0;
    int alone = 0;
    for (int first = 0; first < count; first += batch) {
        const QList<DemoSets::ScanAndTargets> scans = makeInParallel(first, std::min(count, first + batch), make);
        for (const DemoSets::ScanAndTargets &made : scans) {
            if (auto added = writer.addScan(made.scan); !added)
                return added.error();
            for (const Scan &target : made.targetsAlone) {
                if (alone == 0) {
                    if (auto begun = targetsAlone.begin(); !begun)
                        return begun.error();
                }
                if (auto added = targetsAlone.addScan(target); !added)
                    return added.error();
                ++alone;
            }
            if (progress && !progress(++done, count))
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("generation stopped after %1 of %2 scans").arg(done).arg(count));
        }
    }
    if (alone > 0) {
        if (auto finished = targetsAlone.finish(); !finished)
            return finished.error();
    }
    return writer.finish();
}

} // namespace

QStringList presetNames()
{
    return QStringList{QStringLiteral("starter")} + DemoSets::presetNames()
        + QStringList{QString::fromLatin1(PackedBagSet::Preset)};
}

Expected<void> validate(const SyntheticSetRequest &request)
{
    if (!presetNames().contains(request.preset))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown preset \"%1\" (known: %2)")
                             .arg(request.preset.left(40), presetNames().join(QStringLiteral(", "))));
    if (request.scanCount < 0 || request.scanCount > MaxScans)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 scans asked for; a generated set has 1 to %2 (0: the preset's own count)")
                             .arg(request.scanCount)
                             .arg(MaxScans));
    if (!request.tip)
        return {};
    if (auto valid = request.tip->validate(); !valid)
        return valid.error();
    const auto &weights = request.tip->categoryWeights;
    if (!weights.isEmpty() && std::none_of(weights.cbegin(), weights.cend(), [](double w) { return w > 0; }))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("TIP category weights: at least one must be above 0"));
    return {};
}

Expected<ImageSet> generate(const SyntheticSetRequest &request, const QString &folder, const Progress &progress)
{
    if (auto valid = validate(request); !valid)
        return valid.error();
    auto table = AttenuationTable::bundled();
    if (!table)
        return table.error();
    const AttenuationTable &attenuation = *table;
    ScanSource source = sourceOf(request.preset, attenuation, request.seed);
    std::optional<ThreatLibrary> library;
    if (request.tip) {
        auto builtIn = ThreatLibrary::builtIn(attenuation);
        if (!builtIn)
            return builtIn.error();
        library = std::move(*builtIn);
        if (auto known = checkCategories(*request.tip, *library); !known)
            return known.error();
        source.make = withTip(std::move(source.make), *library, *request.tip, request.seed);
    }
    fixTheDate();
    ImageSetWriter writer(folder, source.header);
    if (auto begun = writer.begin(); !begun)
        return begun.error();
    ImageSetWriter targetsAlone(TargetsAlone::folderOf(folder), TargetsAlone::header(source.header));
    const int count = request.scanCount > 0 ? request.scanCount : source.presetCount;
    if (auto written = writeAll(writer, targetsAlone, count, source.make, progress); !written)
        return written.error();
    return writer.imageSet();
}

} // namespace pen::SyntheticSets
