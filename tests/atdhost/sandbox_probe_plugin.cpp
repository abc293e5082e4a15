// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A gRPC plugin program that tries, on the request "r1" only, what its sandbox forbids:
//   sandbox_probe_plugin read-file at:PATH  reads a file outside its folder
//   sandbox_probe_plugin connect PORT       connects to 127.0.0.1:PORT
//   sandbox_probe_plugin spawn-shell FILE   runs /bin/sh -c "touch FILE" in a new process
//   sandbox_probe_plugin exec-shell FILE    becomes /bin/sh -c "touch FILE"
// Where the attempt returns, the call is refused with what came of it (the file's content or the
// error), so that the test sees it in the run's failure for that scan. Other requests are answered.
#include "pen/v1/atd.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

std::string failure(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

std::string readFile(const std::string &path)
{
    const int file = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file < 0)
        return failure("open");
    char content[256] = {};
    const ssize_t size = read(file, content, sizeof content - 1);
    close(file);
    return size < 0 ? failure("read") : "read: " + std::string(content, size_t(size));
}

std::string connectTo(const std::string &port)
{
    const int socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (socket < 0)
        return failure("socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(std::stoi(port)));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int connected = connect(socket, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    const std::string result = connected == 0 ? "connected" : failure("connect");
    close(socket);
    return result;
}

std::string spawnShell(const std::string &marker)
{
    const std::string command = "touch " + marker;
    char *arguments[]
        = {const_cast<char *>("sh"), const_cast<char *>("-c"), const_cast<char *>(command.c_str()), nullptr};
    pid_t child = 0;
    const int code = posix_spawn(&child, "/bin/sh", nullptr, nullptr, arguments, environ);
    if (code != 0)
        return std::string("posix_spawn: ") + std::strerror(code);
    int status = 0;
    waitpid(child, &status, 0);
    return "spawned";
}

std::string execShell(const std::string &marker)
{
    const std::string command = "touch " + marker;
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char *>(nullptr));
    return failure("exec");
}

class ProbePlugin final : public pen::v1::AtdPlugin::Service {
public:
    ProbePlugin(std::string mode, std::string target) : m_mode(std::move(mode)), m_target(std::move(target)) {}

    grpc::Status Describe(grpc::ServerContext *, const pen::v1::DescribeRequest *,
                          pen::v1::PluginDescription *reply) override
    {
        reply->set_name("sandbox probe");
        reply->set_vendor("PEN-Tournament tests");
        reply->set_version("0.1");
        reply->set_interface_version(1);
        reply->add_categories("narcotics");
        reply->set_operating_threshold(0.5);
        reply->set_views_needed(1);
        return grpc::Status::OK;
    }

    grpc::Status Detect(grpc::ServerContext *, const pen::v1::DetectRequest *request,
                        pen::v1::Detection *reply) override
    {
        if (request->request_id() == "r1")
            return {grpc::StatusCode::FAILED_PRECONDITION, attempt()};
        reply->set_request_id(request->request_id());
        reply->set_decision(pen::v1::DECISION_CLEAR);
        reply->set_alarm_score(0.1);
        return grpc::Status::OK;
    }

private:
    std::string attempt() const
    {
        if (m_mode == "read-file")
            return readFile(m_target.substr(m_target.find(':') + 1));
        if (m_mode == "connect")
            return connectTo(m_target);
        if (m_mode == "spawn-shell")
            return spawnShell(m_target);
        if (m_mode == "exec-shell")
            return execShell(m_target);
        return "unknown mode " + m_mode;
    }

    std::string m_mode;
    std::string m_target;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: sandbox_probe_plugin MODE TARGET\n");
        return 2;
    }
    ProbePlugin service(argv[1], argv[2]);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    auto server = builder.BuildAndStart();
    if (!server)
        return 1;
    std::printf("listening on 127.0.0.1:%d\n", port);
    std::fflush(stdout);
    server->Wait();
    return 0;
}
