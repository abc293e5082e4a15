// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// Benchmark, not a test: N simulated contestants in one event submit answers through the real
// tournament server (TournamentServer on a loopback port, a temporary data folder, SQLite in WAL
// mode with synchronous=FULL) as fast as the server acknowledges them. The same client drives a
// bare gRPC echo server (callback API, the same bytes each way) in the same run as the baseline.
// Reports answers/s and the p50/p99 latency of SubmitAnswer, their ratios to echo, where the time
// goes (fsync, the state layer, the event and leaderboard streams) and whether the goal is met:
// 500 contestants in one event with p99 under 50 ms. See docs/benchmarks-server.md.
#include "TournamentServer.h"
#include "client/ServerConnection.h"
#include "imageset/ImageSetFolder.h"
#include "rpc/Conversions.h"

#include "bench_echo.grpc.pb.h"
#include "pen/v1/admin.grpc.pb.h"
#include "pen/v1/tournament.grpc.pb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <grpcpp/alarm.h>
#include <grpcpp/grpcpp.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace pen;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double GoalP99Ms = 50;
constexpr int GoalContestants = 500;
constexpr double GoalFloodRatio = 0.9; ///< the flood's throughput against echo's, as group commit reached it
constexpr int CallDeadlineSeconds = 120;
constexpr qint64 MaxErrors = 1000;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// Progress goes to stderr: rewritten in place on a terminal, a line every 5 s in a log.
void progress(const QString &line, bool final = false)
{
    static const bool terminal = isatty(STDERR_FILENO);
    static Clock::time_point lastLine;
    if (terminal) {
        std::fprintf(stderr, "\r%-110s%s", qPrintable(line), final ? "\n" : "");
    } else if (final || Clock::now() - lastLine >= 5s) {
        std::fprintf(stderr, "%s\n", qPrintable(line));
        lastLine = Clock::now();
    }
    std::fflush(stderr);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

struct Percentiles {
    qsizetype count = 0;
    double p50 = 0, p99 = 0, max = 0, mean = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    Percentiles result;
    result.count = qsizetype(values.size());
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(std::ceil(q * double(values.size()))) - 1)];
    };
    result.p50 = at(0.50);
    result.p99 = at(0.99);
    result.max = values.back();
    double sum = 0;
    for (double value : values)
        sum += value;
    result.mean = sum / double(values.size());
    return result;
}

// ------------------------------------------------------------------------------------------------
// Every sync SQLite makes, timed: a VFS that wraps the default one and is made the default before
// the server opens its database. --no-fsync skips the syncs (a diagnostic: not durable).

namespace syncs {

enum Kind { MainDb, Wal, OtherFile, KindCount };

struct Stats {
    std::mutex mutex;
    std::vector<double> durationsMs[KindCount];
    std::atomic<qint64> totalNs{0};
    std::atomic<qint64> count{0};
    std::atomic<int> inFlight{0};
    std::atomic<int> maxInFlight{0};
    bool skip = false;
};

Stats &stats()
{
    static Stats instance;
    return instance;
}

struct File {
    sqlite3_file base;
    int kind;
    int unused;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<File *>(file) + 1);
}

sqlite3_vfs *realVfs(sqlite3_vfs *vfs)
{
    return static_cast<sqlite3_vfs *>(vfs->pAppData);
}

int syncFile(sqlite3_file *file, int flags)
{
    Stats &s = stats();
    const int kind = reinterpret_cast<File *>(file)->kind;
    const int running = ++s.inFlight;
    int seen = s.maxInFlight.load();
    while (running > seen && !s.maxInFlight.compare_exchange_weak(seen, running)) {}
    const auto start = Clock::now();
    const int rc = s.skip ? SQLITE_OK : realOf(file)->pMethods->xSync(realOf(file), flags);
    const auto end = Clock::now();
    --s.inFlight;
    s.totalNs += std::chrono::duration_cast<std::chrono::nanoseconds>(end - start).count();
    ++s.count;
    std::lock_guard lock(s.mutex);
    s.durationsMs[kind].push_back(msBetween(start, end));
    return rc;
}

const sqlite3_io_methods Methods = {
    3,
    [](sqlite3_file *f) { return realOf(f)->pMethods->xClose(realOf(f)); },
    [](sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset) {
        return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
    },
    [](sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset) {
        return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
    },
    [](sqlite3_file *f, sqlite3_int64 size) { return realOf(f)->pMethods->xTruncate(realOf(f), size); },
    syncFile,
    [](sqlite3_file *f, sqlite3_int64 *size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); },
    [](sqlite3_file *f, int level) { return realOf(f)->pMethods->xLock(realOf(f), level); },
    [](sqlite3_file *f, int level) { return realOf(f)->pMethods->xUnlock(realOf(f), level); },
    [](sqlite3_file *f, int *reserved) { return realOf(f)->pMethods->xCheckReservedLock(realOf(f), reserved); },
    [](sqlite3_file *f, int op, void *argument) { return realOf(f)->pMethods->xFileControl(realOf(f), op, argument); },
    [](sqlite3_file *f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); },
    [](sqlite3_file *f) { return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f)); },
    [](sqlite3_file *f, int page, int pageSize, int extend, void volatile **mapped) {
        return realOf(f)->pMethods->xShmMap(realOf(f), page, pageSize, extend, mapped);
    },
    [](sqlite3_file *f, int offset, int n, int flags) {
        return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
    },
    [](sqlite3_file *f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); },
    [](sqlite3_file *f, int deleteFlag) { return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag); },
    [](sqlite3_file *f, sqlite3_int64 offset, int amount, void **pointer) {
        return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, pointer);
    },
    [](sqlite3_file *f, sqlite3_int64 offset, void *pointer) {
        return realOf(f)->pMethods->xUnfetch(realOf(f), offset, pointer);
    },
};

int openFile(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *timed = reinterpret_cast<File *>(file);
    timed->base.pMethods = nullptr;
    timed->kind = (flags & SQLITE_OPEN_WAL) ? Wal : (flags & SQLITE_OPEN_MAIN_DB) ? MainDb : OtherFile;
    const int rc = realVfs(vfs)->xOpen(realVfs(vfs), name, realOf(file), flags, outFlags);
    // SQLite closes a file whose methods are set, even when opening it failed.
    if (realOf(file)->pMethods)
        timed->base.pMethods = &Methods;
    return rc;
}

/// Makes the timing VFS the default; false where the default VFS is too old to wrap this way.
bool install(bool skipSyncs)
{
    sqlite3_initialize();
    sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
    if (!real || real->iVersion < 3)
        return false;
    stats().skip = skipSyncs;
    static sqlite3_vfs vfs = *real;
    vfs.iVersion = 3;
    vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
    vfs.pNext = nullptr;
    vfs.zName = "pen-bench-timing";
    vfs.pAppData = real;
    vfs.xOpen = openFile;
    vfs.xDelete
        = [](sqlite3_vfs *v, const char *path, int syncDir) { return realVfs(v)->xDelete(realVfs(v), path, syncDir); };
    vfs.xAccess = [](sqlite3_vfs *v, const char *path, int flags, int *result) {
        return realVfs(v)->xAccess(realVfs(v), path, flags, result);
    };
    vfs.xFullPathname = [](sqlite3_vfs *v, const char *path, int size, char *full) {
        return realVfs(v)->xFullPathname(realVfs(v), path, size, full);
    };
    vfs.xDlOpen = [](sqlite3_vfs *v, const char *path) { return realVfs(v)->xDlOpen(realVfs(v), path); };
    vfs.xDlError = [](sqlite3_vfs *v, int size, char *message) { realVfs(v)->xDlError(realVfs(v), size, message); };
    vfs.xDlSym = [](sqlite3_vfs *v, void *handle, const char *symbol) {
        return realVfs(v)->xDlSym(realVfs(v), handle, symbol);
    };
    vfs.xDlClose = [](sqlite3_vfs *v, void *handle) { realVfs(v)->xDlClose(realVfs(v), handle); };
    vfs.xRandomness
        = [](sqlite3_vfs *v, int size, char *buffer) { return realVfs(v)->xRandomness(realVfs(v), size, buffer); };
    vfs.xSleep = [](sqlite3_vfs *v, int microseconds) { return realVfs(v)->xSleep(realVfs(v), microseconds); };
    vfs.xCurrentTime = [](sqlite3_vfs *v, double *now) { return realVfs(v)->xCurrentTime(realVfs(v), now); };
    vfs.xGetLastError
        = [](sqlite3_vfs *v, int size, char *message) { return realVfs(v)->xGetLastError(realVfs(v), size, message); };
    vfs.xCurrentTimeInt64
        = [](sqlite3_vfs *v, sqlite3_int64 *now) { return realVfs(v)->xCurrentTimeInt64(realVfs(v), now); };
    vfs.xSetSystemCall = [](sqlite3_vfs *v, const char *name, sqlite3_syscall_ptr call) {
        return realVfs(v)->xSetSystemCall(realVfs(v), name, call);
    };
    vfs.xGetSystemCall = [](sqlite3_vfs *v, const char *name) { return realVfs(v)->xGetSystemCall(realVfs(v), name); };
    vfs.xNextSystemCall
        = [](sqlite3_vfs *v, const char *name) { return realVfs(v)->xNextSystemCall(realVfs(v), name); };
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

struct Snapshot {
    qint64 count = 0;
    qint64 totalNs = 0;
    size_t seen[KindCount] = {};
};

Snapshot snapshot()
{
    Stats &s = stats();
    std::lock_guard lock(s.mutex);
    Snapshot result{s.count.load(), s.totalNs.load(), {}};
    for (int k = 0; k < KindCount; ++k)
        result.seen[k] = s.durationsMs[k].size();
    return result;
}

/// The syncs since a snapshot, of one kind or (kind < 0) of all.
std::vector<double> since(const Snapshot &from, int kind = -1)
{
    Stats &s = stats();
    std::lock_guard lock(s.mutex);
    std::vector<double> result;
    for (int k = 0; k < KindCount; ++k) {
        if (kind < 0 || kind == k)
            result.insert(result.end(), s.durationsMs[k].begin() + qsizetype(from.seen[k]), s.durationsMs[k].end());
    }
    return result;
}

} // namespace syncs

// ------------------------------------------------------------------------------------------------
// The answers: contestant c's answer a is scan (a mod S) of round (a div S), with one or two marks.

struct AnswerPlan {
    std::vector<std::string> roundIds;
    int scansPerRound = 0;
    std::vector<std::array<v1::Mark, 2>> marks; ///< per scan of the set

    v1::SubmitAnswerRequest request(int contestant, int answer) const
    {
        v1::SubmitAnswerRequest request;
        char id[40];
        std::snprintf(id, sizeof id, "bench-c%05d-a%06d", contestant, answer);
        request.set_answer_id(id);
        request.set_round_id(roundIds[size_t(answer / scansPerRound)]);
        const int scan = answer % scansPerRound;
        request.set_scan_index(uint32_t(scan));
        const int markCount = 1 + (contestant + answer) % 2;
        for (int m = 0; m < markCount; ++m)
            *request.add_marks() = marks[size_t(scan)][size_t(m)];
        (*request.mutable_tool_use())["zoom"] = uint32_t(1 + answer % 4);
        (*request.mutable_tool_use())["contrast"] = 1;
        return request;
    }
};

/// A mark on the first truth object of the scan (the kind an officer makes), and one elsewhere.
std::array<v1::Mark, 2> marksFor(const ImageSetEntry &entry)
{
    const ScanView &view = entry.scan.views.first();
    QRectF first(view.width * 0.25, view.height * 0.25, view.width * 0.2, view.height * 0.2);
    QString category = QStringLiteral("cigarettes");
    int firstView = 0;
    if (!entry.scan.truth.isEmpty() && !entry.scan.truth.first().regions.isEmpty()) {
        const Region &region = entry.scan.truth.first().regions.first();
        first = region.bounds();
        firstView = region.viewIndex;
        category = entry.scan.truth.first().category;
    }
    const auto mark = [](const QRectF &box, int viewIndex, const QString &what) {
        v1::Mark result;
        result.mutable_box()->set_view(uint32_t(viewIndex));
        result.mutable_box()->set_x(box.x());
        result.mutable_box()->set_y(box.y());
        result.mutable_box()->set_width(box.width());
        result.mutable_box()->set_height(box.height());
        result.set_category(what.toStdString());
        result.set_confidence(1);
        return result;
    };
    return {mark(first, firstView, category),
            mark(QRectF(view.width * 0.6, view.height * 0.5, view.width * 0.1, view.height * 0.12), 0, category)};
}

// ------------------------------------------------------------------------------------------------
// The client: every contestant is a small state machine on one of a few completion queues, with at
// most one call in flight; it sends its next answer as soon as the last one is acknowledged.

struct Tag {
    virtual ~Tag() = default;
    virtual void done(bool ok) = 0;
};

class Caller;

struct Phase {
    QString name;
    int contestants = 0;
    int answersEach = 0;
    int scansPerRound = 0; ///< >0: a barrier between rounds (the server starts the next round when all finished)
    int thinkMs = 0;
    Clock::time_point start;
    Clock::time_point stopAt;
    std::atomic<bool> stopping{false};
    std::atomic<qint64> acknowledged{0};
    std::atomic<qint64> errors{0};
    std::atomic<int> finished{0};
    std::atomic<qint64> lastAckNs{0};           ///< since start
    std::vector<std::vector<double>> latencies; ///< ms, per client thread

    std::mutex mutex;
    std::condition_variable allFinished;
    QString firstError;
    std::vector<int> arrived; ///< per round boundary
    std::vector<Caller *> parked;

    void acknowledge(int thread, double ms, Clock::time_point at)
    {
        latencies[size_t(thread)].push_back(ms);
        ++acknowledged;
        const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(at - start).count();
        qint64 seen = lastAckNs.load();
        while (ns > seen && !lastAckNs.compare_exchange_weak(seen, ns)) {}
    }
    void fail(const grpc::Status &status)
    {
        if (++errors > MaxErrors)
            stopping = true;
        std::lock_guard lock(mutex);
        if (firstError.isEmpty())
            firstError = server::ServerConnection::describe(status);
    }
    void finishOne()
    {
        if (++finished == contestants) {
            std::lock_guard lock(mutex);
            allFinished.notify_all();
        }
    }
    /// Whether the caller goes on now (the last to reach the boundary); the others are parked.
    bool arrive(Caller *caller, int boundary);
    void releaseParked();
};

class Caller : public Tag {
public:
    Caller(Phase &phase, int index, int thread, grpc::CompletionQueue *cq)
        : m_phase(phase), m_index(index), m_thread(thread), m_cq(cq)
    {
    }

    void start() { next(); }
    /// Resumes after delay through this caller's own queue (from any thread).
    void wake(std::chrono::milliseconds delay)
    {
        m_alarm = std::make_unique<grpc::Alarm>();
        m_alarm->Set(m_cq, std::chrono::system_clock::now() + delay, &m_alarmTag);
    }

    void done(bool) override
    {
        const auto now = Clock::now();
        if (m_status.ok()) {
            m_phase.acknowledge(m_thread, msBetween(m_sent, now), now);
            ++m_given;
            next();
        } else {
            m_phase.fail(m_status);
            wake(10ms); // the same answer id again: the server answers it at most once
        }
    }

protected:
    virtual void send() = 0; ///< starts call number m_given; its completion comes to done()

    Phase &m_phase;
    const int m_index;
    const int m_thread;
    grpc::CompletionQueue *const m_cq;
    int m_given = 0;
    std::unique_ptr<grpc::ClientContext> m_context;
    grpc::Status m_status;
    Clock::time_point m_sent;

    std::unique_ptr<grpc::ClientContext> newContext(const std::string &bearer)
    {
        auto context = std::make_unique<grpc::ClientContext>();
        context->AddMetadata("authorization", bearer);
        context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(CallDeadlineSeconds));
        return context;
    }

private:
    struct AlarmTag final : Tag {
        explicit AlarmTag(Caller *owner) : caller(owner) {}
        void done(bool) override { caller->resume(); }
        Caller *caller;
    };

    bool over() const { return m_given >= m_phase.answersEach || m_phase.stopping || Clock::now() >= m_phase.stopAt; }
    void finish() { m_phase.finishOne(); }
    void resume()
    {
        if (m_phase.stopping || Clock::now() >= m_phase.stopAt)
            finish();
        else
            send();
    }
    void next()
    {
        if (over()) {
            finish();
            return;
        }
        if (m_phase.scansPerRound > 0 && m_given > 0 && m_given % m_phase.scansPerRound == 0) {
            // The next round starts once every contestant finished this one: wait for the last.
            if (m_phase.arrive(this, m_given / m_phase.scansPerRound - 1))
                wake(3ms); // the server's clock has moved past the round's end by then
            return;
        }
        if (m_phase.thinkMs > 0) {
            const int spread = m_phase.thinkMs / 2;
            const int think = m_phase.thinkMs - spread
                + int((quint32(m_index) * 2654435761u + quint32(m_given) * 40503u) % quint32(2 * spread + 1));
            wake(std::chrono::milliseconds(think));
            return;
        }
        send();
    }

    AlarmTag m_alarmTag{this};
    std::unique_ptr<grpc::Alarm> m_alarm;
};

bool Phase::arrive(Caller *caller, int boundary)
{
    std::vector<Caller *> release;
    {
        std::lock_guard lock(mutex);
        if (arrived.size() <= size_t(boundary))
            arrived.resize(size_t(boundary) + 1, 0);
        // Once the phase stops, nobody waits: whoever arrives goes on (and finishes at once).
        if (++arrived[size_t(boundary)] < contestants && !stopping) {
            parked.push_back(caller);
            return false;
        }
        release.swap(parked);
    }
    for (Caller *waiting : release)
        waiting->wake(3ms);
    return true;
}

void Phase::releaseParked()
{
    std::vector<Caller *> release;
    {
        std::lock_guard lock(mutex);
        release.swap(parked);
    }
    for (Caller *waiting : release)
        waiting->wake(0ms);
}

class AnswerCaller final : public Caller {
public:
    AnswerCaller(Phase &phase, int index, int thread, grpc::CompletionQueue *cq, v1::Tournament::Stub &stub,
                 std::string bearer, const AnswerPlan &plan)
        : Caller(phase, index, thread, cq), m_stub(stub), m_bearer(std::move(bearer)), m_plan(plan)
    {
    }

private:
    void send() override
    {
        m_request = m_plan.request(m_index, m_given);
        m_context = newContext(m_bearer);
        m_sent = Clock::now();
        m_call = m_stub.PrepareAsyncSubmitAnswer(m_context.get(), m_request, m_cq);
        m_call->StartCall();
        m_call->Finish(&m_reply, &m_status, this);
    }

    v1::Tournament::Stub &m_stub;
    const std::string m_bearer;
    const AnswerPlan &m_plan;
    v1::SubmitAnswerRequest m_request;
    v1::SubmitAnswerReply m_reply;
    std::unique_ptr<grpc::ClientAsyncResponseReader<v1::SubmitAnswerReply>> m_call;
};

class EchoCaller final : public Caller {
public:
    EchoCaller(Phase &phase, int index, int thread, grpc::CompletionQueue *cq, bench::Echo::Stub &stub,
               std::string bearer, const AnswerPlan &plan, uint32_t replyBytes)
        : Caller(phase, index, thread, cq), m_stub(stub), m_bearer(std::move(bearer)), m_plan(plan),
          m_replyBytes(replyBytes)
    {
    }

private:
    void send() override
    {
        m_request.set_payload(m_plan.request(m_index, m_given).SerializeAsString());
        m_request.set_reply_bytes(m_replyBytes);
        m_context = newContext(m_bearer);
        m_sent = Clock::now();
        m_call = m_stub.PrepareAsyncEcho(m_context.get(), m_request, m_cq);
        m_call->StartCall();
        m_call->Finish(&m_reply, &m_status, this);
    }

    bench::Echo::Stub &m_stub;
    const std::string m_bearer;
    const AnswerPlan &m_plan;
    const uint32_t m_replyBytes;
    bench::EchoRequest m_request;
    bench::EchoReply m_reply;
    std::unique_ptr<grpc::ClientAsyncResponseReader<bench::EchoReply>> m_call;
};

/// A server stream read until it ends or is cancelled (a contestant's WatchEvent, the host's
/// WatchLeaderboard on the projector), counting its messages.
template <typename Message> class StreamReader final : public Tag {
public:
    using Open = std::function<std::unique_ptr<grpc::ClientAsyncReader<Message>>(grpc::ClientContext *,
                                                                                 grpc::CompletionQueue *)>;
    StreamReader(std::string bearer, Open open, std::atomic<qint64> &messages, std::atomic<int> &open_)
        : m_bearer(std::move(bearer)), m_open(std::move(open)), m_messages(messages), m_openCount(open_)
    {
    }
    void start(grpc::CompletionQueue *cq)
    {
        m_context.AddMetadata("authorization", m_bearer);
        ++m_openCount;
        m_reader = m_open(&m_context, cq);
        m_reader->StartCall(this); // after m_reader is set: the tag may come at once on another thread
    }
    void cancel() { m_context.TryCancel(); }
    void done(bool ok) override
    {
        if (m_state == State::Finishing) {
            m_state = State::Done;
            --m_openCount;
            return;
        }
        if (m_state == State::Reading && ok)
            ++m_messages;
        if (!ok) {
            m_state = State::Finishing;
            m_reader->Finish(&m_status, this);
            return;
        }
        m_state = State::Reading;
        m_reader->Read(&m_message, this);
    }

private:
    enum class State { Starting, Reading, Finishing, Done };
    const std::string m_bearer;
    Open m_open;
    std::atomic<qint64> &m_messages;
    std::atomic<int> &m_openCount;
    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientAsyncReader<Message>> m_reader;
    Message m_message;
    grpc::Status m_status;
    State m_state = State::Starting;
};

/// The completion queues and their threads of one phase.
class Pollers {
public:
    explicit Pollers(int threads)
    {
        for (int i = 0; i < threads; ++i)
            m_queues.push_back(std::make_unique<grpc::CompletionQueue>());
        m_cpu.assign(size_t(threads), 0);
        for (int i = 0; i < threads; ++i) {
            m_threads.emplace_back([this, i] {
                void *tag = nullptr;
                bool ok = false;
                while (m_queues[size_t(i)]->Next(&tag, &ok))
                    static_cast<Tag *>(tag)->done(ok);
                m_cpu[size_t(i)] = threadCpuSeconds();
            });
        }
    }
    ~Pollers() { stop(); }
    int size() const { return int(m_queues.size()); }
    grpc::CompletionQueue *queue(int i) { return m_queues[size_t(i)].get(); }
    /// Ends the threads once their queues are drained; the client threads' CPU seconds.
    double stop()
    {
        if (m_stopped)
            return m_cpuTotal;
        m_stopped = true;
        for (auto &queue : m_queues)
            queue->Shutdown();
        for (auto &thread : m_threads) {
            if (thread.joinable())
                thread.join();
        }
        for (double seconds : m_cpu)
            m_cpuTotal += seconds;
        return m_cpuTotal;
    }

private:
    bool m_stopped = false;
    double m_cpuTotal = 0;
    std::vector<std::unique_ptr<grpc::CompletionQueue>> m_queues;
    std::vector<std::thread> m_threads;
    std::vector<double> m_cpu;
};

// ------------------------------------------------------------------------------------------------

struct Options {
    int contestants = 500;
    int answersEach = 40;
    double seconds = 120;
    int connections = 0; ///< 0: one per contestant
    int clientThreads = 2;
    int thinkMs = 0;
    bool watch = false;
    bool echo = true;
    bool noFsync = false;
    int directAnswers = 400;
    int floodAnswers = 0;   ///< >0: after the run, a flood of this many answers each, against echo
    bool opening = true;    ///< the round-start phase: everyone opens scan 0 at once
    bool fetchViews = true; ///< ... and downloads its views, as the app does
    QString imageSet = QStringLiteral("find-the-most-cigarettes");
};

struct PhaseResult {
    QString name;
    qint64 calls = 0;
    qint64 errors = 0;
    QString firstError;
    double seconds = 0;
    double perSecond = 0;
    Percentiles latency;
    double cpuSeconds = 0;
    double clientCpuSeconds = 0;
    bool complete = false;
};

/// Runs callers (already created on the pollers' queues) until each gave its answers or time is up.
PhaseResult run(Phase &phase, Pollers &pollers, std::vector<std::unique_ptr<Caller>> &callers, double seconds,
                const std::function<QString()> &extra = {})
{
    phase.latencies.assign(size_t(pollers.size()), {});
    const double cpuBefore = processCpuSeconds();
    const syncs::Snapshot syncsBefore = syncs::snapshot();
    phase.start = Clock::now();
    phase.stopAt = phase.start + std::chrono::milliseconds(qint64(seconds * 1000));
    for (auto &caller : callers)
        caller->start();
    qint64 lastCount = 0;
    auto lastTime = phase.start;
    bool stopped = false;
    std::unique_lock lock(phase.mutex);
    while (phase.finished < phase.contestants) {
        phase.allFinished.wait_for(lock, 1s);
        lock.unlock();
        const auto now = Clock::now();
        if (!stopped && (now >= phase.stopAt || phase.stopping)) {
            phase.stopping = true;
            phase.releaseParked();
            stopped = true;
        }
        const qint64 count = phase.acknowledged;
        const double rate = double(count - lastCount) / std::max(1e-3, msBetween(lastTime, now) / 1000);
        lastCount = count;
        lastTime = now;
        const qint64 syncCount = syncs::stats().count - syncsBefore.count;
        progress(QStringLiteral("[%1] %2 s: %3 / %4 acknowledged, %5/s now, %6 contestants done, %7 errors, %8 syncs%9")
                     .arg(phase.name)
                     .arg(msBetween(phase.start, now) / 1000, 0, 'f', 0)
                     .arg(count)
                     .arg(qint64(phase.contestants) * phase.answersEach)
                     .arg(rate, 0, 'f', 0)
                     .arg(phase.finished.load())
                     .arg(phase.errors.load())
                     .arg(syncCount)
                     .arg(extra ? extra() : QString()));
        lock.lock();
    }
    lock.unlock();
    progress(QStringLiteral("[%1] done: %2 acknowledged in %3 s")
                 .arg(phase.name)
                 .arg(phase.acknowledged.load())
                 .arg(msBetween(phase.start, Clock::now()) / 1000, 0, 'f', 1),
             true);
    PhaseResult result;
    result.name = phase.name;
    result.calls = phase.acknowledged;
    result.errors = phase.errors;
    result.firstError = phase.firstError;
    result.seconds = double(phase.lastAckNs.load()) / 1e9;
    result.perSecond = result.seconds > 0 ? double(result.calls) / result.seconds : 0;
    std::vector<double> all;
    for (const auto &thread : phase.latencies)
        all.insert(all.end(), thread.begin(), thread.end());
    result.latency = percentiles(std::move(all));
    result.cpuSeconds = processCpuSeconds() - cpuBefore;
    result.complete = result.calls == qint64(phase.contestants) * phase.answersEach;
    return result;
}

QString describe(const PhaseResult &result)
{
    return QStringLiteral(
               "%1: %2 calls in %3 s = %4/s; latency p50 %5 ms, p99 %6 ms, max %7 ms, mean %8 ms; %9 errors%10; "
               "process CPU %11 s = %12 cores (client threads %13 s)%14\n")
        .arg(result.name)
        .arg(result.calls)
        .arg(result.seconds, 0, 'f', 1)
        .arg(result.perSecond, 0, 'f', 0)
        .arg(result.latency.p50, 0, 'f', 1)
        .arg(result.latency.p99, 0, 'f', 1)
        .arg(result.latency.max, 0, 'f', 1)
        .arg(result.latency.mean, 0, 'f', 1)
        .arg(result.errors)
        .arg(result.firstError.isEmpty() ? QString() : QStringLiteral(" (first: %1)").arg(result.firstError))
        .arg(result.cpuSeconds, 0, 'f', 1)
        .arg(result.cpuSeconds / std::max(1e-9, result.seconds), 0, 'f', 2)
        .arg(result.clientCpuSeconds, 0, 'f', 1)
        .arg(result.complete ? QString() : QStringLiteral(" [stopped by --seconds before every answer was given]"));
}

std::shared_ptr<grpc::Channel> newChannel(const QString &address)
{
    grpc::ChannelArguments arguments;
    arguments.SetMaxReceiveMessageSize(8 << 20);
    // Every officer's laptop has its own connection: no sharing of TCP connections between channels.
    arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return grpc::CreateCustomChannel(address.toStdString(), grpc::InsecureChannelCredentials(), arguments);
}

class EchoService final : public bench::Echo::CallbackService {
    grpc::ServerUnaryReactor *Echo(grpc::CallbackServerContext *context, const bench::EchoRequest *request,
                                   bench::EchoReply *reply) override
    {
        reply->mutable_payload()->assign(std::min<uint32_t>(request->reply_bytes(), 1u << 20), 'x');
        grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
        reactor->Finish(grpc::Status::OK);
        return reactor;
    }
};

[[noreturn]] void fail(const QString &message)
{
    progress(QString(), true);
    std::fprintf(stderr, "bench_tournament: %s\n", qPrintable(message));
    std::exit(1);
}

void check(const grpc::Status &status, const QString &what)
{
    if (!status.ok())
        fail(QStringLiteral("%1: %2").arg(what, server::ServerConnection::describe(status)));
}

struct Event {
    std::string id;
    AnswerPlan plan;
    std::vector<std::string> tokens;
};

/// An event over gRPC as a host sets it up: rounds of every scan of the set (FindTheMost, no
/// clocks, no countdown, no break), contestants and their tokens; then started.
Event setUpEvent(server::ServerConnection &host, const std::string &imageSetId, const ImageSet &set,
                 const QString &title, int contestants, int answersEach)
{
    Event event;
    {
        v1::CreateEventRequest request;
        request.set_title(title.toStdString());
        v1::EventSummary reply;
        auto context = host.context();
        check(host.admin().CreateEvent(context.get(), request, &reply), QStringLiteral("CreateEvent"));
        event.id = reply.event_id();
    }
    event.plan.scansPerRound = int(set.entries.size());
    for (const ImageSetEntry &entry : set.entries)
        event.plan.marks.push_back(marksFor(entry));
    const int rounds = (answersEach + event.plan.scansPerRound - 1) / event.plan.scansPerRound;
    for (int r = 0; r < rounds; ++r) {
        v1::AddRoundRequest request;
        request.set_event_id(event.id);
        request.set_title(QStringLiteral("Round %1").arg(r + 1).toStdString());
        request.set_image_set_id(imageSetId);
        request.set_settings_json(R"({"type":"find-the-most","secondsPerScan":0,"roundSeconds":0})");
        request.set_countdown_seconds(0);
        request.set_break_seconds_after(0);
        v1::RoundInfo reply;
        auto context = host.context();
        check(host.admin().AddRound(context.get(), request, &reply), QStringLiteral("AddRound"));
        event.plan.roundIds.push_back(reply.round_id());
    }
    for (int i = 0; i < contestants; ++i) {
        v1::AddContestantRequest add;
        add.set_event_id(event.id);
        add.set_name(QStringLiteral("Officer %1").arg(i + 1).toStdString());
        v1::ContestantSummary contestant;
        {
            auto context = host.context();
            check(host.admin().AddContestant(context.get(), add, &contestant), QStringLiteral("AddContestant"));
        }
        v1::IssueTokenRequest issue;
        issue.set_role(v1::ROLE_CONTESTANT);
        issue.set_event_id(event.id);
        issue.set_contestant_id(contestant.contestant_id());
        issue.set_label(QStringLiteral("bench laptop %1").arg(i + 1).toStdString());
        v1::IssueTokenReply token;
        auto context = host.context();
        check(host.admin().IssueToken(context.get(), issue, &token), QStringLiteral("IssueToken"));
        event.tokens.push_back(token.token());
        progress(
            QStringLiteral("setting up %1: %2 / %3 contestants with tokens").arg(title).arg(i + 1).arg(contestants));
    }
    progress(QStringLiteral("set up %1: %2 rounds, %3 contestants").arg(title).arg(rounds).arg(contestants), true);
    v1::ControlEventRequest start;
    start.set_event_id(event.id);
    start.set_action(v1::ControlEventRequest::ACTION_START);
    v1::EventStatus status;
    auto context = host.context();
    check(host.admin().ControlEvent(context.get(), start, &status), QStringLiteral("ControlEvent start"));
    return event;
}

/// One contestant opening a scan: GetScan, then each view's FetchScanView read to the end, all
/// asynchronous on a completion queue; reports its time, failure and bytes once.
class Opener final : public Tag {
public:
    using Done = std::function<void(double ms, const QString &failure, qint64 bytes)>;
    Opener(v1::Tournament::Stub &stub, std::string bearer, std::string roundId, bool fetchViews,
           grpc::CompletionQueue &queue, Done done)
        : m_stub(stub), m_bearer(std::move(bearer)), m_roundId(std::move(roundId)), m_fetchViews(fetchViews),
          m_queue(queue), m_done(std::move(done))
    {
    }
    void start()
    {
        m_start = Clock::now();
        m_context = newContext();
        v1::GetScanRequest request;
        request.set_round_id(m_roundId);
        m_scanReader = m_stub.PrepareAsyncGetScan(m_context.get(), request, &m_queue);
        m_scanReader->StartCall();
        m_step = Step::Scan;
        m_scanReader->Finish(&m_info, &m_status, this);
    }
    void done(bool ok) override
    {
        switch (m_step) {
        case Step::Scan:
            if (!m_status.ok())
                return finish(QStringLiteral("GetScan: ") + server::ServerConnection::describe(m_status));
            return nextView();
        case Step::ViewStarted:
            if (!ok)
                return finishView();
            m_step = Step::Reading;
            m_viewReader->Read(&m_chunk, this);
            return;
        case Step::Reading:
            if (!ok)
                return finishView();
            m_bytes += qint64(m_chunk.data().size());
            m_viewReader->Read(&m_chunk, this);
            return;
        case Step::ViewFinished:
            if (!m_status.ok())
                return finish(QStringLiteral("FetchScanView: ") + server::ServerConnection::describe(m_status));
            return nextView();
        }
    }

private:
    enum class Step { Scan, ViewStarted, Reading, ViewFinished };

    std::unique_ptr<grpc::ClientContext> newContext() const
    {
        auto context = std::make_unique<grpc::ClientContext>();
        context->AddMetadata("authorization", m_bearer);
        context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(CallDeadlineSeconds));
        return context;
    }
    void nextView()
    {
        if (!m_fetchViews || m_view >= m_info.views_size())
            return finish({});
        m_context = newContext();
        v1::FetchScanViewRequest fetch;
        fetch.set_round_id(m_roundId);
        fetch.set_view(uint32_t(m_view++));
        m_viewReader = m_stub.PrepareAsyncFetchScanView(m_context.get(), fetch, &m_queue);
        m_step = Step::ViewStarted;
        m_viewReader->StartCall(this);
    }
    void finishView()
    {
        m_step = Step::ViewFinished;
        m_viewReader->Finish(&m_status, this);
    }
    void finish(const QString &failure) { m_done(msBetween(m_start, Clock::now()), failure, m_bytes); }

    v1::Tournament::Stub &m_stub;
    std::string m_bearer;
    std::string m_roundId;
    bool m_fetchViews;
    grpc::CompletionQueue &m_queue;
    Done m_done;
    Step m_step = Step::Scan;
    Clock::time_point m_start;
    std::unique_ptr<grpc::ClientContext> m_context;
    std::unique_ptr<grpc::ClientAsyncResponseReader<v1::ScanInfo>> m_scanReader;
    std::unique_ptr<grpc::ClientAsyncReader<v1::Chunk>> m_viewReader;
    v1::ScanInfo m_info;
    v1::Chunk m_chunk;
    grpc::Status m_status;
    int m_view = 0;
    qint64 m_bytes = 0;
};

/// The round's start as the app meets it: every contestant asks for scan 0 (GetScan) and downloads
/// its views (FetchScanView) at the same moment, while ten contestants of another event on the
/// same server answer one scan after another. Their answers are timed during the storm and, as the
/// baseline, alone for two seconds just before it.
struct OpeningResult {
    Percentiles opening;       ///< GetScan and every view downloaded, per contestant
    Percentiles answersAlone;  ///< SubmitAnswer p50/p99 with nothing else going on
    Percentiles answersDuring; ///< the same while the others open their scan
    qint64 failures = 0;
    QString firstFailure;
    qint64 bytes = 0;
    double seconds = 0;
};

OpeningResult openScansAtOnce(const QString &address, const Event &event, const Event &answering, bool fetchViews)
{
    OpeningResult result;
    const int openers = int(event.tokens.size());
    std::vector<std::unique_ptr<v1::Tournament::Stub>> stubs;
    const auto bearer = [&](int i) { return "Bearer " + event.tokens[size_t(i)]; };
    // Contestants are connected before a round starts (they joined and wait in the lobby): the
    // storm is of requests, not of new connections.
    for (int i = 0; i < openers; ++i) {
        stubs.push_back(v1::Tournament::NewStub(newChannel(address)));
        grpc::ClientContext context;
        context.AddMetadata("authorization", bearer(i));
        v1::JoinReply joined;
        check(stubs.back()->Join(&context, v1::JoinRequest(), &joined), QStringLiteral("Join before the opening"));
        progress(QStringLiteral("[opening] %1 / %2 contestants joined").arg(i + 1).arg(openers));
    }
    // The answerers: each answers its scans one after another, on its own connection.
    const int answerers = int(answering.tokens.size());
    std::vector<std::unique_ptr<v1::Tournament::Stub>> answererStubs;
    for (int a = 0; a < answerers; ++a)
        answererStubs.push_back(v1::Tournament::NewStub(newChannel(address)));
    std::vector<int> answered(size_t(answerers), 0);
    /// An answer's latency; -1 when stop came while waiting for the next round.
    const auto answerOnce = [&](int a, const std::function<bool()> &stop) -> double {
        for (int attempt = 0;; ++attempt) {
            grpc::ClientContext context;
            context.AddMetadata("authorization", "Bearer " + answering.tokens[size_t(a)]);
            context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(CallDeadlineSeconds));
            v1::SubmitAnswerReply reply;
            const auto start = Clock::now();
            const grpc::Status status = answererStubs[size_t(a)]->SubmitAnswer(
                &context, answering.plan.request(a, answered[size_t(a)]), &reply);
            const double ms = msBetween(start, Clock::now());
            // Between two rounds (the next starts at the server's next tick) an answer is refused: not timed.
            if (status.error_code() == grpc::StatusCode::FAILED_PRECONDITION && attempt < 2000) {
                if (stop())
                    return -1;
                std::this_thread::sleep_for(5ms);
                continue;
            }
            check(status, QStringLiteral("SubmitAnswer beside the opening"));
            ++answered[size_t(a)];
            return ms;
        }
    };
    // Every answerer answers until stop, each latency kept.
    const auto answerUntil = [&](const std::function<bool()> &stop) {
        std::mutex samplesMutex;
        std::vector<double> samples;
        std::vector<std::thread> threads;
        for (int a = 0; a < answerers; ++a) {
            threads.emplace_back([&, a] {
                while (!stop()) {
                    const double ms = answerOnce(a, stop);
                    std::lock_guard lock(samplesMutex);
                    if (ms >= 0)
                        samples.push_back(ms);
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        return samples;
    };
    const auto aloneUntil = Clock::now() + 2s;
    result.answersAlone = percentiles(answerUntil([&] { return Clock::now() >= aloneUntil; }));

    // The openers as the app's client: asynchronous calls on one completion queue polled by one
    // thread, so that the client's own cost stays small beside the server's.
    std::mutex mutex;
    std::vector<double> openMs;
    std::atomic<int> done{0};
    std::atomic<qint64> bytes{0};
    grpc::CompletionQueue queue;
    std::vector<std::unique_ptr<Opener>> calls;
    for (int i = 0; i < openers; ++i) {
        calls.push_back(std::make_unique<Opener>(*stubs[size_t(i)], bearer(i), event.plan.roundIds.front(), fetchViews,
                                                 queue, [&](double ms, const QString &failure, qint64 received) {
                                                     std::lock_guard lock(mutex);
                                                     bytes += received;
                                                     if (failure.isEmpty())
                                                         openMs.push_back(ms);
                                                     else if (result.failures++ == 0)
                                                         result.firstFailure = failure;
                                                     ++done;
                                                 }));
    }
    std::thread poller([&] {
        void *tag = nullptr;
        bool ok = false;
        while (queue.Next(&tag, &ok))
            static_cast<Tag *>(tag)->done(ok);
    });
    const auto start = Clock::now();
    for (auto &call : calls)
        call->start();
    const std::vector<double> during = answerUntil([&] { return done >= openers; });
    result.seconds = msBetween(start, Clock::now()) / 1000;
    queue.Shutdown();
    poller.join();
    progress(QStringLiteral("[opening] done"), true);
    result.answersDuring = percentiles(during);
    result.opening = percentiles(openMs);
    result.bytes = bytes;
    return result;
}

/// Every contestant of the event calls Join once (which also opens its connection).
void joinAll(const Options &options, const Event &event,
             const std::vector<std::unique_ptr<v1::Tournament::Stub>> &stubs)
{
    for (int i = 0; i < options.contestants; ++i) {
        v1::JoinRequest request;
        request.set_client_name("bench_tournament");
        v1::JoinReply reply;
        grpc::ClientContext context;
        context.AddMetadata("authorization", "Bearer " + event.tokens[size_t(i)]);
        check(stubs[size_t(i % options.connections)]->Join(&context, request, &reply), QStringLiteral("Join"));
        progress(QStringLiteral("contestants joined: %1 / %2").arg(i + 1).arg(options.contestants));
    }
}

/// The baseline: the same client, contestants, connections, tokens, think times and bytes against
/// a bare echo service in the same process.
PhaseResult echoPhase(const Options &options, const Event &event, int thinkMs, int answersEach,
                      const v1::SubmitAnswerRequest &sampleRequest, uint32_t replyBytes)
{
    EchoService echoService;
    grpc::ServerBuilder builder;
    int echoPort = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &echoPort);
    builder.RegisterService(&echoService);
    builder.SetMaxReceiveMessageSize(4 << 20);
    builder.SetMaxSendMessageSize(4 << 20);
    std::unique_ptr<grpc::Server> echoServer = builder.BuildAndStart();
    if (!echoServer || echoPort == 0)
        fail(QStringLiteral("the echo server did not start"));
    const QString echoAddress = QStringLiteral("127.0.0.1:%1").arg(echoPort);
    std::vector<std::shared_ptr<grpc::Channel>> echoChannels;
    std::vector<std::unique_ptr<bench::Echo::Stub>> echoStubs;
    for (int c = 0; c < options.connections; ++c) {
        echoChannels.push_back(newChannel(echoAddress));
        echoStubs.push_back(bench::Echo::NewStub(echoChannels.back()));
    }
    for (int i = 0; i < options.contestants; ++i) {
        bench::EchoRequest request;
        request.set_payload(sampleRequest.SerializeAsString());
        request.set_reply_bytes(replyBytes);
        bench::EchoReply reply;
        grpc::ClientContext context;
        context.AddMetadata("authorization", "Bearer " + event.tokens[size_t(i)]);
        check(echoStubs[size_t(i % options.connections)]->Echo(&context, request, &reply), QStringLiteral("Echo"));
    }
    Phase phase;
    phase.name = thinkMs > 0 ? QStringLiteral("echo") : QStringLiteral("echo, as fast as acknowledged");
    phase.contestants = options.contestants;
    phase.answersEach = answersEach;
    phase.thinkMs = thinkMs;
    Pollers pollers(options.clientThreads);
    std::vector<std::unique_ptr<Caller>> callers;
    for (int i = 0; i < options.contestants; ++i) {
        const int thread = i % pollers.size();
        callers.push_back(std::make_unique<EchoCaller>(phase, i, thread, pollers.queue(thread),
                                                       *echoStubs[size_t(i % options.connections)],
                                                       "Bearer " + event.tokens[size_t(i)], event.plan, replyBytes));
    }
    PhaseResult result = run(phase, pollers, callers, options.seconds);
    result.clientCpuSeconds = pollers.stop();
    echoServer->Shutdown(std::chrono::system_clock::now() + 2s);
    return result;
}

/// Every contestant of the event submits its answers as fast as they are acknowledged (no streams).
PhaseResult floodPhase(const Options &options, const Event &event,
                       const std::vector<std::unique_ptr<v1::Tournament::Stub>> &stubs, int answersEach)
{
    Phase phase;
    phase.name = QStringLiteral("tournament, as fast as acknowledged");
    phase.contestants = options.contestants;
    phase.answersEach = answersEach;
    phase.scansPerRound = event.plan.scansPerRound;
    Pollers pollers(options.clientThreads);
    std::vector<std::unique_ptr<Caller>> callers;
    for (int i = 0; i < options.contestants; ++i) {
        const int thread = i % pollers.size();
        callers.push_back(std::make_unique<AnswerCaller>(phase, i, thread, pollers.queue(thread),
                                                         *stubs[size_t(i % options.connections)],
                                                         "Bearer " + event.tokens[size_t(i)], event.plan));
    }
    PhaseResult result = run(phase, pollers, callers, options.seconds);
    result.clientCpuSeconds = pollers.stop();
    return result;
}

Options parse(const QStringList &arguments)
{
    Options options;
    const auto usage = [] {
        std::fprintf(
            stderr,
            "usage: bench_tournament [--contestants N] [--answers-per-contestant K] [--seconds S]\n"
            "       [--connections C] [--client-threads T] [--think-ms MS] [--watch] [--no-echo]\n"
            "       [--no-fsync] [--direct-answers D] [--flood-answers K] [--no-opening] [--no-fetch]\n"
            "       [--image-set NAME]\n"
            "  --contestants N            contestants in the one event (500)\n"
            "  --answers-per-contestant K answers each gives, over rounds of every scan of the set (40)\n"
            "  --seconds S                stop each phase after S seconds (120)\n"
            "  --connections C            TCP connections shared round-robin (0: one per contestant)\n"
            "  --client-threads T         completion-queue threads of the client (2)\n"
            "  --think-ms MS              pause between an acknowledgement and the next answer (0: none)\n"
            "  --watch                    every contestant also keeps WatchEvent open, the host WatchLeaderboard\n"
            "  --no-echo                  skip the echo baseline\n"
            "  --no-fsync                 diagnostic: SQLite's syncs do nothing (NOT durable)\n"
            "  --direct-answers D         answers for the in-process service time (400; 0: skip)\n"
            "  --flood-answers K          then, in the same run, K answers each as fast as acknowledged (no\n"
            "                             streams, a new event), and the same against echo: the flood ratio\n"
            "  --no-opening               skip the round-start phase (every contestant opens scan 0 at once\n"
            "                             while one more answers, timed against the same answers alone)\n"
            "  --no-fetch                 in that phase, GetScan only, without downloading the views\n"
            "  --image-set NAME           a set from the build's assets/imagesets (find-the-most-cigarettes)\n");
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const auto number = [&](double minimum) {
            bool ok = false;
            const double value = i + 1 < arguments.size() ? arguments[++i].toDouble(&ok) : 0;
            if (!ok || value < minimum) {
                usage();
                fail(QStringLiteral("%1 needs a number of at least %2").arg(argument).arg(minimum));
            }
            return value;
        };
        if (argument == QLatin1String("--contestants"))
            options.contestants = int(number(1));
        else if (argument == QLatin1String("--answers-per-contestant"))
            options.answersEach = int(number(1));
        else if (argument == QLatin1String("--seconds"))
            options.seconds = number(1);
        else if (argument == QLatin1String("--connections"))
            options.connections = int(number(0));
        else if (argument == QLatin1String("--client-threads"))
            options.clientThreads = int(number(1));
        else if (argument == QLatin1String("--think-ms"))
            options.thinkMs = int(number(0));
        else if (argument == QLatin1String("--direct-answers"))
            options.directAnswers = int(number(0));
        else if (argument == QLatin1String("--flood-answers"))
            options.floodAnswers = int(number(0));
        else if (argument == QLatin1String("--watch"))
            options.watch = true;
        else if (argument == QLatin1String("--no-echo"))
            options.echo = false;
        else if (argument == QLatin1String("--no-fsync"))
            options.noFsync = true;
        else if (argument == QLatin1String("--no-opening"))
            options.opening = false;
        else if (argument == QLatin1String("--no-fetch"))
            options.fetchViews = false;
        else if (argument == QLatin1String("--image-set") && i + 1 < arguments.size())
            options.imageSet = arguments[++i];
        else {
            usage();
            std::exit(argument == QLatin1String("--help") ? 0 : 2);
        }
    }
    if (options.connections == 0 || options.connections > options.contestants)
        options.connections = options.contestants;
    return options;
}

QString syncSummary(const std::vector<double> &durations, qint64 answers, double seconds)
{
    const Percentiles p = percentiles(durations);
    double total = 0;
    for (double ms : durations)
        total += ms;
    return QStringLiteral(
               "%1 syncs = %2 per answer; each p50 %3 ms, p99 %4 ms, mean %5 ms; %6 s in sync = %7 % of the %8 s")
        .arg(p.count)
        .arg(answers ? double(p.count) / double(answers) : 0, 0, 'f', 2)
        .arg(p.p50, 0, 'f', 2)
        .arg(p.p99, 0, 'f', 2)
        .arg(p.mean, 0, 'f', 2)
        .arg(total / 1000, 0, 'f', 1)
        .arg(seconds > 0 ? total / 10 / seconds : 0, 0, 'f', 0)
        .arg(seconds, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const Options options = parse(application.arguments());
    if (!syncs::install(options.noFsync))
        fail(QStringLiteral("the default SQLite VFS cannot be wrapped for timing"));

    const QString setFolder = QDir(QStringLiteral(PEN_BUILD_IMAGESETS_DIR)).filePath(options.imageSet);
    auto set = ImageSetFolder::open(setFolder);
    if (!set)
        fail(set.error().message);

    out() << QStringLiteral(
                 "bench_tournament: %1 contestants x %2 answers in one event (rounds of the %3 scans of %4), "
                 "%5 connections, %6 client threads, think time %7 ms%8%9\n")
                 .arg(options.contestants)
                 .arg(options.answersEach)
                 .arg(set->entries.size())
                 .arg(options.imageSet)
                 .arg(options.connections)
                 .arg(options.clientThreads)
                 .arg(options.thinkMs)
                 .arg(options.watch ? QStringLiteral(", WatchEvent streams open + the host's WatchLeaderboard")
                                    : QString())
                 .arg(options.noFsync ? QStringLiteral(", SQLite syncs SKIPPED (diagnostic, not durable)") : QString());
    out() << QStringLiteral("machine: %1 hardware threads, load average at start %2\n")
                 .arg(std::thread::hardware_concurrency())
                 .arg(loadAverage());
    out().flush();

    // The server, as a host sets it up: the set uploaded through the real upload RPC.
    QTemporaryDir data(QDir(QDir::tempPath()).filePath(QStringLiteral("pen-bench-tournament-XXXXXX")));
    if (!data.isValid())
        fail(QStringLiteral("no temporary folder"));
    server::ServerOptions serverOptions;
    serverOptions.dataFolder = data.path();
    serverOptions.listen = QStringLiteral("127.0.0.1:0");
    auto started = server::TournamentServer::start(serverOptions);
    if (!started)
        fail(started.error().message);
    std::unique_ptr<server::TournamentServer> tournament = std::move(*started);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(tournament->port());
    auto bootstrap = tournament->state().issueBootstrapHostToken(QStringLiteral("bench host"), false);
    if (!bootstrap)
        fail(bootstrap.error().message);
    const QString hostSecret = bootstrap->secret;
    auto host = server::ServerConnection::connect({address, hostSecret, {}, {}}).value();
    progress(QStringLiteral("uploading %1 (%2 scans) to the server").arg(options.imageSet).arg(set->entries.size()));
    auto uploaded = host->uploadImageSet(setFolder, options.imageSet, [](qint64 sent, qint64 total) {
        progress(QStringLiteral("uploading: %1 / %2 MB").arg(sent >> 20).arg(total >> 20));
    });
    if (!uploaded)
        fail(uploaded.error().message);
    progress(QStringLiteral("uploaded %1").arg(options.imageSet), true);
    Event event = setUpEvent(*host, uploaded->image_set_id(), *set, QStringLiteral("Benchmark"), options.contestants,
                             options.answersEach);

    // Channels: one per contestant (or --connections shared round-robin), connected by a Join.
    std::vector<std::shared_ptr<grpc::Channel>> channels;
    std::vector<std::unique_ptr<v1::Tournament::Stub>> stubs;
    for (int c = 0; c < options.connections; ++c) {
        channels.push_back(newChannel(address));
        stubs.push_back(v1::Tournament::NewStub(channels.back()));
    }
    joinAll(options, event, stubs);
    progress(
        QStringLiteral("%1 contestants joined on %2 connections").arg(options.contestants).arg(options.connections),
        true);

    // A round's start: everyone opens scan 0 at once while one more contestant answers.
    OpeningResult opening;
    if (options.opening) {
        const Event openingEvent
            = setUpEvent(*host, uploaded->image_set_id(), *set, QStringLiteral("Round start"), options.contestants, 1);
        const Event answering
            = setUpEvent(*host, uploaded->image_set_id(), *set, QStringLiteral("Answers beside"), 10, 4000);
        opening = openScansAtOnce(address, openingEvent, answering, options.fetchViews);
    }

    // The sizes that go over the wire, for the echo baseline.
    const v1::SubmitAnswerRequest sampleRequest = event.plan.request(0, 1);
    v1::SubmitAnswerReply sampleReply;
    sampleReply.set_received_ms(1'800'000'000'000);
    sampleReply.set_response_seconds(12.345);
    sampleReply.set_next_scan_index(2);
    const uint32_t replyBytes = uint32_t(std::max<size_t>(1, sampleReply.ByteSizeLong() - 2));

    // The flood, first in the same run, on a server with nothing else to do yet: a new event whose
    // contestants answer as fast as acknowledged, against the echo baseline driven the same way
    // just before.
    PhaseResult floodEcho;
    PhaseResult flood;
    if (options.floodAnswers > 0) {
        const Event floodEvent = setUpEvent(*host, uploaded->image_set_id(), *set, QStringLiteral("Flood"),
                                            options.contestants, options.floodAnswers);
        joinAll(options, floodEvent, stubs);
        floodEcho = echoPhase(options, floodEvent, 0, options.floodAnswers, sampleRequest, replyBytes);
        flood = floodPhase(options, floodEvent, stubs, options.floodAnswers);
    }

    PhaseResult echoResult;
    if (options.echo)
        echoResult = echoPhase(options, event, options.thinkMs, options.answersEach, sampleRequest, replyBytes);

    // The tournament: the same client against the real server.
    PhaseResult answerResult;
    syncs::Snapshot syncsBefore;
    qint64 streamMessages = 0;
    qint64 leaderboards = 0;
    {
        Phase phase;
        phase.name = QStringLiteral("tournament");
        phase.contestants = options.contestants;
        phase.answersEach = options.answersEach;
        phase.scansPerRound = event.plan.scansPerRound;
        phase.thinkMs = options.thinkMs;
        Pollers pollers(options.clientThreads);
        std::atomic<qint64> messages{0};
        std::atomic<qint64> boardMessages{0};
        std::atomic<int> openStreams{0};
        std::vector<std::unique_ptr<StreamReader<v1::EventUpdate>>> watchers;
        std::unique_ptr<StreamReader<v1::Leaderboard>> projector;
        std::unique_ptr<v1::Admin::Stub> projectorStub;
        if (options.watch) {
            for (int i = 0; i < options.contestants; ++i) {
                v1::Tournament::Stub *stub = stubs[size_t(i % options.connections)].get();
                watchers.push_back(std::make_unique<StreamReader<v1::EventUpdate>>(
                    "Bearer " + event.tokens[size_t(i)],
                    [stub](grpc::ClientContext *context, grpc::CompletionQueue *cq) {
                        return stub->PrepareAsyncWatchEvent(context, v1::WatchEventRequest(), cq);
                    },
                    messages, openStreams));
                watchers.back()->start(pollers.queue(i % pollers.size()));
            }
            projectorStub = v1::Admin::NewStub(newChannel(address));
            v1::WatchLeaderboardRequest request;
            request.set_event_id(event.id);
            projector = std::make_unique<StreamReader<v1::Leaderboard>>(
                "Bearer " + hostSecret.toStdString(),
                [stub = projectorStub.get(), request](grpc::ClientContext *context, grpc::CompletionQueue *cq) {
                    return stub->PrepareAsyncWatchLeaderboard(context, request, cq);
                },
                boardMessages, openStreams);
            projector->start(pollers.queue(0));
            const auto waitFrom = Clock::now();
            while ((messages < options.contestants || boardMessages < 1) && Clock::now() - waitFrom < 60s) {
                progress(
                    QStringLiteral("streams open: %1, first updates %2").arg(openStreams.load()).arg(messages.load()));
                std::this_thread::sleep_for(100ms);
            }
            progress(QStringLiteral("%1 streams open").arg(openStreams.load()), true);
        }
        std::vector<std::unique_ptr<Caller>> callers;
        for (int i = 0; i < options.contestants; ++i) {
            const int thread = i % pollers.size();
            callers.push_back(std::make_unique<AnswerCaller>(phase, i, thread, pollers.queue(thread),
                                                             *stubs[size_t(i % options.connections)],
                                                             "Bearer " + event.tokens[size_t(i)], event.plan));
        }
        syncsBefore = syncs::snapshot();
        const qint64 messagesBefore = messages;
        const qint64 boardsBefore = boardMessages;
        answerResult = run(phase, pollers, callers, options.seconds, [&] {
            return options.watch ? QStringLiteral(", %1 event updates, %2 leaderboards")
                                       .arg(messages - messagesBefore)
                                       .arg(boardMessages - boardsBefore)
                                 : QString();
        });
        streamMessages = messages - messagesBefore;
        leaderboards = boardMessages - boardsBefore;
        for (auto &watcher : watchers)
            watcher->cancel();
        if (projector)
            projector->cancel();
        const auto waitFrom = Clock::now();
        while (openStreams > 0 && Clock::now() - waitFrom < 30s)
            std::this_thread::sleep_for(10ms);
        answerResult.clientCpuSeconds = pollers.stop();
    }
    const std::vector<double> runSyncs = syncs::since(syncsBefore);
    const std::vector<double> runWalSyncs = syncs::since(syncsBefore, syncs::Wal);
    const std::vector<double> runDbSyncs = syncs::since(syncsBefore, syncs::MainDb);

    // In process, no gRPC: what one answer costs the state layer (authenticate + submit, which
    // holds the state's one lock throughout, the SQLite insert and its sync included).
    Percentiles direct;
    std::vector<double> directSyncs;
    double directSyncShare = 0;
    if (options.directAnswers > 0) {
        Event single = setUpEvent(*host, uploaded->image_set_id(), *set, QStringLiteral("Service time"), 1,
                                  options.directAnswers);
        server::TournamentState &state = tournament->state();
        const QString secret = QString::fromStdString(single.tokens.front());
        std::vector<double> times;
        const syncs::Snapshot before = syncs::snapshot();
        double syncNs = 0;
        for (int a = 0; a < options.directAnswers; ++a) {
            const v1::SubmitAnswerRequest request = single.plan.request(0, a);
            server::TournamentState::Submission submission;
            submission.answerId = QString::fromStdString(request.answer_id());
            submission.roundId = QString::fromStdString(request.round_id());
            submission.scanIndex = int(request.scan_index());
            for (const v1::Mark &mark : request.marks())
                submission.marks.append(server::fromProto(mark));
            for (const auto &[tool, count] : request.tool_use())
                submission.toolUse.insert(QString::fromStdString(tool), int(count));
            for (int attempt = 0;; ++attempt) {
                const qint64 syncBefore = syncs::stats().totalNs;
                const auto start = Clock::now();
                auto caller = state.authenticate(secret);
                auto receipt = caller ? state.submit(*caller, submission)
                                      : Expected<server::TournamentState::Receipt>(caller.error());
                const auto end = Clock::now();
                if (receipt) {
                    times.push_back(msBetween(start, end));
                    syncNs += double(syncs::stats().totalNs - syncBefore);
                    break;
                }
                if (attempt > 100)
                    fail(QStringLiteral("in-process submit: %1").arg(receipt.error().message));
                std::this_thread::sleep_for(3ms); // the next round starts a millisecond after the last
            }
            progress(QStringLiteral("[in process] %1 / %2 answers").arg(a + 1).arg(options.directAnswers));
        }
        progress(QStringLiteral("[in process] done"), true);
        directSyncs = syncs::since(before);
        double total = 0;
        for (double ms : times)
            total += ms;
        directSyncShare = total > 0 ? syncNs / 1e6 / total : 0;
        direct = percentiles(std::move(times));
    }

    // What the streams cost per change: one contestant's EventUpdate, and the whole leaderboard.
    server::TournamentState &state = tournament->state();
    auto hostRecord = state.authenticate(hostSecret);
    auto someContestant = state.authenticate(QString::fromStdString(event.tokens.front()));
    std::vector<double> statusMs, boardMs;
    for (int i = 0; i < 200 && someContestant; ++i) {
        const auto start = Clock::now();
        (void)state.contestantStatus(*someContestant);
        statusMs.push_back(msBetween(start, Clock::now()));
    }
    for (int i = 0; i < 7 && hostRecord; ++i) {
        const auto start = Clock::now();
        (void)state.leaderboard(*hostRecord, QString::fromStdString(event.id), {});
        boardMs.push_back(msBetween(start, Clock::now()));
    }
    const Percentiles status = percentiles(statusMs);
    const Percentiles board = percentiles(boardMs);
    tournament->shutdown();

    // ---------------------------------------------------------------------------------- report
    QTextStream &o = out();
    o << QStringLiteral("wire sizes: SubmitAnswerRequest %1 bytes (1 mark) / %2 bytes (2 marks), reply ~%3 bytes; "
                        "echo request %4 bytes, reply %5 bytes\n")
             .arg(event.plan.request(0, 0).ByteSizeLong())
             .arg(event.plan.request(0, 1).ByteSizeLong())
             .arg(sampleReply.ByteSizeLong())
             .arg([&] {
                 bench::EchoRequest r;
                 r.set_payload(sampleRequest.SerializeAsString());
                 r.set_reply_bytes(replyBytes);
                 return r.ByteSizeLong();
             }())
             .arg([&] {
                 bench::EchoReply r;
                 r.set_payload(std::string(replyBytes, 'x'));
                 return r.ByteSizeLong();
             }());
    if (options.echo)
        o << describe(echoResult);
    o << describe(answerResult);
    if (options.echo && echoResult.perSecond > 0 && echoResult.latency.p50 > 0) {
        o << QStringLiteral("tournament / echo: throughput %1, p50 latency %2x, p99 latency %3x\n")
                 .arg(answerResult.perSecond / echoResult.perSecond, 0, 'f', 3)
                 .arg(answerResult.latency.p50 / echoResult.latency.p50, 0, 'f', 1)
                 .arg(answerResult.latency.p99 / echoResult.latency.p99, 0, 'f', 1);
    }
    if (options.watch)
        o << QStringLiteral("received during the run: %1 EventUpdates (%2 per answer), %3 leaderboards (%4/s)\n")
                 .arg(streamMessages)
                 .arg(answerResult.calls ? double(streamMessages) / double(answerResult.calls) : 0, 0, 'f', 2)
                 .arg(leaderboards)
                 .arg(answerResult.seconds > 0 ? double(leaderboards) / answerResult.seconds : 0, 0, 'f', 1);
    if (options.opening) {
        o << QStringLiteral(
                 "round start: %1 contestants opened scan 0 at once (GetScan%2) in %3 s: each p50 %4 ms, p99 %5 ms, "
                 "%6 MB sent, %7 failures%8\n")
                 .arg(opening.opening.count + opening.failures)
                 .arg(options.fetchViews ? QStringLiteral(" and every view") : QString())
                 .arg(opening.seconds, 0, 'f', 1)
                 .arg(opening.opening.p50, 0, 'f', 0)
                 .arg(opening.opening.p99, 0, 'f', 0)
                 .arg(double(opening.bytes) / 1e6, 0, 'f', 0)
                 .arg(opening.failures)
                 .arg(opening.firstFailure.isEmpty() ? QString()
                                                     : QStringLiteral(" (first: %1)").arg(opening.firstFailure));
        o << QStringLiteral(
                 "  other contestants' SubmitAnswer meanwhile: %1 answers, p50 %2 ms, p99 %3 ms; alone just before: "
                 "p50 %4 ms, p99 %5 ms; p99 during / alone %6x (goal: p99 during < 100 ms: %7)\n")
                 .arg(opening.answersDuring.count)
                 .arg(opening.answersDuring.p50, 0, 'f', 1)
                 .arg(opening.answersDuring.p99, 0, 'f', 1)
                 .arg(opening.answersAlone.p50, 0, 'f', 1)
                 .arg(opening.answersAlone.p99, 0, 'f', 1)
                 .arg(opening.answersAlone.p99 > 0 ? opening.answersDuring.p99 / opening.answersAlone.p99 : 0, 0, 'f',
                      1)
                 .arg(opening.answersDuring.p99 < 100 ? QStringLiteral("MET") : QStringLiteral("NOT MET"));
    }
    o << QStringLiteral("SQLite syncs during the run: %1\n")
             .arg(syncSummary(runSyncs, answerResult.calls, answerResult.seconds));
    o << QStringLiteral("  of which WAL: %1; main database (checkpoints): %2; at most %3 syncs ran at once\n")
             .arg(runWalSyncs.size())
             .arg(runDbSyncs.size())
             .arg(syncs::stats().maxInFlight.load());
    if (options.directAnswers > 0) {
        o << QStringLiteral(
                 "in process (no gRPC, one thread, one answer at a time): authenticate + submit p50 %1 ms, "
                 "p99 %2 ms, mean %3 ms, of which %4 % in SQLite syncs (%5 per answer, each p50 %6 ms, p99 %7 ms)\n")
                 .arg(direct.p50, 0, 'f', 2)
                 .arg(direct.p99, 0, 'f', 2)
                 .arg(direct.mean, 0, 'f', 2)
                 .arg(directSyncShare * 100, 0, 'f', 0)
                 .arg(direct.count ? double(directSyncs.size()) / double(direct.count) : 0, 0, 'f', 2)
                 .arg(percentiles(directSyncs).p50, 0, 'f', 2)
                 .arg(percentiles(directSyncs).p99, 0, 'f', 2);
    }
    if (options.thinkMs == 0 && answerResult.calls > 0) {
        // submit holds the state's one lock through the insert and its sync, so answers are stored one after another.
        const double perAnswerMs = answerResult.seconds * 1000 / double(answerResult.calls);
        const double syncPerAnswerMs
            = percentiles(runSyncs).mean * double(runSyncs.size()) / double(answerResult.calls);
        o << QStringLiteral(
                 "per acknowledged answer in the run: %1 ms of wall time, of which %2 ms in SQLite syncs that "
                 "never overlapped\n")
                 .arg(perAnswerMs, 0, 'f', 2)
                 .arg(syncPerAnswerMs, 0, 'f', 2);
    }
    o << QStringLiteral(
             "per change, under the same lock: one contestant's EventUpdate %1 ms (x %2 contestants = %3 ms if "
             "all watch), the event's leaderboard %4 ms (%5 contestants, kept up to date as answers come)\n")
             .arg(status.p50, 0, 'f', 3)
             .arg(options.contestants)
             .arg(status.p50 * options.contestants, 0, 'f', 1)
             .arg(board.p50, 0, 'f', 2)
             .arg(options.contestants);
    if (options.floodAnswers > 0) {
        o << describe(floodEcho) << describe(flood);
        const double ratio = floodEcho.perSecond > 0 ? flood.perSecond / floodEcho.perSecond : 0;
        o << QStringLiteral("flood ratio (%1 contestants x %2 answers, as fast as acknowledged, no streams): "
                            "tournament / echo throughput %3 (keep >= %4: %5), p99 latency %6x\n")
                 .arg(options.contestants)
                 .arg(options.floodAnswers)
                 .arg(ratio, 0, 'f', 3)
                 .arg(GoalFloodRatio, 0, 'f', 1)
                 .arg(ratio >= GoalFloodRatio && flood.errors == 0 ? QStringLiteral("KEPT")
                                                                   : QStringLiteral("NOT KEPT"))
                 .arg(floodEcho.latency.p99 > 0 ? flood.latency.p99 / floodEcho.latency.p99 : 0, 0, 'f', 2);
    }
    if (options.thinkMs == 0 && answerResult.perSecond > 0) {
        o << QStringLiteral(
                 "closed loop: every contestant always has one answer in flight, so the mean latency is about "
                 "contestants / throughput = %1 ms (Little's law); p99 < %2 ms for %3 contestants would need "
                 "well over %4 answers/s\n")
                 .arg(1000.0 * options.contestants / answerResult.perSecond, 0, 'f', 0)
                 .arg(GoalP99Ms)
                 .arg(options.contestants)
                 .arg(1000.0 * options.contestants / GoalP99Ms, 0, 'f', 0);
    }
    const bool met
        = options.contestants >= GoalContestants && answerResult.errors == 0 && answerResult.latency.p99 < GoalP99Ms;
    o << QStringLiteral("goal (>= %1 contestants in one event, p99 < %2 ms): %3 with %4 contestants, p99 %5 ms%6\n")
             .arg(GoalContestants)
             .arg(GoalP99Ms)
             .arg(met ? QStringLiteral("MET") : QStringLiteral("NOT MET"))
             .arg(options.contestants)
             .arg(answerResult.latency.p99, 0, 'f', 1)
             .arg(options.thinkMs > 0
                      ? QStringLiteral(" (paced: think time %1 ms)").arg(options.thinkMs)
                      : QStringLiteral(" (closed loop: every contestant answers as fast as acknowledged)"));
    o << QStringLiteral("load average at end %1\n").arg(loadAverage());
    o.flush();
    return 0;
}
