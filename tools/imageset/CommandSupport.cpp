// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace pen::cli {

int fail(const Error &error)
{
    const QStringList lines = error.message.split(QLatin1Char('\n'));
    QString text = QStringLiteral("pentournament-imageset: ") + lines.first();
    if (lines.size() > 1)
        text += QStringLiteral(" (and %1 more problems; run \"validate\" to list them)").arg(lines.size() - 1);
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    return ExitBadInput;
}

int failWithEveryLine(const Error &error)
{
    for (const QString &line : error.message.split(QLatin1Char('\n')))
        std::fprintf(stderr, "pentournament-imageset: %s\n", qUtf8Printable(line));
    return ExitBadInput;
}

QString commandHelp(const QCommandLineParser &parser)
{
    // Qt names the program as it was started; the command is the program's first argument.
    const QStringList arguments = QCoreApplication::arguments();
    QString text = parser.helpText();
    const qsizetype at = arguments.isEmpty() ? -1 : text.indexOf(arguments.first());
    if (at >= 0)
        text.replace(at, arguments.first().size(), QStringLiteral("pentournament-imageset ") + arguments.value(1));
    return text;
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    std::fprintf(stderr, "pentournament-imageset: %s\n\n%s", qUtf8Printable(problem),
                 qUtf8Printable(commandHelp(parser)));
    return ExitUsage;
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, int positionalCount, QString *problem,
               int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("pentournament-imageset")} + args)) {
        *problem = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(commandHelp(parser)), stdout);
        std::exit(ExitOk);
    }
    const qsizetype count = parser.positionalArguments().size();
    const int most = std::max(positionalCount, maxPositional);
    if (count < positionalCount || count > most) {
        *problem = most == positionalCount
            ? QStringLiteral("expected %1 arguments, got %2").arg(positionalCount).arg(count)
            : QStringLiteral("expected %1 to %2 arguments, got %3").arg(positionalCount).arg(most).arg(count);
        return false;
    }
    return true;
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
}

void ProgressLine::update(int done, int total)
{
    std::fprintf(stderr, "\r%s %d/%d", qUtf8Printable(m_what), done, total);
    std::fflush(stderr);
    m_shown = true;
}

ProgressLine::~ProgressLine()
{
    if (m_shown)
        std::fprintf(stderr, "\n");
}

} // namespace pen::cli
