// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// The shared memory that carries a request's pixels to a plugin on this machine: readable where
// the request says, sealed against every write, gone once the request is; and which addresses
// are on this machine.
#include "TestScans.h"
#include "atdrunner/DetectRequests.h"
#include "atdrunner/PluginProcess.h"
#include "atdrunner/SharedPixels.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace pen;
using namespace pen::atd;

class TestSharedPixels final : public QObject {
    Q_OBJECT

private slots:
    void requestNamesWhereEachChannelLies();
    void nobodyCanWriteIntoIt();
    void itIsGoneWithTheRequest();
    void emptyOrOverflowingIsRefused();
    void addressesOnThisMachine_data();
    void addressesOnThisMachine();
};

namespace {

Scan twoViewScan()
{
    Scan scan = test::dualEnergyScan(QStringLiteral("s1"), 33, 7);
    ScanView side = scan.views[0];
    side.label = QStringLiteral("side");
    for (Image16 &channel : side.channels)
        std::fill(channel.pixels.begin(), channel.pixels.end(), quint16(0xBEEF));
    scan.views.append(side);
    return scan;
}

QByteArray readAll(const QString &path, size_t size)
{
    const int descriptor = open(path.toLocal8Bit().constData(), O_RDONLY);
    if (descriptor < 0)
        return {};
    QByteArray bytes(qsizetype(size), '\0');
    const bool read = pread(descriptor, bytes.data(), size, 0) == ssize_t(size);
    close(descriptor);
    return read ? bytes : QByteArray();
}

} // namespace

void TestSharedPixels::requestNamesWhereEachChannelLies()
{
    const Scan scan = twoViewScan();
    auto shared = sharedDetectRequest(scan, QStringLiteral("r1"), QStringLiteral("n1"), 2);
    QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
    const v1::DetectRequest &request = shared->message;
    QVERIFY(request.has_shared_memory());
    QCOMPARE(QString::fromStdString(request.shared_memory().path()), shared->pixels->path());
    const QByteArray memory = readAll(shared->pixels->path(), request.shared_memory().size());
    QVERIFY(!memory.isEmpty());
    // The same bytes that the request would otherwise carry, at the offsets it names.
    const v1::DetectRequest bytes = detectRequest(scan, QStringLiteral("r1"), QStringLiteral("n1"), 2);
    QCOMPARE(request.views_size(), 2);
    for (int v = 0; v < 2; ++v) {
        QCOMPARE(request.views(v).channels_size(), 2);
        for (int c = 0; c < 2; ++c) {
            const v1::Channel &channel = request.views(v).channels(c);
            QVERIFY(channel.pixels().empty());
            QVERIFY(channel.has_shared());
            QCOMPARE(channel.shared().offset() % 64, 0u);
            const std::string &expected = bytes.views(v).channels(c).pixels();
            QCOMPARE(channel.shared().length(), expected.size());
            QCOMPARE(memory.mid(qsizetype(channel.shared().offset()), qsizetype(channel.shared().length())),
                     QByteArray::fromStdString(expected));
        }
    }
}

void TestSharedPixels::nobodyCanWriteIntoIt()
{
    auto shared = sharedDetectRequest(twoViewScan(), QStringLiteral("r1"), QStringLiteral("n1"), 1);
    QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
    const QByteArray path = shared->pixels->path().toLocal8Bit();
    const size_t size = shared->pixels->size();
    const QByteArray before = readAll(shared->pixels->path(), size);
    // Even a descriptor opened for writing (what another process of the same user could get) is
    // refused every way of changing the memory.
    const int descriptor = open(path.constData(), O_RDWR);
    QVERIFY2(descriptor >= 0, strerror(errno));
    QCOMPARE(fcntl(descriptor, F_GET_SEALS), F_SEAL_WRITE | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL);
    errno = 0;
    QCOMPARE(mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0), MAP_FAILED);
    QCOMPARE(errno, EPERM);
    const char byte = 1;
    QCOMPARE(pwrite(descriptor, &byte, 1, 0), ssize_t(-1));
    QCOMPARE(errno, EPERM);
    QCOMPARE(ftruncate(descriptor, 0), -1);
    QCOMPARE(errno, EPERM);
    QCOMPARE(ftruncate(descriptor, off_t(size) * 2), -1);
    QCOMPARE(errno, EPERM);
    QCOMPARE(fcntl(descriptor, F_ADD_SEALS, F_SEAL_FUTURE_WRITE), -1);
    QCOMPARE(errno, EPERM);
    // A read-only mapping cannot be made writable either.
    const int readOnly = open(path.constData(), O_RDONLY);
    void *mapped = mmap(nullptr, size, PROT_READ, MAP_SHARED, readOnly, 0);
    QVERIFY(mapped != MAP_FAILED);
    QCOMPARE(mprotect(mapped, size, PROT_READ | PROT_WRITE), -1);
    QCOMPARE(errno, EACCES);
    munmap(mapped, size);
    close(readOnly);
    close(descriptor);
    QCOMPARE(readAll(shared->pixels->path(), size), before);
}

void TestSharedPixels::itIsGoneWithTheRequest()
{
    QString path;
    {
        auto shared = sharedDetectRequest(twoViewScan(), QStringLiteral("r1"), QStringLiteral("n1"), 1);
        QVERIFY2(shared, qPrintable(shared ? QString() : shared.error().message));
        path = shared->pixels->path();
        const int descriptor = open(path.toLocal8Bit().constData(), O_RDONLY);
        QVERIFY(descriptor >= 0);
        close(descriptor);
    }
    QCOMPARE(open(path.toLocal8Bit().constData(), O_RDONLY), -1);
    QCOMPARE(errno, ENOENT);
}

void TestSharedPixels::emptyOrOverflowingIsRefused()
{
    auto empty = SharedPixels::create(0, {});
    QVERIFY(!empty);
    QCOMPARE(empty.error().message, QStringLiteral("shared memory for the pixels: no pixels"));
    const char bytes[8] = {};
    auto beyond = SharedPixels::create(10, {{4, bytes, sizeof bytes}});
    QVERIFY(!beyond);
    QCOMPARE(beyond.error().message, QStringLiteral("shared memory for the pixels: 8 bytes at 4 do not fit in 10"));
}

void TestSharedPixels::addressesOnThisMachine_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("local");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1:40123") << true;
    QTest::newRow("other loopback") << QStringLiteral("127.3.2.1:1") << true;
    QTest::newRow("ipv4 scheme") << QStringLiteral("ipv4:127.0.0.1:5") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost:50051") << true;
    QTest::newRow("ipv6 loopback") << QStringLiteral("[::1]:50051") << true;
    QTest::newRow("unix socket") << QStringLiteral("unix:/run/plugin.sock") << true;
    QTest::newRow("lan") << QStringLiteral("192.168.1.20:50051") << false;
    QTest::newRow("any") << QStringLiteral("0.0.0.0:50051") << false;
    QTest::newRow("name") << QStringLiteral("detector.example.com:443") << false;
    QTest::newRow("127 in a name") << QStringLiteral("127.example.com:443") << false;
    QTest::newRow("ipv6 other") << QStringLiteral("[2001:db8::1]:50051") << false;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false;
}

void TestSharedPixels::addressesOnThisMachine()
{
    QFETCH(QString, address);
    QFETCH(bool, local);
    QCOMPARE(isOnThisMachine(address), local);
}

QTEST_GUILESS_MAIN(TestSharedPixels)
#include "tst_sharedpixels.moc"
