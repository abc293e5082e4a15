// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "client/ServerConnection.h"

#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>

namespace pen::gui {

/// The host console's one way to call the server off the GUI thread: work runs on a pool of its
/// own and its result reaches the owner's thread (never, once the owner is gone); what a worker
/// reports on the way (progress) is posted there too. Destroying it waits for the work in flight,
/// so an owner that holds it outlives every post.
class BackgroundCalls final {
public:
    /// A unary call's outcome: the reply is only meaningful when the status is OK.
    template <typename Reply> struct Result {
        grpc::Status status;
        Reply reply;
    };

    BackgroundCalls(QObject *owner, int threads) : m_owner(owner) { m_pool.setMaxThreadCount(threads); }
    ~BackgroundCalls() { m_pool.waitForDone(); }
    BackgroundCalls(const BackgroundCalls &) = delete;
    BackgroundCalls &operator=(const BackgroundCalls &) = delete;

    /// work() on a worker, then done(its result) on the owner's thread.
    template <typename Work, typename Done> void run(Work work, Done done)
    {
        QtConcurrent::run(&m_pool, std::move(work)).then(m_owner, std::move(done));
    }

    /// rpc(connection, context, &reply) on a worker with a context of timeoutSeconds, then
    /// done(Result<Reply>) on the owner's thread.
    template <typename Reply, typename Rpc, typename Done>
    void call(std::shared_ptr<server::ServerConnection> connection, Rpc rpc, Done done, int timeoutSeconds = 30)
    {
        run(
            [connection, rpc, timeoutSeconds] {
                Result<Reply> result;
                auto context = connection->context(timeoutSeconds);
                result.status = rpc(*connection, context.get(), &result.reply);
                return result;
            },
            std::move(done));
    }

    /// Runs f on the owner's thread; a worker reports progress with it.
    template <typename F> void post(F f) const
    {
        QMetaObject::invokeMethod(m_owner, std::move(f), Qt::QueuedConnection);
    }

private:
    QObject *m_owner = nullptr;
    QThreadPool m_pool;
};

} // namespace pen::gui
