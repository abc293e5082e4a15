// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QCommandLineParser>
#include <QString>

namespace pen::cli {

constexpr int ExitOk = 0;
constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

/// Prints "pentournament-imageset: <first line of the message>" on stderr, and how many further
/// problems there are; returns ExitBadInput.
int fail(const Error &error);
/// Prints a usage problem and the command's help; returns ExitUsage.
int usage(const QCommandLineParser &parser, const QString &problem);
/// Parses args for a command that takes exactly positionalCount positional arguments.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, int positionalCount, QString *problem);

void printLine(const QString &line);

/// A progress line on stderr, redrawn in place ("validating 12/40 scans").
class ProgressLine {
public:
    explicit ProgressLine(QString what) : m_what(std::move(what)) {}
    ~ProgressLine();
    void update(int done, int total);

private:
    QString m_what;
    bool m_shown = false;
};

} // namespace pen::cli
