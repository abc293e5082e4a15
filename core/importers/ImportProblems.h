// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"

#include <QStringList>

namespace pen {

/// Collects every problem of an import, so that a user fixes a dataset in one pass instead of
/// one error per run. The Error keeps the first problem's code and lists one problem a line.
class ImportProblems {
public:
    static constexpr int MaxListed = 10000; ///< every problem, short of a runaway

    void add(ErrorCode code, const QString &where, const QString &what);
    void add(const Error &error);
    bool isEmpty() const { return m_lines.isEmpty(); }
    int count() const { return int(m_lines.size()); }
    const QStringList &lines() const { return m_lines; }
    Error toError() const;
    Expected<void> result() const;

private:
    QStringList m_lines;
    ErrorCode m_code = ErrorCode::Validation;
};

} // namespace pen
