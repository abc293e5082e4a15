// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "CommandSupport.h"
#include "Commands.h"

namespace pen::cli {

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    QString problem;
    parseArgs(parser, args, 0, &problem);
    return usage(parser, QStringLiteral("import is wired once the importers land"));
}

} // namespace pen::cli
