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
/// Prints every line of the message, each as "pentournament-imageset: <line>"; returns ExitBadInput.
int failWithEveryLine(const Error &error);
/// Prints a usage problem and the command's help; returns ExitUsage.
int usage(const QCommandLineParser &parser, const QString &problem);
/// Parses args for a command that takes positionalCount positional arguments (up to
/// maxPositional when that is larger). With --help it prints the command's help on stdout and
/// ends the program with ExitOk, as QCommandLineParser::process() does.
bool parseArgs(QCommandLineParser &parser, const QStringList &args, int positionalCount, QString *problem,
               int maxPositional = 0);
/// The parser's help, its usage line naming the command ("pentournament-imageset import ...").
QString commandHelp(const QCommandLineParser &parser);

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
