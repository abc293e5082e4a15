// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/support/server_interceptor.h>

namespace pen::server {

/// gRPC refuses two kinds of call before any of our code runs, with UNIMPLEMENTED and no message:
/// a request whose bytes do not parse as the method's message, and a method no service has. This
/// interceptor gives the first a message and INVALID_ARGUMENT (ours never sends UNIMPLEMENTED
/// without a message, so that status can only be gRPC's own refusal).
class RefusalMessageInterceptorFactory final : public grpc::experimental::ServerInterceptorFactoryInterface {
public:
    grpc::experimental::Interceptor *CreateServerInterceptor(grpc::experimental::ServerRpcInfo *info) override;
};

/// Answers calls of methods that no service has, naming the method and the services there are.
class UnknownMethodService final : public grpc::CallbackGenericService {
public:
    grpc::ServerGenericBidiReactor *CreateReactor(grpc::GenericCallbackServerContext *context) override;
};

} // namespace pen::server
