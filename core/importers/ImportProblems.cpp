// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "importers/ImportProblems.h"

#include <QDir>

namespace pen {

void ImportProblems::add(ErrorCode code, const QString &where, const QString &what)
{
    add(makeError(code, QDir::toNativeSeparators(where) + QStringLiteral(": ") + what));
}

void ImportProblems::add(const Error &error)
{
    if (m_lines.isEmpty())
        m_code = error.code;
    m_lines.append(error.message);
}

Error ImportProblems::toError() const
{
    // A dataset with a systematic fault repeats it on every image; the first lines say enough.
    QStringList listed = m_lines.mid(0, MaxListed);
    if (m_lines.size() > MaxListed)
        listed.append(QStringLiteral("... and %1 more problems").arg(m_lines.size() - MaxListed));
    return makeError(m_code, listed.join(QLatin1Char('\n')));
}

Expected<void> ImportProblems::result() const
{
    if (isEmpty())
        return {};
    return toError();
}

} // namespace pen
