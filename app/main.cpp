// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "AppOptions.h"
#include "MainWindow.h"
#include "ScreenshotJob.h"
#include "Translation.h"
#include "viewer/ViewerSurfaceFormat.h"

#include <QApplication>

int main(int argc, char *argv[])
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
    if (!options.screenshotFile.isEmpty()) {
        auto *screenshot = new ScreenshotJob(&window, options.screenshotFile);
        QObject::connect(screenshot, &ScreenshotJob::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    }
    window.show();

    // A new officer lands in practice mode with the demo sets; a set named on the command line
    // (or a screenshot, which shows a scan) opens the browser.
    if (!options.setFolder.isEmpty())
        window.openImageSet(options.setFolder, options.scanId);
    else if (!options.screenshotFile.isEmpty() || !options.scanId.isEmpty())
        window.openDemoImageSet(options.scanId);
    else
        window.showPractice();
    return QApplication::exec();
}
