// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pen::gui::Translation {

bool load(QTranslator &translator, const QString &language)
{
    const QString prefix = QStringLiteral("pentournament");
    if (language.isEmpty())
        return translator.load(QLocale::system(), prefix, QStringLiteral("_"), ResourceFolder);
    return translator.load(QLocale(language), prefix, QStringLiteral("_"), ResourceFolder);
}

bool install(QCoreApplication &app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(&app);
    // Qt's own strings (dialog buttons) where the distribution ships them; optional.
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    // A language with no translation of its own gets English, whose plural forms need one too.
    if (!load(*translator, language) && !load(*translator, QStringLiteral("en")))
        return false;
    app.installTranslator(translator);
    return true;
}

} // namespace pen::gui::Translation
