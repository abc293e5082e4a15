// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AppOptions.h"

#include "enhance/ViewModes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace pen::gui {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("pen::gui::AppOptions", text);
}

} // namespace

QString AppOptions::languageIn(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.section(QLatin1Char('='), 1);
    }
    return QString();
}

AppOptions AppOptions::parseOrExit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(QT_TRANSLATE_NOOP(
        "pen::gui::AppOptions", "Practise reading X-ray scans and browse image sets with their ground truth.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption set(
        QStringLiteral("set"), translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Open the image set in <folder>.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "folder")));
    const QCommandLineOption scan(
        QStringLiteral("scan"), translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Show the scan with <id> first.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "id")));
    const QCommandLineOption language(
        QStringLiteral("language"),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Use <language> (e.g. de) instead of the system's.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "language")));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions",
                                     "Save a picture of the window to <file> once the scan shows, then quit.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "file")));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Show the scan in view <mode>: %1."))
            .arg(ViewModes::names().join(QStringLiteral(", "))),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "mode")));
    const QCommandLineOption server(
        QStringLiteral("server"),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions",
                                     "Join the tournament on the server at <host:port> (with --token-file).")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "host:port")));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Read the contestant's access token from <file>.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "file")));
    const QCommandLineOption caCertificate(
        QStringLiteral("ca-cert"),
        translated(
            QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Connect with TLS, trusting the CA certificate in <pem>.")),
        translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "pem")));
    const QCommandLineOption hostConsole(
        QStringLiteral("host-console"),
        translated(QT_TRANSLATE_NOOP(
            "pen::gui::AppOptions",
            "Open the host's and trainer's console, to run events and practice sessions on a server.")));
    const QCommandLineOption tryPlugin(
        QStringLiteral("try-plugin"),
        translated(QT_TRANSLATE_NOOP(
            "pen::gui::AppOptions",
            "Open the window where an ATD vendor runs a plugin on a practice set and sees its metrics.")));
    parser.addOptions(
        {set, scan, language, screenshot, mode, server, tokenFile, caCertificate, hostConsole, tryPlugin});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        parser.showHelp(1);
    if (parser.isSet(mode) && !ViewModes::find(parser.value(mode))) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "Unknown view mode \"%1\"; one of: %2."))
                           .arg(parser.value(mode), ViewModes::names().join(QStringLiteral(", ")))));
        std::exit(2);
    }
    if (parser.isSet(server) != parser.isSet(tokenFile)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(translated(QT_TRANSLATE_NOOP(
                "pen::gui::AppOptions",
                "--server and --token-file go together: the server's address and the file holding your token."))));
        std::exit(2);
    }
    if (parser.isSet(caCertificate) && !parser.isSet(server)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(translated(QT_TRANSLATE_NOOP("pen::gui::AppOptions", "--ca-cert needs --server."))));
        std::exit(2);
    }
    return AppOptions{parser.value(set),        parser.value(scan),          parser.value(language),
                      parser.value(screenshot), parser.value(mode),          parser.value(server),
                      parser.value(tokenFile),  parser.value(caCertificate), parser.isSet(hostConsole),
                      parser.isSet(tryPlugin)};
}

} // namespace pen::gui
