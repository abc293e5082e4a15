// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"

#include <cstdio>

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

int usage(const QCommandLineParser &parser, const QString &problem)
{
    std::fprintf(stderr, "pentournament-imageset: %s\n\n%s", qUtf8Printable(problem),
                 qUtf8Printable(parser.helpText()));
    return ExitUsage;
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, int positionalCount, QString *problem)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("pentournament-imageset")} + args)) {
        *problem = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        *problem = QStringLiteral("expected %1 arguments, got %2")
                       .arg(positionalCount)
                       .arg(parser.positionalArguments().size());
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
