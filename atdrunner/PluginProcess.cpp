// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginProcess.h"

#include <grpcpp/grpcpp.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pen::atd {

namespace {

constexpr char ListeningPrefix[] = "listening on ";

std::chrono::system_clock::time_point deadlineIn(double seconds)
{
    return std::chrono::system_clock::now() + std::chrono::microseconds(qint64(seconds * 1e6));
}

QString statusText(const grpc::Status &status)
{
    return QString::fromStdString(status.error_message()).left(300);
}

/// Why the server cannot use a plugin that describes itself so; empty when it can.
QString descriptionProblem(const pen::v1::PluginDescription &description)
{
    if (description.interface_version() != 1)
        return QStringLiteral("implements interface version %1; version 1 is spoken here")
            .arg(description.interface_version());
    if (description.name().empty() || description.name().size() > 200 || description.version().size() > 200
        || description.vendor().size() > 200)
        return QStringLiteral("its name, vendor or version is missing or too long");
    if (description.categories().empty() || description.categories_size() > 100)
        return QStringLiteral("declares %1 categories; 1 to 100 are needed").arg(description.categories_size());
    if (!std::isfinite(description.operating_threshold()) || description.operating_threshold() < 0
        || description.operating_threshold() > 1)
        return QStringLiteral("declares an operating threshold outside [0, 1]");
    return {};
}

} // namespace

bool isOnThisMachine(const QString &address)
{
    if (address.startsWith(QLatin1String("unix:")) || address.startsWith(QLatin1String("unix-abstract:")))
        return true;
    QString host = address.section(QLatin1Char(':'), 0, -2);
    if (host.startsWith(QLatin1String("ipv4:")) || host.startsWith(QLatin1String("ipv6:")))
        host = host.mid(5);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost") || host == QLatin1String("::1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    bool numeric = parts.size() == 4;
    for (const QString &part : parts) {
        bool ok = false;
        numeric = numeric && part.toUInt(&ok) <= 255 && ok;
    }
    return numeric && parts.first() == QLatin1String("127");
}

PluginProcess::PluginProcess(PluginLaunch launch, PluginLimits limits)
    : m_launch(std::move(launch)), m_limits(limits), m_sandbox(m_launch)
{
}

PluginProcess::~PluginProcess()
{
    stop();
}

bool PluginProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString PluginProcess::lastWords() const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const qint64 tail = 400;
    log.seek(std::max<qint64>(0, log.size() - tail));
    QStringList lines;
    for (const QByteArray &line : log.read(tail).split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(ListeningPrefix))
            lines.append(QString::fromUtf8(line).trimmed());
    }
    return lines.join(QStringLiteral(" | "));
}

QString PluginProcess::exitDescription() const
{
    QString text;
    if (m_process->exitStatus() == QProcess::CrashExit) {
        const int signal = m_process->exitCode();
        text = !PluginSandbox::refusalOf(signal).isEmpty() ? PluginSandbox::refusalOf(signal)
            : signal > 0
            ? QStringLiteral("crashed (signal %1, %2)").arg(signal).arg(QString::fromLocal8Bit(strsignal(signal)))
            : QStringLiteral("crashed");
    } else {
        text = QStringLiteral("exited with code %1").arg(m_process->exitCode());
    }
    const QString words = lastWords();
    return words.isEmpty() ? text : QStringLiteral("%1; its last output: %2").arg(text, words);
}

void PluginProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void PluginProcess::stop()
{
    m_stub.reset();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(2000))
            kill();
    }
    m_process.reset();
}

QString PluginProcess::logPath() const
{
    return QDir(m_logFolder.path()).filePath(QStringLiteral("output.log"));
}

void PluginProcess::launchProcess()
{
    QFile::remove(logPath());
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_launch.program);
    m_process->setArguments(m_launch.arguments);
    // Output goes to a file, not a pipe: a plugin that writes a lot must never block on a pipe
    // that nobody reads while the server waits for its answer.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath());
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_keeper.reset();
    if (m_sandbox.restrictsFiles()) {
        auto keeper = SharedPixelsKeeper::create();
        if (keeper)
            m_keeper = std::move(*keeper);
    }
    limitChildProcess();
    m_process->start();
    if (m_keeper)
        m_keeper->closeKeeperSocket();
}

void PluginProcess::limitChildProcess()
{
    const rlim_t memory = rlim_t(m_limits.memoryBytes);
    const rlim_t cpu = rlim_t(std::max(0, m_limits.cpuSecondsPerProcess));
    const PluginSandbox *sandbox = &m_sandbox;
    const SharedPixelsKeeper *keeper = m_keeper.get();
    m_process->setChildProcessModifier([memory, cpu, sandbox, keeper] {
        // In the child, between fork and exec: only async-signal-safe calls.
        prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the server
        if (memory > 0) {
            const rlimit limit{memory, memory};
            setrlimit(RLIMIT_AS, &limit);
        }
        if (cpu > 0) {
            const rlimit limit{cpu, cpu + 1};
            setrlimit(RLIMIT_CPU, &limit);
        }
        sandbox->enterInChild(keeper);
    });
}

Expected<QString> PluginProcess::waitForAddress(const QString &name, const QDeadlineTimer &deadline)
{
    // The address comes on the first line that starts with "listening on".
    QString address;
    while (address.isEmpty()) {
        QFile log(logPath());
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                if (line.startsWith(ListeningPrefix))
                    address = QString::fromUtf8(line.mid(qsizetype(std::strlen(ListeningPrefix)))).trimmed();
            }
        }
        if (!address.isEmpty())
            break;
        if (m_process->waitForFinished(25))
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("%1 stopped before it served: %2").arg(name, exitDescription()));
        if (deadline.hasExpired()) {
            kill();
            return makeError(
                ErrorCode::TooLate,
                QStringLiteral("%1 did not start serving within %2 s").arg(name).arg(m_limits.startSeconds));
        }
    }
    return address;
}

void PluginProcess::connectTo(const QString &address)
{
    grpc::ChannelArguments arguments;
    arguments.SetMaxReceiveMessageSize(m_limits.maxAnswerBytes);
    arguments.SetMaxSendMessageSize(-1);
    arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    auto channel = grpc::CreateCustomChannel(address.toStdString(), grpc::InsecureChannelCredentials(), arguments);
    m_stub = pen::v1::AtdPlugin::NewStub(channel);
}

Expected<pen::v1::PluginDescription> PluginProcess::describe(const QString &name, const QDeadlineTimer &deadline)
{
    grpc::ClientContext context;
    context.set_deadline(deadlineIn(std::max(0.1, deadline.remainingTime() / 1000.0)));
    context.set_wait_for_ready(true);
    pen::v1::DescribeRequest request;
    request.set_interface_version(1);
    pen::v1::PluginDescription description;
    const grpc::Status status = m_stub->Describe(&context, request, &description);
    if (!status.ok()) {
        kill();
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1 did not describe itself: %2").arg(name, statusText(status)));
    }
    const QString problem = descriptionProblem(description);
    if (!problem.isEmpty()) {
        kill();
        return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(name, problem));
    }
    return description;
}

Expected<pen::v1::PluginDescription> PluginProcess::start()
{
    stop();
    if (!m_logFolder.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("no temporary folder for the plugin's output"));
    const QString name = QFileInfo(m_launch.binary).fileName();
    launchProcess();
    // One deadline from the start on covers starting, serving and describing.
    const QDeadlineTimer deadline(qint64(m_limits.startSeconds * 1000));
    if (!m_process->waitForStarted(int(std::max<qint64>(1, deadline.remainingTime()))))
        return makeError(
            ErrorCode::Unsupported,
            QStringLiteral("%1: cannot start %2: %3").arg(name, m_launch.program, m_process->errorString()));
    const Expected<QString> address = waitForAddress(name, deadline);
    if (!address)
        return address.error();
    connectTo(*address);
    Expected<pen::v1::PluginDescription> description = describe(name, deadline);
    if (description) {
        m_started = true;
        m_sharedMemory = description->reads_shared_memory() && isOnThisMachine(*address);
    }
    return description;
}

pen::v1::DetectRequest PluginProcess::reachable(const pen::v1::DetectRequest &request, QString &keptPath)
{
    const QString ownPrefix = QStringLiteral("/proc/%1/fd/").arg(getpid());
    const QString path = QString::fromStdString(request.shared_memory().path());
    if (!m_keeper || !request.has_shared_memory() || !path.startsWith(ownPrefix))
        return request;
    bool ok = false;
    const int descriptor = path.mid(ownPrefix.size()).toInt(&ok);
    const Expected<QString> kept = ok ? m_keeper->keep(descriptor) : Expected<QString>(QString());
    if (!kept || kept->isEmpty())
        return request; // the plugin finds the path closed and says so in its failure
    keptPath = *kept;
    pen::v1::DetectRequest copy = request;
    copy.mutable_shared_memory()->set_path(keptPath.toStdString());
    return copy;
}

PluginProcess::Call PluginProcess::detect(const pen::v1::DetectRequest &request)
{
    Call call;
    if (!isRunning() || !m_stub) {
        if (m_started)
            ++m_restarts;
        if (givenUp()) {
            call.failure = QStringLiteral("not run: the plugin failed %1 times").arg(m_restarts);
            return call;
        }
        auto started = start();
        if (!started) {
            call.failure = QStringLiteral("could not be started again: %1").arg(started.error().message);
            return call;
        }
    }
    grpc::ClientContext context;
    context.set_deadline(deadlineIn(m_limits.secondsPerScan));
    pen::v1::Detection detection;
    QString keptPath;
    const pen::v1::DetectRequest sent = reachable(request, keptPath);
    const auto begun = std::chrono::steady_clock::now();
    const grpc::Status status = m_stub->Detect(&context, sent, &detection);
    if (!keptPath.isEmpty())
        m_keeper->release(keptPath);
    call.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begun).count();
    if (status.ok()) {
        call.detection = std::move(detection);
        return call;
    }
    if (status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) {
        kill();
        call.failure
            = QStringLiteral("gave no answer within %1 s; its process was stopped").arg(m_limits.secondsPerScan);
        return call;
    }
    if (m_process->waitForFinished(status.error_code() == grpc::StatusCode::UNAVAILABLE ? 2000 : 0)) {
        call.failure = exitDescription();
        return call;
    }
    if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED) {
        call.failure = QStringLiteral("answered with more than %1 bytes").arg(m_limits.maxAnswerBytes);
        return call;
    }
    call.failure = QStringLiteral("refused the scan: %1").arg(statusText(status));
    return call;
}

} // namespace pen::atd
