// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <grpcpp/grpcpp.h>

namespace pen::server {

/// Ends a unary call with status (the reply as filled so far is sent only on OK).
inline grpc::ServerUnaryReactor *finish(grpc::CallbackServerContext *context, const grpc::Status &status)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    reactor->Finish(status);
    return reactor;
}

/// A server stream refused before its first message.
template <typename Message> class RefusedStream final : public grpc::ServerWriteReactor<Message> {
public:
    explicit RefusedStream(const grpc::Status &status) { this->Finish(status); }
    void OnDone() override { delete this; }
};

/// A client stream (an upload) refused before its first message.
template <typename Message> class RefusedUpload final : public grpc::ServerReadReactor<Message> {
public:
    explicit RefusedUpload(const grpc::Status &status) { this->Finish(status); }
    void OnDone() override { delete this; }
};

} // namespace pen::server
