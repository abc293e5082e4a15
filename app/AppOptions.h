// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>
#include <QStringList>

namespace pen::gui {

/// The command line of pentournament:
/// `pentournament [--set FOLDER] [--scan ID] [--language LANG] [--screenshot FILE] [--try-plugin]` or, to join a
/// tournament, `pentournament --server HOST:PORT --token-file FILE [--ca-cert PEM]`. The token
/// comes only from a file: on the command line itself `ps` would show it to every user.
struct AppOptions {
    QString setFolder;        ///< empty: the first bundled demo set
    QString scanId;           ///< empty: the first scan
    QString language;         ///< e.g. "de"; empty: the system's language
    QString screenshotFile;   ///< set: save a picture of the window once the scan shows, then exit
    QString viewMode;         ///< a ViewModes name, e.g. "negative"; empty: material colour
    QString server;           ///< host:port of a tournament server; set: open tournament mode and connect
    QString tokenFile;        ///< the file holding the contestant's token (with server)
    QString caCertificate;    ///< PEM of the CA that signed the server's certificate; empty: no TLS
    bool hostConsole = false; ///< open the host's and trainer's console
    bool tryPlugin = false;   ///< open the window where a vendor tries an ATD plugin on a practice set

    /// Only the --language value, read before the translator is installed so that --help is translated.
    static QString languageIn(const QStringList &arguments);
    /// Parses the arguments; prints help, the version or an error and exits where the user asked or erred.
    static AppOptions parseOrExit(const QStringList &arguments);
};

} // namespace pen::gui
