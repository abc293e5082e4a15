// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The plugins' sandbox: a plugin that reads files outside its folder, connects out or starts a
// process is refused, the refusal is that scan's failure, and the run goes on.
#include "TestScans.h"
#include "atdrunner/MachineRun.h"
#include "atdrunner/PluginFileAccess.h"
#include "imageset/ImageSetFolder.h"
#include "imageset/ImageSetWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace pen;
using namespace pen::atd;

class TestPluginSandbox final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileOutsideItsFolderIsRefused();
    void connectionIsRefusedAndRecorded();
    void newProcessIsRefusedAndRecorded();
    void shellCannotBeExecuted();
    void scriptsExecuteTheirInterpreters();
#ifdef PEN_PYTHON_EXAMPLE_SCRIPT
    void pythonExampleAnswersInTheSandbox();
#endif

private:
    Expected<MachineRun> probe(const QString &mode, const QString &target)
    {
        const auto launch = PluginLaunch::forProgram(QStringLiteral(PEN_SANDBOX_PROBE_PLUGIN), {mode, target});
        return runPlugin(launch, PluginLimits{}, m_setFolder, m_set.entries);
    }
    /// The scans after the first, which the probe answers without trying anything.
    static void verifyTheRunWentOn(const MachineRun &run)
    {
        QCOMPARE(run.answers.size(), 3);
        for (int i = 1; i < run.answers.size(); ++i)
            QVERIFY2(!run.answers[i].failed(), qPrintable(run.answers[i].failure));
        QVERIFY2(run.warnings.isEmpty(), qPrintable(run.warnings.join(QLatin1Char('\n'))));
    }

    QTemporaryDir m_dir;
    QString m_setFolder;
    ImageSet m_set;
};

void TestPluginSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_setFolder = m_dir.filePath(QStringLiteral("set"));
    ImageSet header;
    header.name = QStringLiteral("three scans");
    header.provenance = {QStringLiteral("unit test"), QStringLiteral("CC0-1.0"), {}};
    ImageSetWriter writer(m_setFolder, header);
    QVERIFY(writer.begin());
    for (int i = 0; i < 3; ++i)
        QVERIFY(writer.addScan(test::dualEnergyScan(QStringLiteral("s%1").arg(i + 1), 40, 30)));
    QVERIFY(writer.finish());
    auto set = ImageSetFolder::open(m_setFolder);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    m_set = *set;
}

void TestPluginSandbox::fileOutsideItsFolderIsRefused()
{
    const QString secret = m_dir.filePath(QStringLiteral("secret.txt"));
    QFile file(secret);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("the answers of the next round");
    file.close();
    // Not a bare path: an argument that names a file is the plugin's own, readable with its folder.
    auto run = probe(QStringLiteral("read-file"), QStringLiteral("at:") + secret);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    const QString failure = run->answers[0].failure;
    QVERIFY2(failure.contains(QStringLiteral("open: Permission denied")), qPrintable(failure));
    QVERIFY(!failure.contains(QStringLiteral("next round")));
    verifyTheRunWentOn(*run);
    QCOMPARE(run->restarts, 0);
}

void TestPluginSandbox::connectionIsRefusedAndRecorded()
{
    // A plain listening socket: its backlog takes a connection without any event loop.
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const auto closeListener = qScopeGuard([listener] { close(listener); });
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    QVERIFY(bind(listener, reinterpret_cast<sockaddr *>(&address), size) == 0 && listen(listener, 4) == 0);
    QVERIFY(getsockname(listener, reinterpret_cast<sockaddr *>(&address), &size) == 0);
    auto run = probe(QStringLiteral("connect"), QString::number(ntohs(address.sin_port)));
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    const QString failure = run->answers[0].failure;
    QVERIFY2(failure.startsWith(QStringLiteral("stopped by the sandbox")), qPrintable(failure));
    // A loopback connect completes its handshake before connect() returns, so a connection that had
    // got through would be waiting in the backlog by the time the plugin answered.
    pollfd waiting{listener, POLLIN, 0};
    QCOMPARE(poll(&waiting, 1, 0), 0);
    verifyTheRunWentOn(*run);
    QCOMPARE(run->restarts, 1);
}

void TestPluginSandbox::newProcessIsRefusedAndRecorded()
{
    const QString marker = m_dir.filePath(QStringLiteral("spawned"));
    auto run = probe(QStringLiteral("spawn-shell"), marker);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    const QString failure = run->answers[0].failure;
    QVERIFY2(failure.startsWith(QStringLiteral("stopped by the sandbox")), qPrintable(failure));
    // The probe waits for the shell it spawned before it answers: had the spawn worked, the
    // marker would be there now and the answer would be "spawned".
    QVERIFY(!QFileInfo::exists(marker));
    verifyTheRunWentOn(*run);
    QCOMPARE(run->restarts, 1);
}

void TestPluginSandbox::shellCannotBeExecuted()
{
    const QString marker = m_dir.filePath(QStringLiteral("executed"));
    auto run = probe(QStringLiteral("exec-shell"), marker);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    const QString failure = run->answers[0].failure;
    QVERIFY2(failure.contains(QStringLiteral("exec: Permission denied")), qPrintable(failure));
    QVERIFY(!QFileInfo::exists(marker));
    verifyTheRunWentOn(*run);
    QCOMPARE(run->restarts, 0);
}

void TestPluginSandbox::scriptsExecuteTheirInterpreters()
{
    const QString script = m_dir.filePath(QStringLiteral("plugin.py"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/usr/bin/env -S python3 -u\nprint('listening on nowhere')\n");
    file.close();
    const QStringList chain = executionChain(script);
    QCOMPARE(chain.value(0), QFileInfo(script).canonicalFilePath());
    QVERIFY2(chain.contains(QFileInfo(QStringLiteral("/usr/bin/env")).canonicalFilePath()),
             qPrintable(chain.join(' ')));
    const QString python3 = QFileInfo(QStandardPaths::findExecutable(QStringLiteral("python3"))).canonicalFilePath();
    QVERIFY2(chain.contains(python3), qPrintable(chain.join(' ')));
    // The dynamic loader of env and python3.
    QVERIFY2(std::any_of(chain.begin(), chain.end(), [](const QString &path) { return path.contains("ld-linux"); }),
             qPrintable(chain.join(' ')));
}

#ifdef PEN_PYTHON_EXAMPLE_SCRIPT
// Python, numpy, gRPC's server threads and the shared pixels all work under the filter.
void TestPluginSandbox::pythonExampleAnswersInTheSandbox()
{
    const auto launch = PluginLaunch::forProgram(QStringLiteral(PEN_PYTHON_EXAMPLE_INTERPRETER),
                                                 {QStringLiteral(PEN_PYTHON_EXAMPLE_SCRIPT), QStringLiteral("--stubs"),
                                                  QStringLiteral(PEN_PYTHON_EXAMPLE_STUBS)});
    auto run = runPlugin(launch, PluginLimits{}, m_setFolder, m_set.entries);
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
    QCOMPARE(run->answers.size(), 3);
    for (const MachineAnswer &answer : run->answers)
        QVERIFY2(!answer.failed(), qPrintable(answer.failure));
    QCOMPARE(run->restarts, 0);
    QVERIFY2(run->warnings.isEmpty(), qPrintable(run->warnings.join(QLatin1Char('\n'))));
}
#endif

QTEST_GUILESS_MAIN(TestPluginSandbox)
#include "tst_pluginsandbox.moc"
