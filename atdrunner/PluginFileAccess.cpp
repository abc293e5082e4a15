// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginFileAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pen::atd {

namespace {

// Rights newer than the C library's kernel headers (Debian 12 ships those of Linux 6.1).
constexpr quint64 FsTruncate = 1ULL << 14;             // ABI 3
constexpr quint64 FsIoctlDevice = 1ULL << 15;          // ABI 5
constexpr quint64 ScopeAbstractUnixSocket = 1ULL << 0; // ABI 6
constexpr quint64 ScopeSignal = 1ULL << 1;             // ABI 6

constexpr quint64 Execute = LANDLOCK_ACCESS_FS_EXECUTE;
constexpr quint64 Read = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr quint64 FileRights = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE
    | FsTruncate | FsIoctlDevice;

// The ruleset attribute as ABI 6 knows it; older kernels take its first 8 or 16 bytes.
struct RulesetAttributes {
    quint64 handledAccessFs = 0;
    quint64 handledAccessNet = 0;
    quint64 scoped = 0;
};

quint64 handledAccess(int abi)
{
    quint64 rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1; // ABI 1: execute … make symbolic link
    if (abi >= 2)
        rights |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        rights |= FsTruncate;
    if (abi >= 5)
        rights |= FsIoctlDevice;
    return rights;
}

Error rulesetError(const QString &what)
{
    return makeError(ErrorCode::Io,
                     QStringLiteral("the plugin sandbox's file rules: %1: %2")
                         .arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}

QString resolvedProgram(const QString &program)
{
    const QString found = program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    return found.isEmpty() ? QString() : QFileInfo(found).canonicalFilePath();
}

// The dynamic loader an ELF file names (PT_INTERP); empty for a static or non-ELF file.
QString elfInterpreter(QFile &file)
{
    file.seek(0);
    const QByteArray header = file.read(64);
    if (header.size() < 64
        || !header.startsWith("\x7f"
                              "ELF")
        || header[4] != 2)
        return {};
    const auto number = [](const QByteArray &bytes, int at, int size) {
        quint64 value = 0;
        std::memcpy(&value, bytes.constData() + at, size_t(size)); // little-endian, as the host
        return value;
    };
    const quint64 tableAt = number(header, 32, 8);
    const int entrySize = int(number(header, 54, 2));
    const int entries = int(number(header, 56, 2));
    for (int i = 0; i < entries && entrySize >= 56; ++i) {
        file.seek(qint64(tableAt) + qint64(i) * entrySize);
        const QByteArray entry = file.read(56);
        if (entry.size() == 56 && number(entry, 0, 4) == 3) { // PT_INTERP
            file.seek(qint64(number(entry, 8, 8)));
            return QString::fromLocal8Bit(file.read(qint64(number(entry, 32, 8))).split('\0').first());
        }
    }
    return {};
}

// The programs a script's "#!" line runs: its interpreter, and what /usr/bin/env is asked for.
QStringList scriptInterpreters(QFile &file)
{
    file.seek(0);
    const QByteArray line = file.readLine(256);
    if (!line.startsWith("#!"))
        return {};
    const QStringList words = QString::fromLocal8Bit(line.mid(2)).simplified().split(QLatin1Char(' '));
    QStringList programs{words.first()};
    if (QFileInfo(words.first()).fileName() == QLatin1String("env")) {
        for (const QString &word : words.mid(1)) {
            if (!word.startsWith(QLatin1Char('-')) && !word.contains(QLatin1Char('='))) {
                programs.append(word);
                break;
            }
        }
    }
    return programs;
}

bool addRule(int ruleset, const QString &path, quint64 rights, quint64 handled)
{
    const int parent = open(QFile::encodeName(path).constData(), O_PATH | O_CLOEXEC);
    if (parent < 0)
        return errno == ENOENT || errno == ENOTDIR; // what this system lacks, nobody reads
    struct stat status {};
    fstat(parent, &status);
    landlock_path_beneath_attr rule{};
    rule.allowed_access = rights & handled & (S_ISDIR(status.st_mode) ? ~0ULL : FileRights);
    rule.parent_fd = parent;
    const long added = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    close(parent);
    return added == 0;
}

QStringList pluginReadablePaths(const PluginLaunch &launch)
{
    QStringList paths;
    const QStringList files = QStringList(launch.codeFiles) << launch.binary;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.exists())
            paths << info.canonicalFilePath() << info.canonicalPath();
    }
    for (const QString &argument : launch.arguments) {
        if (QFileInfo(argument).isDir())
            paths << QFileInfo(argument).canonicalFilePath();
    }
    for (const QString &folder : launch.readableFolders) {
        if (QFileInfo(folder).isDir())
            paths << QFileInfo(folder).canonicalFilePath();
    }
    return paths;
}

} // namespace

int landlockAbi()
{
    const long abi = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi > 0 ? int(abi) : 0;
}

QStringList executionChain(const QString &program)
{
    QStringList chain;
    QStringList pending{resolvedProgram(program)};
    while (!pending.isEmpty() && chain.size() < 8) {
        const QString path = pending.takeFirst();
        if (path.isEmpty() || chain.contains(path))
            continue;
        chain.append(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString loader = elfInterpreter(file);
        if (!loader.isEmpty())
            pending.append(resolvedProgram(loader));
        for (const QString &interpreter : scriptInterpreters(file))
            pending.append(resolvedProgram(interpreter));
    }
    return chain;
}

Expected<int> pluginFileAccessRuleset(const PluginLaunch &launch, int abi)
{
    RulesetAttributes attributes;
    attributes.handledAccessFs = handledAccess(abi);
    if (abi >= 6)
        attributes.scoped = ScopeAbstractUnixSocket | ScopeSignal;
    const size_t size = abi >= 6 ? sizeof(RulesetAttributes) : abi >= 4 ? 2 * sizeof(quint64) : sizeof(quint64);
    const int ruleset = int(syscall(SYS_landlock_create_ruleset, &attributes, size, 0));
    if (ruleset < 0)
        return rulesetError(QStringLiteral("create"));
    const quint64 handled = attributes.handledAccessFs;
    QList<QPair<QString, quint64>> rules;
    for (const char *system : {"/usr", "/lib", "/lib64", "/lib32", "/libx32", "/etc/ld.so.cache", "/etc/localtime",
                               "/etc/nsswitch.conf", "/etc/hosts", "/etc/host.conf", "/etc/gai.conf", "/proc",
                               "/sys/devices/system/cpu", "/dev/urandom", "/dev/random"})
        rules.append({QString::fromLatin1(system), Read});
    // Writing into /dev/null changes nothing; some runtimes open it for writing.
    rules.append({QStringLiteral("/dev/null"), Read | LANDLOCK_ACCESS_FS_WRITE_FILE});
    for (const QString &path : pluginReadablePaths(launch))
        rules.append({path, Read});
    for (const QString &path : executionChain(launch.program))
        rules.append({path, Execute | LANDLOCK_ACCESS_FS_READ_FILE});
    for (const auto &[path, rights] : rules) {
        if (!addRule(ruleset, path, rights, handled)) {
            const Error error = rulesetError(path);
            close(ruleset);
            return error;
        }
    }
    return ruleset;
}

} // namespace pen::atd
