// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-atd-run: runs ATD plugins over an image set with its ground truth, the same way the
// server does (each in its own process, the same limits), and prints their leaderboard. Vendors
// try their plugin on a practice set with it before an event; hosts compare machines.
#include "atdrunner/MachineRunRecord.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/ImageSetManifest.h"
#include "io/ThreatDetectionReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <optional>

using namespace pen;
using namespace pen::atd;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "pentournament-atd-run: %s\n", message.toLocal8Bit().constData());
    return code;
}

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

QString number(const std::optional<double> &value, int decimals = 3)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("–");
}

QString leaderboard(const QList<MachineRunRecord> &ranked)
{
    QString text = QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                       .arg(QStringLiteral("#"), -3)
                       .arg(QStringLiteral("plugin"), -28)
                       .arg(QStringLiteral("AP@0.5"), 8)
                       .arg(QStringLiteral("AP@.5:.95"), 10)
                       .arg(QStringLiteral("Pd"), 6)
                       .arg(QStringLiteral("Pfa"), 6)
                       .arg(QStringLiteral("p50 s"), 8)
                       .arg(QStringLiteral("p95 s"), 8)
                       .arg(QStringLiteral("scans/h"), 9)
                       .arg(QStringLiteral("failed"), 7);
    int rank = 0;
    for (const MachineRunRecord &record : ranked) {
        const MachineMetrics &m = record.metrics;
        text += QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                    .arg(++rank, -3)
                    .arg(QStringLiteral("%1 %2").arg(record.run.plugin.name, record.run.plugin.version).left(28), -28)
                    .arg(number(m.meanAp50), 8)
                    .arg(number(m.meanApCoco), 10)
                    .arg(m.pd, 6, 'f', 2)
                    .arg(m.pfa, 6, 'f', 2)
                    .arg(m.latencyP50, 8, 'f', 3)
                    .arg(m.latencyP95, 8, 'f', 3)
                    .arg(m.imagesPerHour, 9, 'f', 0)
                    .arg(m.failures, 7);
        for (const CategoryMetrics &category : m.categories)
            text += QStringLiteral("     %1 AP@0.5 %2, AP@.5:.95 %3 (%4 objects, %5 detections)\n")
                        .arg(category.category, -14)
                        .arg(number(category.ap50))
                        .arg(number(category.apCoco))
                        .arg(category.truthObjects)
                        .arg(category.detections);
    }
    return text;
}

// DICOS long strings hold 64 characters; a plugin may call itself by up to 200.
constexpr int TdrNameLength = 64;

// A folder name from what a plugin calls itself: letters, digits, '.', '_' and '-' are kept, and
// a name already taken in this run gets a number.
QString reportFolderName(const MachineRunRecord &record, QStringList &taken)
{
    QString name = record.run.plugin.name;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = QFileInfo(record.launch.binary).fileName();
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = QStringLiteral("%1-%2").arg(name).arg(n);
    taken.append(unique);
    return unique;
}

ThreatReport threatReport(const MachineAnswer &answer, const PluginIdentity &plugin, const QDateTime &created)
{
    ThreatReport report;
    report.scanId = answer.scanId;
    report.author = ThreatReport::Author::Machine;
    report.algorithmName = plugin.name.left(TdrNameLength);
    report.algorithmVersion = plugin.version.left(TdrNameLength);
    report.vendor = plugin.vendor.left(TdrNameLength);
    report.alarm = answer.alarm;
    report.alarmScore = answer.alarmScore;
    for (const DetectedObject &object : answer.objects)
        report.objects.append({object.category, object.region, object.probability});
    report.processingSeconds = answer.seconds;
    report.created = created;
    return report;
}

// Writes one Threat Detection Report per valid answer into folder/<plugin>/<scan id>.dcm, dated
// with the run's start so that the same answers give the same files; failed answers get none
// (and lose one an earlier run left there).
Expected<void> writeReports(const QDir &folder, const MachineRunRecord &record, QStringList &takenNames)
{
    const QString name = reportFolderName(record, takenNames);
    if (!folder.mkpath(name))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot create the folder").arg(folder.filePath(name)));
    const QDir pluginFolder(folder.filePath(name));
    QStringList skipped;
    for (const MachineAnswer &answer : record.run.answers) {
        const QString path = pluginFolder.filePath(answer.scanId + QStringLiteral(".dcm"));
        if (answer.failed()) {
            // A report left by an earlier run would pass for this run's answer.
            QFile::remove(path);
            skipped.append(answer.scanId);
            continue;
        }
        if (const Expected<void> written
            = writeThreatDetectionReport(path, threatReport(answer, record.run.plugin, record.startedAt));
            !written)
            return written.error().withContext(path);
    }
    print(QStringLiteral("%1: %2 threat detection reports in %3\n")
              .arg(record.run.plugin.name)
              .arg(record.run.answers.size() - skipped.size())
              .arg(pluginFolder.path()));
    if (!skipped.isEmpty())
        print(QStringLiteral("  no report for the %1 failed scans: %2\n")
                  .arg(skipped.size())
                  .arg(skipped.join(QStringLiteral(", "))));
    return {};
}

// Creates the report folder before any plugin runs, so that a folder that cannot be written is
// reported at once rather than after the whole set.
Expected<void> prepareReportFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("--tdr %1: not a folder").arg(path));
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::Io, QStringLiteral("--tdr %1: cannot create the folder").arg(path));
    if (!QFileInfo(path).isWritable())
        return makeError(ErrorCode::Io, QStringLiteral("--tdr %1: the folder cannot be written").arg(path));
    return {};
}

// What the command line asks for, checked.
struct RunOptions {
    QString setFolder;
    PluginLimits limits;
    QList<PluginLaunch> launches;
    QStringList categories;           ///< empty: the set's targets, else all in its truth
    std::optional<QString> tdrFolder; ///< --tdr given (even empty)
    std::optional<QString> jsonFile;  ///< --json given (even empty)
};

// The image set the plugins run over, with what their scores are computed from.
struct ScoringSet {
    ImageSet set;
    QString manifestSha256;
    QStringList categories;
};

// The plugins' scored runs; a plugin that could not be run has none.
struct PluginRuns {
    QList<MachineRunRecord> records;
    bool reportsWritten = true;
};

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Runs ATD plugins over an image set with its ground truth and prints their metrics and leaderboard.\n"
        "A library plugin runs in pentournament-atd-host; a gRPC plugin is a command that prints \"listening on "
        "HOST:PORT\"."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("set"), QStringLiteral("The image set folder (with ground truth)."), QStringLiteral("FOLDER")},
        {QStringLiteral("library"), QStringLiteral("A plugin library; FILE or FILE?CONFIG. Repeatable."),
         QStringLiteral("FILE")},
        {QStringLiteral("program"), QStringLiteral("A gRPC plugin's command line. Repeatable."),
         QStringLiteral("COMMAND")},
        {QStringLiteral("host"), QStringLiteral("pentournament-atd-host (default: beside this program)."),
         QStringLiteral("FILE")},
        {QStringLiteral("categories"),
         QStringLiteral("Categories to score, comma-separated (default: the set's targets, else all in its truth)."),
         QStringLiteral("LIST")},
        {QStringLiteral("seconds-per-scan"), QStringLiteral("Deadline of one detection (default 10)."),
         QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("memory-mb"), QStringLiteral("Address space of a plugin's process (default 4096)."),
         QStringLiteral("MB"), QStringLiteral("4096")},
        {QStringLiteral("json"), QStringLiteral("Write the runs, answers and metrics as JSON."),
         QStringLiteral("FILE")},
        {QStringLiteral("tdr"),
         QStringLiteral("Write each valid answer as a DICOS Threat Detection Report, FOLDER/<plugin>/<scan id>.dcm."),
         QStringLiteral("FOLDER")},
    });
}

Expected<PluginLimits> parseLimits(const QCommandLineParser &parser)
{
    PluginLimits limits;
    bool ok = false;
    limits.secondsPerScan = parser.value(QStringLiteral("seconds-per-scan")).toDouble(&ok);
    if (!ok || limits.secondsPerScan <= 0 || limits.secondsPerScan > 3600)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("--seconds-per-scan: a number of seconds from 0 to 3600"));
    const qint64 memoryMb = parser.value(QStringLiteral("memory-mb")).toLongLong(&ok);
    if (!ok || memoryMb < 256 || memoryMb > 1024 * 1024)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--memory-mb: a number from 256 to 1048576"));
    limits.memoryBytes = memoryMb << 20;
    return limits;
}

// The libraries first, then the programs, each in the order given.
Expected<QList<PluginLaunch>> parseLaunches(const QCommandLineParser &parser)
{
    QString host = parser.value(QStringLiteral("host"));
    if (host.isEmpty())
        host = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pentournament-atd-host"));
    QList<PluginLaunch> launches;
    for (const QString &library : parser.values(QStringLiteral("library"))) {
        const qsizetype question = library.indexOf(QLatin1Char('?'));
        launches.append(PluginLaunch::forLibrary(host, library.left(question),
                                                 question < 0 ? QString() : library.mid(question + 1)));
    }
    for (const QString &command : parser.values(QStringLiteral("program"))) {
        const QStringList words = QProcess::splitCommand(command);
        if (words.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("--program: an empty command"));
        launches.append(PluginLaunch::forProgram(words.first(), words.mid(1)));
    }
    if (launches.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("give at least one --library or --program"));
    return launches;
}

// Only checks the words; the set and the folders are looked at by loadScoringSet.
Expected<RunOptions> parseOptions(const QCommandLineParser &parser)
{
    RunOptions options;
    options.setFolder = parser.value(QStringLiteral("set"));
    if (options.setFolder.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("--set FOLDER is required"));
    auto limits = parseLimits(parser);
    if (!limits)
        return limits.error();
    options.limits = *limits;
    auto launches = parseLaunches(parser);
    if (!launches)
        return launches.error();
    options.launches = *launches;
    options.categories = parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("tdr")))
        options.tdrFolder = parser.value(QStringLiteral("tdr"));
    if (parser.isSet(QStringLiteral("json")))
        options.jsonFile = parser.value(QStringLiteral("json"));
    return options;
}

// Opens the set and prepares the report folder before any plugin runs, so that a set without
// ground truth or a folder that cannot be written stops the run at once.
Expected<ScoringSet> loadScoringSet(const RunOptions &options)
{
    auto set = ImageSetFolder::open(options.setFolder);
    if (!set)
        return set.error();
    if (!set->groundTruthIncluded)
        return makeError(ErrorCode::Validation,
                         QStringLiteral("%1: the set has no ground truth to score against").arg(options.setFolder));
    auto manifestHash = sha256OfFile(QDir(options.setFolder).filePath(ImageSet::ManifestFileName));
    if (!manifestHash)
        return manifestHash.error();
    if (options.tdrFolder) {
        if (const Expected<void> prepared = prepareReportFolder(*options.tdrFolder); !prepared)
            return prepared.error();
    }
    ScoringSet scoring{std::move(*set), std::move(*manifestHash), options.categories};
    if (scoring.categories.isEmpty() && scoring.set.round)
        scoring.categories = scoring.set.round->targetCategories;
    return scoring;
}

// Runs one plugin over the set with a progress line, and scores its answers. A plugin that
// cannot be run is reported here and gives no record.
std::optional<MachineRunRecord> runAndScore(const PluginLaunch &launch, const RunOptions &options,
                                            const ScoringSet &scoring)
{
    const QString name = QFileInfo(launch.binary).fileName();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    auto run = runPlugin(launch, options.limits, options.setFolder, scoring.set.entries,
                         [&](int done, int total, const MachineAnswer &) {
                             print(QStringLiteral("\r%1: %2 of %3 scans").arg(name).arg(done).arg(total));
                         });
    if (!run) {
        print(QStringLiteral("\n"));
        fail(run.error().message);
        return std::nullopt;
    }
    MachineRunRecord record = scoreRun(std::move(*run), scoring.set, scoring.categories);
    record.launch = launch;
    record.limits = options.limits;
    record.imageSetSha256 = scoring.manifestSha256;
    record.startedAt = startedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    print(QStringLiteral(" (%1 failed)\n").arg(record.metrics.failures));
    for (const MachineAnswer &answer : record.run.answers) {
        if (answer.failed())
            print(QStringLiteral("  %1: %2\n").arg(answer.scanId, answer.failure));
    }
    return record;
}

// One plugin after the other; one that fails does not stop the others.
PluginRuns runPlugins(const RunOptions &options, const ScoringSet &scoring)
{
    PluginRuns runs;
    QStringList reportFolders;
    for (const PluginLaunch &launch : options.launches) {
        std::optional<MachineRunRecord> record = runAndScore(launch, options, scoring);
        if (!record)
            continue;
        if (options.tdrFolder && !options.tdrFolder->isEmpty()) {
            if (const Expected<void> written = writeReports(QDir(*options.tdrFolder), *record, reportFolders);
                !written) {
                fail(written.error().message);
                runs.reportsWritten = false;
            }
        }
        runs.records.append(*record);
    }
    return runs;
}

Expected<void> writeJson(const QString &path, const QList<MachineRunRecord> &ranked)
{
    QJsonArray runs;
    for (const MachineRunRecord &record : ranked)
        runs.append(record.toJson());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}}).toJson()) < 0)
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write").arg(file.fileName()));
    return {};
}

// Prints the leaderboard and writes the JSON; the exit code says whether every plugin ran and
// every report was written.
int reportResults(const RunOptions &options, const ScoringSet &scoring, const PluginRuns &runs)
{
    if (runs.records.isEmpty())
        return fail(QStringLiteral("no plugin could be run"));
    const QList<MachineRunRecord> ranked = rankRuns(runs.records);
    print(QStringLiteral("\nLeaderboard on %1 (%2 scans, manifest %3):\n")
              .arg(scoring.set.name)
              .arg(scoring.set.entries.size())
              .arg(scoring.manifestSha256.left(12)));
    print(leaderboard(ranked));
    if (options.jsonFile) {
        if (const Expected<void> written = writeJson(*options.jsonFile, ranked); !written)
            return fail(written.error().message);
    }
    return runs.records.size() == options.launches.size() && runs.reportsWritten ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pentournament-atd-run"));
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    // A command line that cannot be used exits with 2, a set or a run that fails with 1.
    const Expected<RunOptions> options = parseOptions(parser);
    if (!options)
        return fail(options.error().message, 2);
    const Expected<ScoringSet> scoring = loadScoringSet(*options);
    if (!scoring)
        return fail(scoring.error().message);
    return reportResults(*options, *scoring, runPlugins(*options, *scoring));
}
