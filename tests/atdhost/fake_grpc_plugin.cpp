// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// A gRPC plugin program that misbehaves in ways a library cannot: fake_grpc_plugin MODE, where
// MODE is wrong-id (answers another request), huge (an answer of tens of megabytes), exit (ends
// before it serves, with a message) or silent (runs but never says where it listens).
#include "pen/v1/atd.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

namespace {

class FakePlugin final : public pen::v1::AtdPlugin::Service {
public:
    explicit FakePlugin(std::string mode) : m_mode(std::move(mode)) {}

    grpc::Status Describe(grpc::ServerContext *, const pen::v1::DescribeRequest *,
                          pen::v1::PluginDescription *reply) override
    {
        reply->set_name("fake");
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
        reply->set_request_id(m_mode == "wrong-id" ? "someone-else" : request->request_id());
        reply->set_decision(pen::v1::DECISION_CLEAR);
        reply->set_alarm_score(0.1);
        if (m_mode == "huge") {
            for (int i = 0; i < 200000; ++i) {
                pen::v1::DetectedObject *object = reply->add_objects();
                object->set_category(std::string(40, 'x'));
                object->mutable_box()->set_width(1);
                object->mutable_box()->set_height(1);
            }
        }
        return grpc::Status::OK;
    }

private:
    std::string m_mode;
};

} // namespace

int main(int argc, char *argv[])
{
    const std::string mode = argc > 1 ? argv[1] : "wrong-id";
    if (mode == "exit") {
        std::fprintf(stderr, "fake plugin: no licence key found\n");
        return 3;
    }
    FakePlugin service(mode);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    auto server = builder.BuildAndStart();
    if (!server)
        return 1;
    if (mode != "silent") {
        std::printf("starting up\nlistening on 127.0.0.1:%d\n", port);
        std::fflush(stdout);
    }
    server->Wait();
    return 0;
}
