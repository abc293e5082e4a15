// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-atd-run: runs ATD plugins over an image set with its ground truth, the same way the
// server does (each in its own process, the same limits), and prints their leaderboard. Vendors
// try their plugin on a practice set with it before an event; hosts compare machines.
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/ImageSetManifest.h"
#include "io/ThreatDetectionReport.h"
#include "plugins/MachineRunRecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

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
        if (const Expected<void> written = writeThreatDetectionReport(path, threatReport(answer, record.run.plugin, record.startedAt)); !written)
            return written.error().withContext(path);
    }
    print(QStringLiteral("%1: %2 threat detection reports in %3\n")
              .arg(record.run.plugin.name).arg(record.run.answers.size() - skipped.size()).arg(pluginFolder.path()));
    if (!skipped.isEmpty())
        print(QStringLiteral("  no report for the %1 failed scans: %2\n").arg(skipped.size()).arg(skipped.join(QStringLiteral(", "))));
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pentournament-atd-run"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs ATD plugins over an image set with its ground truth and prints their metrics and leaderboard.\n"
        "A library plugin runs in pentournament-atd-host; a gRPC plugin is a command that prints \"listening on HOST:PORT\"."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("set"), QStringLiteral("The image set folder (with ground truth)."), QStringLiteral("FOLDER")},
        {QStringLiteral("library"), QStringLiteral("A plugin library; FILE or FILE?CONFIG. Repeatable."), QStringLiteral("FILE")},
        {QStringLiteral("program"), QStringLiteral("A gRPC plugin's command line. Repeatable."), QStringLiteral("COMMAND")},
        {QStringLiteral("host"), QStringLiteral("pentournament-atd-host (default: beside this program)."), QStringLiteral("FILE")},
        {QStringLiteral("categories"), QStringLiteral("Categories to score, comma-separated (default: the set's targets, else all in its truth)."),
         QStringLiteral("LIST")},
        {QStringLiteral("seconds-per-scan"), QStringLiteral("Deadline of one detection (default 10)."), QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("memory-mb"), QStringLiteral("Address space of a plugin's process (default 4096)."), QStringLiteral("MB"),
         QStringLiteral("4096")},
        {QStringLiteral("json"), QStringLiteral("Write the runs, answers and metrics as JSON."), QStringLiteral("FILE")},
        {QStringLiteral("tdr"),
         QStringLiteral("Write each valid answer as a DICOS Threat Detection Report, FOLDER/<plugin>/<scan id>.dcm."),
         QStringLiteral("FOLDER")},
    });
    parser.process(app);

    const QString setFolder = parser.value(QStringLiteral("set"));
    if (setFolder.isEmpty())
        return fail(QStringLiteral("--set FOLDER is required"), 2);
    PluginLimits limits;
    bool ok = false;
    limits.secondsPerScan = parser.value(QStringLiteral("seconds-per-scan")).toDouble(&ok);
    if (!ok || limits.secondsPerScan <= 0 || limits.secondsPerScan > 3600)
        return fail(QStringLiteral("--seconds-per-scan: a number of seconds from 0 to 3600"), 2);
    const qint64 memoryMb = parser.value(QStringLiteral("memory-mb")).toLongLong(&ok);
    if (!ok || memoryMb < 256 || memoryMb > 1024 * 1024)
        return fail(QStringLiteral("--memory-mb: a number from 256 to 1048576"), 2);
    limits.memoryBytes = memoryMb << 20;

    QString host = parser.value(QStringLiteral("host"));
    if (host.isEmpty())
        host = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pentournament-atd-host"));
    QList<PluginLaunch> launches;
    for (const QString &library : parser.values(QStringLiteral("library"))) {
        const qsizetype question = library.indexOf(QLatin1Char('?'));
        launches.append(PluginLaunch::forLibrary(host, library.left(question), question < 0 ? QString() : library.mid(question + 1)));
    }
    for (const QString &command : parser.values(QStringLiteral("program"))) {
        const QStringList words = QProcess::splitCommand(command);
        if (words.isEmpty())
            return fail(QStringLiteral("--program: an empty command"), 2);
        launches.append(PluginLaunch::forProgram(words.first(), words.mid(1)));
    }
    if (launches.isEmpty())
        return fail(QStringLiteral("give at least one --library or --program"), 2);

    auto set = ImageSetFolder::open(setFolder);
    if (!set)
        return fail(set.error().message);
    if (!set->groundTruthIncluded)
        return fail(QStringLiteral("%1: the set has no ground truth to score against").arg(setFolder));
    auto manifestHash = sha256OfFile(QDir(setFolder).filePath(ImageSet::ManifestFileName));
    if (!manifestHash)
        return fail(manifestHash.error().message);
    const QString tdrFolder = parser.value(QStringLiteral("tdr"));
    if (parser.isSet(QStringLiteral("tdr"))) {
        if (const Expected<void> prepared = prepareReportFolder(tdrFolder); !prepared)
            return fail(prepared.error().message);
    }
    QStringList categories = parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (categories.isEmpty() && set->round)
        categories = set->round->targetCategories;

    QList<MachineRunRecord> records;
    QStringList reportFolders;
    bool reportsWritten = true;
    for (const PluginLaunch &launch : launches) {
        const QString name = QFileInfo(launch.binary).fileName();
        const QDateTime startedAt = QDateTime::currentDateTimeUtc();
        auto run = runPlugin(launch, limits, setFolder, set->entries, [&](int done, int total, const MachineAnswer &) {
            print(QStringLiteral("\r%1: %2 of %3 scans").arg(name).arg(done).arg(total));
        });
        if (!run) {
            print(QStringLiteral("\n"));
            fail(run.error().message);
            continue;
        }
        MachineRunRecord record = scoreRun(std::move(*run), *set, categories);
        record.launch = launch;
        record.limits = limits;
        record.imageSetSha256 = *manifestHash;
        record.startedAt = startedAt;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        print(QStringLiteral(" (%1 failed)\n").arg(record.metrics.failures));
        for (const MachineAnswer &answer : record.run.answers) {
            if (answer.failed())
                print(QStringLiteral("  %1: %2\n").arg(answer.scanId, answer.failure));
        }
        if (!tdrFolder.isEmpty()) {
            if (const Expected<void> written = writeReports(QDir(tdrFolder), record, reportFolders); !written) {
                fail(written.error().message);
                reportsWritten = false;
            }
        }
        records.append(record);
    }
    if (records.isEmpty())
        return fail(QStringLiteral("no plugin could be run"));
    const QList<MachineRunRecord> ranked = rankRuns(records);
    print(QStringLiteral("\nLeaderboard on %1 (%2 scans, manifest %3):\n").arg(set->name).arg(set->entries.size()).arg(manifestHash->left(12)));
    print(leaderboard(ranked));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray runs;
        for (const MachineRunRecord &record : ranked)
            runs.append(record.toJson());
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}}).toJson()) < 0)
            return fail(QStringLiteral("%1: cannot write").arg(file.fileName()));
    }
    return records.size() == launches.size() && reportsWritten ? 0 : 1;
}
