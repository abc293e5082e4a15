// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-atd-host: loads one ATD plugin library in a process of its own and serves it over
// gRPC, so that the server (or a vendor trying their plugin) talks to a process it can time out,
// limit and restart. Prints "listening on ADDRESS" once it serves.
#include "LibraryPluginService.h"
#include "PluginLibrary.h"

#include <grpcpp/grpcpp.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace pen;
using namespace pen::atdhost;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "pentournament-atd-host: %s\n", message.toLocal8Bit().constData());
    return code;
}

// The largest request with its pixels as bytes: a 16384 × 16384 dual-energy view would not fit; a
// 6000 × 2000 container in two views of two channels (96 MB) does. Pixels in shared memory do not count.
constexpr int MaxMessageBytes = 128 * 1024 * 1024;

} // namespace

int main(int argc, char *argv[])
{
    // SIGTERM and SIGINT are taken by a thread of their own that shuts the server down.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pentournament-atd-host"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves an ATD plugin library over the gRPC AtdPlugin interface."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("plugin"), QStringLiteral("The plugin library (.so) to load."), QStringLiteral("FILE")},
        {QStringLiteral("config"), QStringLiteral("Configuration text passed to the plugin."), QStringLiteral("TEXT")},
        {QStringLiteral("address"), QStringLiteral("Where to listen (default 127.0.0.1:0, a free port)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("max-objects"),
         QStringLiteral("The most objects the plugin may report per scan (default 1000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("no-shared-memory"),
         QStringLiteral("Take the pixels as bytes in each request only, not from shared memory.")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("plugin")))
        return fail(QStringLiteral("--plugin FILE is required"), 2);
    bool ok = false;
    const uint maxObjects = parser.value(QStringLiteral("max-objects")).toUInt(&ok);
    if (!ok || maxObjects < 1 || maxObjects > 100000)
        return fail(QStringLiteral("--max-objects: a number from 1 to 100000"), 2);

    auto plugin = PluginLibrary::load(parser.value(QStringLiteral("plugin")), parser.value(QStringLiteral("config")));
    if (!plugin)
        return fail(plugin.error().message);

    LibraryPluginService service(**plugin, maxObjects, !parser.isSet(QStringLiteral("no-shared-memory")));
    grpc::ServerBuilder builder;
    int port = 0;
    const std::string address = parser.value(QStringLiteral("address")).toStdString();
    builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port);
    builder.SetMaxReceiveMessageSize(MaxMessageBytes);
    builder.RegisterService(&service);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(QString::fromStdString(address)));
    const std::string host = address.substr(0, address.rfind(':'));
    std::printf("listening on %s:%d\n", host.c_str(), port);
    std::fflush(stdout);

    std::thread stopper([&server, stopSignals] {
        int received = 0;
        sigwait(&stopSignals, &received);
        server->Shutdown();
    });
    server->Wait();
    stopper.join();
    return 0;
}
