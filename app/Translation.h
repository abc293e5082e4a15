// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace pen::gui {

/// The application's translations, embedded as resources under ":/i18n" (pentournament_<lang>.qm).
namespace Translation {

inline const QString ResourceFolder = QStringLiteral(":/i18n");

/// Loads the translation for language ("de"), or for the system's locale when language is empty.
/// False when there is none. English has one of plural forms only ("%n scan(s)" → "1 scan").
bool load(QTranslator &translator, const QString &language);

/// Installs the application's (and, where present, Qt's own) translation for language on app,
/// and makes that language the default locale for numbers. A language without a translation gets
/// English. Returns whether one was found.
bool install(QCoreApplication &app, const QString &language);

} // namespace Translation
} // namespace pen::gui
