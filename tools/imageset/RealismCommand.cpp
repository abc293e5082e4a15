// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

#include "realism/RealismMeasurement.h"
#include "realism/RealismReport.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace pen::cli {
namespace {

using realism::MeasuredImages;

struct RealismRequest {
    QStringList sets;
    QStringList references;
    QList<const ViewMode *> modes;
    QList<ObjectKind> objectKinds;
};

bool readModes(const QString &value, QList<const ViewMode *> &modes, QString *problem)
{
    const QStringList names
        = value == u"both" ? QStringList{QStringLiteral("grey"), QStringLiteral("material")} : QStringList{value};
    if (value != u"both" && value != u"grey" && value != u"material") {
        *problem = QStringLiteral("--mode must be grey, material or both, not \"%1\"").arg(value);
        return false;
    }
    for (const QString &name : names)
        modes.append(ViewModes::find(name));
    return true;
}

bool readKinds(const QString &value, QList<ObjectKind> &kinds, QString *problem)
{
    for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ObjectKind> kind = objectKindFromKey(key.trimmed());
        if (!kind) {
            *problem = QStringLiteral("--kind: unknown object kind \"%1\" (parcel, baggage, vehicle, container, other)")
                           .arg(key);
            return false;
        }
        kinds.append(*kind);
    }
    return true;
}

// Images left out are not errors, but the reader of the table must know of them.
void reportSkipped(const MeasuredImages &group)
{
    constexpr int Shown = 5;
    const QString name = group.mode.isEmpty() ? group.name : group.name + QLatin1Char(' ') + group.mode;
    for (qsizetype i = 0; i < std::min<qsizetype>(group.skipped.size(), Shown); ++i)
        std::fprintf(stderr, "pentournament-imageset: %s: skipped %s\n", qUtf8Printable(name),
                     qUtf8Printable(group.skipped[i]));
    if (group.skipped.size() > Shown)
        std::fprintf(stderr, "pentournament-imageset: %s: and %d more skipped\n", qUtf8Printable(name),
                     int(group.skipped.size() - Shown));
}

Expected<QList<MeasuredImages>> measureReferences(const QStringList &folders)
{
    QList<MeasuredImages> references;
    for (const QString &folder : folders) {
        ProgressLine progress(QStringLiteral("measuring %1").arg(realism::folderDisplayName(folder)));
        auto measured
            = realism::measureReferenceFolder(folder, [&](int done, int total) { progress.update(done, total); });
        if (!measured)
            return measured.error();
        references.append(std::move(*measured));
    }
    return references;
}

Expected<QList<MeasuredImages>> measureSets(const RealismRequest &request)
{
    QList<MeasuredImages> ours;
    for (const QString &folder : request.sets) {
        ProgressLine progress(QStringLiteral("measuring %1 (scans)").arg(realism::folderDisplayName(folder)));
        auto measured = realism::measureImageSet(folder, request.modes, request.objectKinds,
                                                 [&](int done, int total) { progress.update(done, total); });
        if (!measured)
            return measured.error();
        ours.append(std::move(*measured));
    }
    return ours;
}

} // namespace

int runRealism(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures how much a set's scans, rendered as the console shows them, look like real X-ray images: "
        "statistics of the bag region per image, ours (median, 10-90 %) beside the real images' 10-90 % range."));
    parser.addPositionalArgument(QStringLiteral("SET"), QStringLiteral("image set folders to measure"),
                                 QStringLiteral("SET..."));
    const QCommandLineOption reference(
        QStringLiteral("reference"),
        QStringLiteral("a folder of real images (PNG, JPEG, TIFF, DICOM); repeat for more"), QStringLiteral("FOLDER"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("our view mode: grey, material or both (default both)"),
                                  QStringLiteral("MODE"), QStringLiteral("both"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("only scans of these object kinds, e.g. baggage,parcel"),
                                  QStringLiteral("KINDS"));
    parser.addOptions({reference, mode, kind});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("pentournament-imageset")} + args))
        return usage(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(commandHelp(parser)), stdout);
        return ExitOk;
    }
    RealismRequest request{parser.positionalArguments(), parser.values(reference), {}, {}};
    QString problem;
    if (request.sets.isEmpty())
        return usage(parser, QStringLiteral("expected at least one image set"));
    if (request.references.isEmpty())
        return usage(parser, QStringLiteral("expected at least one --reference folder of real images"));
    if (!readModes(parser.value(mode), request.modes, &problem)
        || !readKinds(parser.value(kind), request.objectKinds, &problem))
        return usage(parser, problem);
    // A mistyped set is reported before the minute spent on the references.
    for (const QString &set : request.sets) {
        if (!QFileInfo(set).isDir())
            return fail(makeError(ErrorCode::NotFound, set + QStringLiteral(": no such image set folder")));
    }
    auto references = measureReferences(request.references);
    if (!references)
        return fail(references.error());
    auto ours = measureSets(request);
    if (!ours)
        return fail(ours.error());
    for (const MeasuredImages &group : *references + *ours)
        reportSkipped(group);
    std::fputs(qUtf8Printable(realism::realismTable(*ours, *references)), stdout);
    std::fputs(qUtf8Printable(realism::twoSampleTable(*ours, *references)), stdout);
    return ExitOk;
}

} // namespace pen::cli
