// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AppOptions.h"
#include "MainWindow.h"
#include "ScreenshotJob.h"
#include "Translation.h"
#include "tournamentclient/TournamentWidget.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QApplication>

#include <cstdio>
#include <cstdlib>

namespace {

int run(int argc, char *argv[])
{
    using namespace pen::gui;
    installViewerSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pentournament"));
    QApplication::setApplicationDisplayName(QStringLiteral("PEN-Tournament"));
    QApplication::setApplicationVersion(QStringLiteral(PEN_VERSION));
    QApplication::setOrganizationName(QStringLiteral("PEN-CP"));
    Translation::install(app, AppOptions::languageIn(QApplication::arguments()));
    const AppOptions options = AppOptions::parseOrExit(QApplication::arguments());

    MainWindow window;
    if (!options.viewMode.isEmpty())
        window.setViewMode(options.viewMode);
    if (!options.screenshotFile.isEmpty()) {
        auto *screenshot = new ScreenshotJob(&window, options.screenshotFile);
        QObject::connect(screenshot, &ScreenshotJob::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    }
    window.show();

    // A new officer lands in practice mode with the demo sets; a set named on the command line
    // (or a screenshot, which shows a scan) opens the browser; a server joins its tournament; a
    // host or trainer asks for the console.
    if (!options.server.isEmpty()) {
        window.showTournament();
        window.tournament()->connectWithTokenFile(options.server, options.tokenFile, options.caCertificate);
    } else if (options.hostConsole) {
        window.showHostConsole();
    } else if (!options.setFolder.isEmpty()) {
        window.openImageSet(options.setFolder, options.scanId);
    } else if (!options.screenshotFile.isEmpty() || !options.scanId.isEmpty() || !options.viewMode.isEmpty()) {
        window.openDemoImageSet(options.scanId);
    } else {
        window.showPractice();
    }
    if (options.tryPlugin)
        window.showPluginTrial();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const int status = run(argc, argv);
    // The window and the application are gone and everything is saved. Qt Charts keeps a text item
    // in a static that would free OpenGL glyph caches without a context while the process exits,
    // so the process ends here without running static destructors.
    std::fflush(nullptr);
    std::_Exit(status);
}
