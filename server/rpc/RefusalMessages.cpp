// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "RefusalMessages.h"

#include <string>

namespace pen::server {
namespace {

class RefusalMessageInterceptor final : public grpc::experimental::Interceptor {
public:
    explicit RefusalMessageInterceptor(std::string method) : m_method(std::move(method)) {}

    void Intercept(grpc::experimental::InterceptorBatchMethods *methods) override
    {
        if (methods->QueryInterceptionHookPoint(grpc::experimental::InterceptionHookPoints::PRE_SEND_STATUS)) {
            const grpc::Status status = methods->GetSendStatus();
            if (status.error_code() == grpc::StatusCode::UNIMPLEMENTED && status.error_message().empty()) {
                methods->ModifySendStatus(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                                                       m_method
                                                           + ": the request is not a valid message of this method (its "
                                                             "bytes do not parse as the .proto says)"));
            }
        }
        methods->Proceed();
    }

private:
    std::string m_method;
};

} // namespace

grpc::experimental::Interceptor *
RefusalMessageInterceptorFactory::CreateServerInterceptor(grpc::experimental::ServerRpcInfo *info)
{
    return new RefusalMessageInterceptor(info->method() ? info->method() : "");
}

grpc::ServerGenericBidiReactor *UnknownMethodService::CreateReactor(grpc::GenericCallbackServerContext *context)
{
    class Refused final : public grpc::ServerGenericBidiReactor {
    public:
        explicit Refused(const std::string &method)
        {
            Finish(
                grpc::Status(grpc::StatusCode::UNIMPLEMENTED,
                             "this server has no method " + method.substr(0, 200)
                                 + "; it serves pen.v1.Tournament, pen.v1.Admin and pen.v1.Machines (proto/pen/v1/)"));
        }
        void OnDone() override { delete this; }
    };
    return new Refused(context->method());
}

} // namespace pen::server
