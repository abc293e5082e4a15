// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ToolUse.h"

#include <QJsonArray>
#include <QList>

#include <functional>

namespace pen::gui {

/// Which viewer tools were used on the scan shown, how often and when. restart() when a new scan
/// is shown. A plain class, not thread-safe; the viewer widgets record into it on the GUI thread.
class ToolUseLog {
public:
    /// Milliseconds on a monotonic clock; tests pass their own.
    using Clock = std::function<qint64()>;

    /// A log on the steady clock, or on `clock` where given; starts counting at construction.
    explicit ToolUseLog(Clock clock = {});

    /// Forgets every use and counts time from now: call when a scan is shown.
    void restart();
    /// Records one use of a tool (a ViewerTools::key()).
    void record(const QString &tool);

    /// Every tool used, in the order of first use.
    const QList<ToolUse> &uses() const { return m_uses; }
    /// How often a tool was used since restart().
    int count(const QString &tool) const;
    bool isEmpty() const { return m_uses.isEmpty(); }
    /// [{"tool": "negative", "count": 2, "firstMs": 1200, "lastMs": 5300}, ...] for storing with an answer.
    QJsonArray toJson() const;

private:
    qint64 now() const { return m_clock() - m_startMs; }

    Clock m_clock;
    qint64 m_startMs = 0;
    QList<ToolUse> m_uses;
};

} // namespace pen::gui
