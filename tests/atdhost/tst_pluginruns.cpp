// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Plugins in their own processes, run over an image set: the answers of a good one, and every
// way a bad one fails recorded as its failure while the run goes on.
#include "TestScans.h"
#include "atdrunner/DetectRequests.h"
#include "atdrunner/MachineRun.h"
#include "atdrunner/PluginProcess.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/ImageSetWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mman.h>
#include <unistd.h>

using namespace pen;
using namespace pen::atd;

class TestPluginRuns final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goodLibraryAnswersEveryScan();
    void crashesAreRecordedAndTheRunGoesOn();
    void hangIsStoppedAtTheDeadline();
    void leakIsStoppedByTheMemoryLimit();
    void garbageMakesTheAnswerAFailure_data();
    void garbageMakesTheAnswerAFailure();
    void slowPluginIsTimed();
    void grpcPluginAnsweringAnotherRequestIsAFailure();
    void hugeAnswerIsAFailure();
    void pluginThatCannotStartIsAnError();
    void hostRefusesBadLibraries_data();
    void hostRefusesBadLibraries();
    void hostPassesTheKindsOn();
    void hostTakesKindsItDoesNotKnowCalmly();
    void localPluginsGetTheirPixelsInSharedMemory();
    void pluginCannotWriteIntoTheSharedPixels();
    void pluginWritingIntoItsPixelsCrashesAlone();
    void faultsOverBytesStayTheSame();
    void hostRefusesBadSharedMemory_data();
    void hostRefusesBadSharedMemory();

private:
    PluginLaunch faulty(const QString &config) const
    {
        return PluginLaunch::forLibrary(QStringLiteral(PEN_ATD_HOST), QStringLiteral(PEN_FAULTY_PLUGIN), config);
    }
    /// The same plugin in a host that takes the pixels as bytes only.
    PluginLaunch faultyOverBytes(const QString &config) const
    {
        PluginLaunch launch = faulty(config);
        launch.arguments.append(QStringLiteral("--no-shared-memory"));
        return launch;
    }
    PluginLaunch fake(const QString &mode) const
    {
        return PluginLaunch::forProgram(QStringLiteral(PEN_FAKE_GRPC_PLUGIN), {mode});
    }
    Expected<MachineRun> run(const PluginLaunch &launch, const PluginLimits &limits = {})
    {
        return runPlugin(launch, limits, m_setFolder, m_set.entries);
    }

    QTemporaryDir m_dir;
    QString m_setFolder;
    ImageSet m_set;
    QList<double> m_expectedScores;
    const QList<ObjectKind> m_kinds{ObjectKind::Parcel, ObjectKind::Baggage, ObjectKind::Vehicle,
                                    ObjectKind::Container};
};

void TestPluginRuns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_setFolder = m_dir.filePath(QStringLiteral("set"));
    ImageSet header;
    header.name = QStringLiteral("four scans");
    header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    ImageSetWriter writer(m_setFolder, header);
    QVERIFY(writer.begin());
    // Each scan's low channel is uniform, so the faulty plugin's honest score is known.
    for (int i = 0; i < 4; ++i) {
        Scan scan = test::dualEnergyScan(QStringLiteral("s%1").arg(i + 1), 40, 30);
        scan.objectKind = m_kinds[i];
        const quint16 low = quint16(65535 * (0.2 + 0.2 * i));
        std::fill(scan.views[0].channels[ScanView::LowEnergy].pixels.begin(),
                  scan.views[0].channels[ScanView::LowEnergy].pixels.end(), low);
        m_expectedScores.append(1.0 - low / 65535.0);
        QVERIFY(writer.addScan(scan));
    }
    QVERIFY(writer.finish());
    auto set = ImageSetFolder::open(m_setFolder);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    m_set = *set;
}

void TestPluginRuns::goodLibraryAnswersEveryScan()
{
    auto result = run(faulty(QStringLiteral("mode=good")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->plugin.name, QStringLiteral("faulty"));
    QCOMPARE(result->plugin.version, QStringLiteral("0.1"));
    QCOMPARE(result->plugin.categories, (QStringList{QStringLiteral("narcotics"), QStringLiteral("weapon")}));
    QCOMPARE(result->plugin.operatingThreshold, 0.5);
    QCOMPARE(result->plugin.binarySha256, *sha256OfFile(QStringLiteral(PEN_FAULTY_PLUGIN)));
    QCOMPARE(result->answers.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const MachineAnswer &answer = result->answers[i];
        QVERIFY2(!answer.failed(), qPrintable(answer.failure));
        QCOMPARE(answer.scanId, QStringLiteral("s%1").arg(i + 1));
        QVERIFY(std::abs(answer.alarmScore - m_expectedScores[i]) < 1e-4);
        QCOMPARE(answer.alarm, m_expectedScores[i] >= 0.5);
        QCOMPARE(answer.objects.size(), 1);
        QCOMPARE(answer.objects[0].region.box, QRectF(10, 7.5, 20, 15));
        QVERIFY(answer.seconds > 0);
    }
    QCOMPARE(result->restarts, 0);
}

void TestPluginRuns::crashesAreRecordedAndTheRunGoesOn()
{
    auto result = run(faulty(QStringLiteral("crash-every=2")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->answers.size(), 4);
    // Calls 2 and 4 crash; after each crash a new process starts, so they are scans 2 and 4.
    QVERIFY2(!result->answers[0].failed(), qPrintable(result->answers[0].failure));
    QVERIFY2(result->answers[1].failure.startsWith(QStringLiteral("crashed (signal 11")),
             qPrintable(result->answers[1].failure));
    QVERIFY2(!result->answers[2].failed(), qPrintable(result->answers[2].failure));
    QVERIFY2(result->answers[3].failure.startsWith(QStringLiteral("crashed")), qPrintable(result->answers[3].failure));
    QCOMPARE(result->restarts, 1); // the process lost at the end is not started again
}

void TestPluginRuns::hangIsStoppedAtTheDeadline()
{
    PluginLimits limits;
    limits.secondsPerScan = 0.5;
    limits.maxRestarts = 1;
    QElapsedTimer timer;
    timer.start();
    auto result = run(faulty(QStringLiteral("mode=hang")), limits);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY2(result->answers[0].failure.contains(QStringLiteral("gave no answer within 0.5 s")),
             qPrintable(result->answers[0].failure));
    QVERIFY2(result->answers[1].failure.contains(QStringLiteral("gave no answer")),
             qPrintable(result->answers[1].failure));
    // Two processes hung: the plugin is given up and the rest are not run.
    QVERIFY2(result->answers[2].failure.startsWith(QStringLiteral("not run: the plugin failed 2 times")),
             qPrintable(result->answers[2].failure));
    QVERIFY2(result->answers[3].failure.startsWith(QStringLiteral("not run")), qPrintable(result->answers[3].failure));
    QVERIFY2(timer.elapsed() < 20000, "a hanging plugin held the run up");
}

void TestPluginRuns::leakIsStoppedByTheMemoryLimit()
{
    PluginLimits limits;
    limits.memoryBytes = qint64(1) << 30; // 64 MB leaked per scan reaches this within 16 scans
    auto launch = faulty(QStringLiteral("mode=leak"));
    QList<ImageSetEntry> entries;
    for (int i = 0; i < 24; ++i)
        entries.append(m_set.entries[i % 4]);
    auto result = runPlugin(launch, limits, m_setFolder, entries);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QStringList failures;
    for (const MachineAnswer &answer : result->answers) {
        if (answer.failed())
            failures.append(answer.failure);
    }
    QVERIFY2(!failures.isEmpty(), "the leak was never stopped");
    QVERIFY2(failures.first().contains(QStringLiteral(
                 "exited with code 70; its last output: pentournament-atd-host: the plugin ran out of memory")),
             qPrintable(failures.first()));
    QVERIFY2(!result->answers.first().failed(), "the first scans are answered before the limit is reached");
    // Each new process starts with nothing leaked, so scans are answered again after a failure.
    const qsizetype firstFailure = std::find_if(result->answers.begin(), result->answers.end(),
                                                [](const MachineAnswer &a) { return a.failed(); })
        - result->answers.begin();
    QVERIFY(firstFailure + 1 < result->answers.size());
    QVERIFY2(!result->answers[firstFailure + 1].failed(), qPrintable(result->answers[firstFailure + 1].failure));
}

void TestPluginRuns::garbageMakesTheAnswerAFailure_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NaN score") << QStringLiteral("mode=nan") << QStringLiteral("alarm_score nan is not in [0, 1]");
    QTest::newRow("box outside") << QStringLiteral("mode=outside") << QStringLiteral("lies outside the 40 × 30 view");
    QTest::newRow("undeclared category") << QStringLiteral("mode=category")
                                         << QStringLiteral("category \"unicorn\" is not one it declared");
    QTest::newRow("more objects than room")
        << QStringLiteral("mode=overflow") << QStringLiteral("there was room for 1000");
    QTest::newRow("refused configuration")
        << QStringLiteral("mode=refuse") << QStringLiteral("refused its configuration: mode=refuse");
}

void TestPluginRuns::garbageMakesTheAnswerAFailure()
{
    QFETCH(QString, config);
    QFETCH(QString, expected);
    auto result = run(faulty(config));
    if (config == QStringLiteral("mode=refuse")) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    for (const MachineAnswer &answer : result->answers) {
        QVERIFY2(answer.failure.contains(expected), qPrintable(answer.failure));
        QVERIFY(answer.objects.isEmpty());
    }
    QCOMPARE(result->restarts, 0); // garbage is not a crash: the process goes on
}

void TestPluginRuns::slowPluginIsTimed()
{
    auto result = run(faulty(QStringLiteral("slow-ms=150")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    for (const MachineAnswer &answer : result->answers) {
        QVERIFY2(!answer.failed(), qPrintable(answer.failure));
        QVERIFY2(answer.seconds >= 0.15, qPrintable(QString::number(answer.seconds)));
    }
}

void TestPluginRuns::grpcPluginAnsweringAnotherRequestIsAFailure()
{
    auto result = run(fake(QStringLiteral("wrong-id")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->plugin.name, QStringLiteral("fake"));
    for (const MachineAnswer &answer : result->answers)
        QVERIFY2(answer.failure.contains(QStringLiteral("answered request \"someone-else\" when asked for")),
                 qPrintable(answer.failure));
}

void TestPluginRuns::hugeAnswerIsAFailure()
{
    auto result = run(fake(QStringLiteral("huge")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    for (const MachineAnswer &answer : result->answers)
        QVERIFY2(answer.failure.contains(QStringLiteral("answered with more than 4194304 bytes")),
                 qPrintable(answer.failure));
}

void TestPluginRuns::pluginThatCannotStartIsAnError()
{
    auto exited = run(fake(QStringLiteral("exit")));
    QVERIFY(!exited);
    QVERIFY2(exited.error().message.contains(QStringLiteral(
                 "stopped before it served: exited with code 3; its last output: fake plugin: no licence key found")),
             qPrintable(exited.error().message));
    PluginLimits limits;
    limits.startSeconds = 1;
    auto silent = run(fake(QStringLiteral("silent")), limits);
    QVERIFY(!silent);
    QVERIFY2(silent.error().message.contains(QStringLiteral("did not start serving within 1 s")),
             qPrintable(silent.error().message));
}

void TestPluginRuns::hostRefusesBadLibraries_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("abiVersion");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such file") << QStringList{QStringLiteral("--plugin"), m_dir.filePath(QStringLiteral("none.so"))}
                                  << QByteArray() << QStringLiteral("no such plugin library");
    QTest::newRow("not a plugin") << QStringList{QStringLiteral("--plugin"), QStringLiteral(PEN_FAKE_GRPC_PLUGIN)}
                                  << QByteArray() << QStringLiteral("cannot be loaded");
    QTest::newRow("other interface version")
        << QStringList{QStringLiteral("--plugin"), QStringLiteral(PEN_FAULTY_PLUGIN)} << QByteArray("7")
        << QStringLiteral("built for interface version 7; this host speaks version 1");
    QTest::newRow("no plugin given") << QStringList{} << QByteArray() << QStringLiteral("--plugin FILE is required");
}

void TestPluginRuns::hostRefusesBadLibraries()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, abiVersion);
    QFETCH(QString, expected);
    QProcess host;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!abiVersion.isEmpty())
        environment.insert(QStringLiteral("FAULTY_ABI_VERSION"), QString::fromLatin1(abiVersion));
    host.setProcessEnvironment(environment);
    host.start(QStringLiteral(PEN_ATD_HOST), arguments);
    QVERIFY(host.waitForFinished(20000));
    QVERIFY(host.exitCode() != 0);
    const QString error = QString::fromLocal8Bit(host.readAllStandardError());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// The object kind and the view kind travel as enums from the runner to the host, which gives the
// C plugin their keys.
void TestPluginRuns::hostPassesTheKindsOn()
{
    auto result = run(faulty(QStringLiteral("mode=kinds")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->answers.size(), m_kinds.size());
    for (int i = 0; i < m_kinds.size(); ++i) {
        const QString expected
            = QStringLiteral("saw object kind \"%1\", view 0 dual-energy").arg(objectKindKey(m_kinds[i]));
        QVERIFY2(result->answers[i].failure.contains(expected), qPrintable(result->answers[i].failure));
    }
}

// A runner newer (or older, or hostile) than the host: a view kind it cannot read is refused with
// the view named, an object kind it does not know reaches the plugin as "other"; the host goes on.
void TestPluginRuns::hostTakesKindsItDoesNotKnowCalmly()
{
    PluginProcess process(faulty(QStringLiteral("mode=kinds")), PluginLimits{});
    auto described = process.start();
    QVERIFY2(described, qPrintable(described ? QString() : described.error().message));
    auto scan = ImageSetFolder::loadScan(m_setFolder, m_set.entries.first());
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    const v1::DetectRequest good = detectRequest(*scan, QStringLiteral("r1"), QStringLiteral("neutral-1"), 1);

    for (int kind : {0, 42}) {
        v1::DetectRequest request = good;
        request.mutable_views(0)->set_view_kind(v1::ViewKind(kind));
        const PluginProcess::Call call = process.detect(request);
        QVERIFY(!call.detection);
        const QString expected = kind == 0 ? QStringLiteral("refused the scan: views[0]: no view kind 0")
                                           : QStringLiteral("refused the scan: views[0]: unknown view kind 42");
        QVERIFY2(call.failure.contains(expected), qPrintable(call.failure));
    }
    for (int kind : {0, 42}) {
        v1::DetectRequest request = good;
        request.set_scanned_object_kind(v1::ObjectKind(kind));
        const PluginProcess::Call call = process.detect(request);
        QVERIFY2(call.failure.contains(QStringLiteral("saw object kind \"other\", view 0 dual-energy")),
                 qPrintable(call.failure));
    }
    QCOMPARE(process.restarts(), 0);
    QVERIFY(process.isRunning());
}

// A host on this machine reads the pixels from shared memory; the request carries none itself.
void TestPluginRuns::localPluginsGetTheirPixelsInSharedMemory()
{
    PluginProcess process(faulty(QStringLiteral("mode=good")), PluginLimits{});
    auto described = process.start();
    QVERIFY2(described, qPrintable(described ? QString() : described.error().message));
    QVERIFY(described->reads_shared_memory());
    QVERIFY(process.takesSharedMemory());
    auto scan = ImageSetFolder::loadScan(m_setFolder, m_set.entries[1]);
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    auto shared = sharedDetectRequest(*scan, QStringLiteral("r1"), QStringLiteral("neutral-1"), 1);
    QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
    QVERIFY(shared->message.views(0).channels(0).pixels().empty());
    const PluginProcess::Call call = process.detect(shared->message);
    QVERIFY2(call.detection, qPrintable(call.failure));
    QVERIFY(std::abs(call.detection->alarm_score() - m_expectedScores[1]) < 1e-4);

    PluginProcess overBytes(faultyOverBytes(QStringLiteral("mode=good")), PluginLimits{});
    described = overBytes.start();
    QVERIFY2(described, qPrintable(described ? QString() : described.error().message));
    QVERIFY(!described->reads_shared_memory());
    QVERIFY(!overBytes.takesSharedMemory());
}

// The plugin runs inside the host, where the pixels are mapped read-only from a sealed memfd: it
// finds the memory and tries every way to change it; each is refused.
void TestPluginRuns::pluginCannotWriteIntoTheSharedPixels()
{
    auto result = run(faulty(QStringLiteral("mode=write")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    for (const MachineAnswer &answer : result->answers) {
        for (const QString &refused :
             {QStringLiteral("mprotect Permission denied"), QStringLiteral("mmap PROT_WRITE Operation not permitted"),
              QStringLiteral("pwrite Operation not permitted"), QStringLiteral("ftruncate Operation not permitted"),
              QStringLiteral("seal Operation not permitted")})
            QVERIFY2(answer.failure.contains(refused), qPrintable(answer.failure));
    }
    QCOMPARE(result->restarts, 0);
}

// Writing through the pointer it was given ends the plugin's process (the mapping is read-only),
// not the server; over bytes the plugin would only have changed the host's own copy.
void TestPluginRuns::pluginWritingIntoItsPixelsCrashesAlone()
{
    auto shared = run(faulty(QStringLiteral("mode=poke")));
    QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
    QCOMPARE(shared->answers.size(), 4);
    for (const MachineAnswer &answer : shared->answers)
        QVERIFY2(answer.failure.startsWith(QStringLiteral("crashed (signal 11")), qPrintable(answer.failure));
    auto bytes = run(faultyOverBytes(QStringLiteral("mode=poke")));
    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
    for (const MachineAnswer &answer : bytes->answers)
        QVERIFY2(!answer.failed(), qPrintable(answer.failure));
}

// Plugins that take bytes (remote ones, older ones) are run as before.
void TestPluginRuns::faultsOverBytesStayTheSame()
{
    auto good = run(faultyOverBytes(QStringLiteral("mode=good")));
    QVERIFY2(good, qPrintable(good ? QString() : good.error().message));
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(!good->answers[i].failed(), qPrintable(good->answers[i].failure));
        QVERIFY(std::abs(good->answers[i].alarmScore - m_expectedScores[i]) < 1e-4);
    }
    auto crashes = run(faultyOverBytes(QStringLiteral("crash-every=2")));
    QVERIFY2(crashes, qPrintable(crashes ? QString() : crashes.error().message));
    QVERIFY2(crashes->answers[1].failure.startsWith(QStringLiteral("crashed (signal 11")),
             qPrintable(crashes->answers[1].failure));
    auto write = run(faultyOverBytes(QStringLiteral("mode=write")));
    QVERIFY2(write, qPrintable(write ? QString() : write.error().message));
    QVERIFY2(write->answers[0].failure.contains(QStringLiteral("no shared memory")),
             qPrintable(write->answers[0].failure));
}

void TestPluginRuns::hostRefusesBadSharedMemory_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not sealed") << QStringLiteral("unsealed memfd")
                                << QStringLiteral("is not a memfd sealed against writing and shrinking");
    QTest::newRow("no such file") << QStringLiteral("missing") << QStringLiteral("cannot be opened");
    QTest::newRow("other size") << QStringLiteral("size") << QStringLiteral("the request says");
    QTest::newRow("region outside") << QStringLiteral("outside") << QStringLiteral("lies outside the");
    QTest::newRow("region short") << QStringLiteral("short") << QStringLiteral("are needed");
    QTest::newRow("no shared memory") << QStringLiteral("none")
                                      << QStringLiteral("names a shared region; the request has no shared_memory");
}

// A request whose shared memory cannot be trusted or read is refused with what is wrong, and the
// host goes on.
void TestPluginRuns::hostRefusesBadSharedMemory()
{
    QFETCH(QString, problem);
    QFETCH(QString, expected);
    PluginProcess process(faulty(QStringLiteral("mode=good")), PluginLimits{});
    auto described = process.start();
    QVERIFY2(described, qPrintable(described ? QString() : described.error().message));
    auto scan = ImageSetFolder::loadScan(m_setFolder, m_set.entries.first());
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    auto shared = sharedDetectRequest(*scan, QStringLiteral("r1"), QStringLiteral("neutral-1"), 1);
    QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
    v1::DetectRequest request = shared->message;
    // A memfd, not a plain file: the sandbox keeps the plugin from files outside its folders.
    const int unsealed = memfd_create("unsealed", MFD_CLOEXEC);
    const auto closeUnsealed = qScopeGuard([unsealed] { close(unsealed); });
    QVERIFY(unsealed >= 0 && ftruncate(unsealed, off_t(request.shared_memory().size())) == 0);
    if (problem == QStringLiteral("unsealed memfd")) {
        request.mutable_shared_memory()->set_path(
            QStringLiteral("/proc/%1/fd/%2").arg(getpid()).arg(unsealed).toStdString());
    } else if (problem == QStringLiteral("missing")) {
        request.mutable_shared_memory()->set_path(m_dir.filePath(QStringLiteral("none")).toStdString());
    } else if (problem == QStringLiteral("size")) {
        request.mutable_shared_memory()->set_size(request.shared_memory().size() + 1);
    } else if (problem == QStringLiteral("outside")) {
        request.mutable_views(0)->mutable_channels(1)->mutable_shared()->set_offset(request.shared_memory().size());
    } else if (problem == QStringLiteral("short")) {
        request.mutable_views(0)->mutable_channels(0)->mutable_shared()->set_length(10);
    } else {
        request.clear_shared_memory();
    }
    const PluginProcess::Call call = process.detect(request);
    QVERIFY(!call.detection);
    QVERIFY2(call.failure.startsWith(QStringLiteral("refused the scan: ")) && call.failure.contains(expected),
             qPrintable(call.failure));
    const PluginProcess::Call good = process.detect(shared->message);
    QVERIFY2(good.detection, qPrintable(good.failure));
    QCOMPARE(process.restarts(), 0);
}

QTEST_GUILESS_MAIN(TestPluginRuns)
#include "tst_pluginruns.moc"
