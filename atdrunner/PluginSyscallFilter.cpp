// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginSyscallFilter.h"

#include <seccomp.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <linux/seccomp.h>
#include <memory>
#include <sched.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pen::atd {

namespace {

struct ContextRelease {
    void operator()(scmp_filter_ctx context) const { seccomp_release(context); }
};
using Context = std::unique_ptr<void, ContextRelease>;

Error filterError(const char *what, int code)
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("the plugin sandbox's system call filter: %1: %2")
                         .arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(-code))));
}

// libseccomp writes the program to a descriptor; a memfd gives it back without a file.
Expected<SyscallFilter> exported(scmp_filter_ctx context)
{
    const int memory = memfd_create("pen-seccomp", MFD_CLOEXEC);
    if (memory < 0)
        return filterError("memfd_create", -errno);
    const int code = seccomp_export_bpf(context, memory);
    const off_t size = lseek(memory, 0, SEEK_END);
    SyscallFilter program(size > 0 ? size_t(size) / sizeof(sock_filter) : 0);
    const ssize_t read = size > 0 ? pread(memory, program.data(), size_t(size), 0) : -1;
    close(memory);
    if (code != 0)
        return filterError("export", code);
    if (read != size || program.empty() || size_t(size) % sizeof(sock_filter) != 0)
        return filterError("export", -EIO);
    return program;
}

// Sockets: only TCP over IPv4 and IPv6 (what a gRPC server listens on) and Unix streams. The
// filter cannot say "not in", so every other family and type is named.
int refuseOtherSockets(scmp_filter_ctx context)
{
    int code = 0;
    const uint32_t kill = SCMP_ACT_KILL_PROCESS;
    for (int family = 0; family < AF_MAX && code == 0; ++family) {
        if (family != AF_UNIX && family != AF_INET && family != AF_INET6)
            code = seccomp_rule_add(context, kill, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(family)));
    }
    if (code == 0)
        code = seccomp_rule_add(context, kill, SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_GE, AF_MAX));
    for (const int family : {AF_UNIX, AF_INET, AF_INET6}) {
        for (int type = 0; type < 16 && code == 0; ++type) {
            if (type != SOCK_STREAM)
                code = seccomp_rule_add(context, kill, SCMP_SYS(socket), 2, SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(family)),
                                        SCMP_A1(SCMP_CMP_MASKED_EQ, 0xf, scmp_datum_t(type)));
        }
    }
    return code;
}

int refuseConnections(scmp_filter_ctx context)
{
    const uint32_t kill = SCMP_ACT_KILL_PROCESS;
    int code = seccomp_rule_add(context, kill, SCMP_SYS(connect), 0);
    // TCP Fast Open connects from sendto and sendmsg.
    if (code == 0)
        code = seccomp_rule_add(context, kill, SCMP_SYS(sendto), 1,
                                SCMP_A3(SCMP_CMP_MASKED_EQ, MSG_FASTOPEN, MSG_FASTOPEN));
    for (const int call : {SCMP_SYS(sendmsg), SCMP_SYS(sendmmsg)}) {
        if (code == 0)
            code = seccomp_rule_add(context, kill, call, 1, SCMP_A2(SCMP_CMP_MASKED_EQ, MSG_FASTOPEN, MSG_FASTOPEN));
    }
    return code;
}

int refuseNewProcesses(scmp_filter_ctx context)
{
    const uint32_t kill = SCMP_ACT_KILL_PROCESS;
    int code = 0;
    for (const int call : {SCMP_SYS(fork), SCMP_SYS(vfork)}) {
        if (code == 0)
            code = seccomp_rule_add(context, kill, call, 0);
    }
    if (code == 0)
        code = seccomp_rule_add(context, kill, SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
    // clone3 passes its flags in memory, out of the filter's sight: the C library falls back to clone.
    if (code == 0)
        code = seccomp_rule_add(context, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    return code;
}

// Ways around the rest: io_uring runs calls the filter never sees; ptrace and another
// process's memory would reach the pixels keeper, which is not under this filter.
int refuseEscapes(scmp_filter_ctx context)
{
    int code = 0;
    for (const int call :
         {SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register), SCMP_SYS(ptrace),
          SCMP_SYS(process_vm_readv), SCMP_SYS(process_vm_writev), SCMP_SYS(pidfd_getfd)}) {
        if (code == 0)
            code = seccomp_rule_add(context, SCMP_ACT_KILL_PROCESS, call, 0);
    }
    return code;
}

} // namespace

bool kernelFiltersSyscalls()
{
    const uint32_t action = SECCOMP_RET_KILL_PROCESS;
    return syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &action) == 0;
}

Expected<SyscallFilter> pluginSyscallFilter()
{
    const Context context(seccomp_init(SCMP_ACT_ALLOW));
    if (!context)
        return filterError("init", -ENOMEM);
    int code = refuseConnections(context.get());
    if (code == 0)
        code = refuseOtherSockets(context.get());
    if (code == 0)
        code = refuseNewProcesses(context.get());
    if (code == 0)
        code = refuseEscapes(context.get());
    if (code != 0)
        return filterError("rule", code);
    return exported(context.get());
}

Expected<SyscallFilter> pixelsKeeperSyscallFilter()
{
    const Context context(seccomp_init(SCMP_ACT_KILL_PROCESS));
    if (!context)
        return filterError("init", -ENOMEM);
    int code = 0;
    for (const int call : {SCMP_SYS(recvmsg), SCMP_SYS(sendto), SCMP_SYS(sendmsg), SCMP_SYS(close), SCMP_SYS(exit),
                           SCMP_SYS(exit_group), SCMP_SYS(rt_sigreturn), SCMP_SYS(restart_syscall)}) {
        if (code == 0)
            code = seccomp_rule_add(context.get(), SCMP_ACT_ALLOW, call, 0);
    }
    if (code != 0)
        return filterError("rule", code);
    return exported(context.get());
}

} // namespace pen::atd
