// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "atdrunner/PluginLaunch.h"

#include <QStringList>

namespace pen::atd {

/// The Landlock ABI version of the running kernel; 0 where it has no Landlock.
int landlockAbi();

/// The files that starting the program executes: the program itself (PATH searched, links
/// resolved), the interpreter of each ELF file (the dynamic loader) and of each script (#!), and
/// the program that /usr/bin/env is asked to run.
QStringList executionChain(const QString &program);

/// A Landlock ruleset (a descriptor the caller closes) that handles every file access right of
/// the kernel's ABI and grants only: reading the plugin's own files and folders (its binary, its
/// code files, folders its arguments name and its readableFolders), the system's libraries and runtimes (/usr, /lib,
/// a few files in /etc), /proc, /sys/devices/system/cpu, /dev/null, /dev/urandom; executing the
/// files of executionChain(launch.program). From ABI 6 on it also keeps the plugin from signalling
/// processes outside it and from reaching abstract Unix sockets.
Expected<int> pluginFileAccessRuleset(const PluginLaunch &launch, int abi);

} // namespace pen::atd
