// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-server: the tournament server, its first host token, and the headless demo.
#include "TournamentServer.h"
#include "demo/DemoTournament.h"
#include "imageset/DemoImageSets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace pen;
using namespace pen::server;

namespace {

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "pentournament-server: %s\n", message.toLocal8Bit().constData());
    return 1;
}

int runDemo(const QCommandLineParser &parser)
{
    DemoOptions options;
    options.imageSetsFolder = parser.value(QStringLiteral("demo-sets"));
    if (options.imageSetsFolder.isEmpty()) {
        for (const QString &folder : DemoImageSets::searchFolders()) {
            if (QFile::exists(QDir(folder).filePath(QStringLiteral("find-the-cocaine/manifest.json")))) {
                options.imageSetsFolder = folder;
                break;
            }
        }
    }
    if (options.imageSetsFolder.isEmpty())
        return fail(QStringLiteral("the bundled demo image sets were not found; give --demo-sets FOLDER"));
    bool ok = false;
    if (parser.isSet(QStringLiteral("demo-scans"))) {
        options.scansPerRound = parser.value(QStringLiteral("demo-scans")).toInt(&ok);
        if (!ok || options.scansPerRound < 1 || options.scansPerRound > 1000)
            return fail(QStringLiteral("--demo-scans: a number from 1 to 1000"));
    }
    if (parser.isSet(QStringLiteral("demo-look-seconds"))) {
        options.lookSeconds = parser.value(QStringLiteral("demo-look-seconds")).toDouble(&ok);
        if (!ok || options.lookSeconds < 0 || options.lookSeconds > 60)
            return fail(QStringLiteral("--demo-look-seconds: a number from 0 to 60"));
        options.secondsPerScan = std::max(2, int(std::ceil(options.lookSeconds * 3)));
        options.breakSeconds = std::max(1, int(std::ceil(options.lookSeconds)));
    }
    options.print = printLine;
    printLine(
        QStringLiteral("PEN-Tournament demo: a small event with simulated officers on the bundled image sets from %1")
            .arg(QDir::toNativeSeparators(options.imageSetsFolder)));
    auto result = runDemoTournament(options);
    if (!result)
        return fail(result.error().message);
    if (parser.isSet(QStringLiteral("demo-csv"))) {
        QFile csv(parser.value(QStringLiteral("demo-csv")));
        if (!csv.open(QIODevice::WriteOnly) || csv.write(result->csv) != result->csv.size())
            return fail(QStringLiteral("%1: cannot write the results").arg(csv.fileName()));
        printLine(QStringLiteral("Answers exported to %1").arg(csv.fileName()));
    }
    return 0;
}

void addOptions(QCommandLineParser &parser)
{
    const QString defaultData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data folder (database and image sets). Default: %1").arg(defaultData),
         QStringLiteral("DIR"), defaultData},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on, host:port. Default: 127.0.0.1:50051"),
         QStringLiteral("ADDR"), QStringLiteral("127.0.0.1:50051")},
        {QStringLiteral("tls-cert"), QStringLiteral("TLS certificate chain (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("allow-plaintext"),
         QStringLiteral("Serve without TLS on a non-loopback address (closed networks only).")},
        {QStringLiteral("plugin-upload-mb"),
         QStringLiteral("Largest ATD plugin upload, all its files together, in MiB (default 256)."),
         QStringLiteral("MB"), QStringLiteral("256")},
        {QStringLiteral("issue-host-token"), QStringLiteral("Print the first host token, labelled LABEL, and exit."),
         QStringLiteral("LABEL")},
        {QStringLiteral("force"), QStringLiteral("With --issue-host-token: issue one even if a host token exists.")},
        {QStringLiteral("demo"),
         QStringLiteral("Run a whole small event with simulated officers on loopback and print the leaderboard.")},
        {QStringLiteral("demo-sets"), QStringLiteral("Folder of the bundled demo image sets."), QStringLiteral("DIR")},
        {QStringLiteral("demo-scans"), QStringLiteral("Scans per demo round (default 6)."), QStringLiteral("N")},
        {QStringLiteral("demo-look-seconds"),
         QStringLiteral("Mean seconds a simulated officer looks at a scan (default 2.5)."), QStringLiteral("S")},
        {QStringLiteral("demo-csv"), QStringLiteral("Write the demo's answers as CSV to FILE."),
         QStringLiteral("FILE")},
    });
}

int issueHostToken(const QCommandLineParser &parser, const QString &dataFolder)
{
    auto state = TournamentState::open(dataFolder, [] { return QDateTime::currentMSecsSinceEpoch(); });
    if (!state)
        return fail(state.error().message);
    auto issued = (*state)->issueBootstrapHostToken(parser.value(QStringLiteral("issue-host-token")),
                                                    parser.isSet(QStringLiteral("force")));
    if (!issued)
        return fail(issued.error().message);
    printLine(QStringLiteral("Host token %1 (shown once, keep it secret):").arg(issued->record.id));
    printLine(issued->secret);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pentournament-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("PEN-CP"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The PEN-Tournament server: events, rounds, answers and leaderboards over gRPC, kept in a SQLite file.\n"
        "First run: pentournament-server --data DIR --issue-host-token \"Host name\" prints the first host token;\n"
        "then pentournament-admin does the rest. --demo runs a whole small event with simulated officers."));
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(parser);
    parser.process(app);

    if (parser.isSet(QStringLiteral("demo")))
        return runDemo(parser);

    const QString dataFolder = parser.value(QStringLiteral("data"));
    if (parser.isSet(QStringLiteral("issue-host-token")))
        return issueHostToken(parser, dataFolder);

    // Signals end the server cleanly: a thread waits for them instead of a handler.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    ServerOptions options;
    options.dataFolder = dataFolder;
    options.listen = parser.value(QStringLiteral("listen"));
    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    options.allowPlaintextRemote = parser.isSet(QStringLiteral("allow-plaintext"));
    bool numeric = false;
    const qint64 uploadMb = parser.value(QStringLiteral("plugin-upload-mb")).toLongLong(&numeric);
    if (!numeric || uploadMb < 1 || uploadMb > 64 * 1024)
        return fail(QStringLiteral("--plugin-upload-mb: a number of MiB from 1 to 65536"));
    options.pluginUploads.maxTotalBytes = uploadMb << 20;
    auto server = TournamentServer::start(options);
    if (!server)
        return fail(server.error().message);
    const int colon = options.listen.lastIndexOf(QLatin1Char(':'));
    printLine(QStringLiteral("pentournament-server listening on %1:%2 (%3), data in %4")
                  .arg(options.listen.left(colon))
                  .arg((*server)->port())
                  .arg(options.tlsCertificate.isEmpty() ? QStringLiteral("plain text") : QStringLiteral("TLS"))
                  .arg(QDir::toNativeSeparators(dataFolder)));
    std::thread waiter([&] {
        int received = 0;
        sigwait(&stopSignals, &received);
        printLine(QStringLiteral("pentournament-server: stopping (signal %1)").arg(received));
        (*server)->shutdown();
    });
    (*server)->wait();
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}
