// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QStringList>

/// Each command takes its own arguments (without the program and command names) and returns the
/// process exit code: 0 on success, 1 for bad input, 2 for a wrong command line.
namespace pen::cli {

int runImport(const QStringList &args);
int runValidate(const QStringList &args);
int runInfo(const QStringList &args);
int runStripTruth(const QStringList &args);
int runCheckStripped(const QStringList &args);
int runExportDicom(const QStringList &args);
int runGenerate(const QStringList &args);
int runRender(const QStringList &args);
int runRealism(const QStringList &args);

} // namespace pen::cli
