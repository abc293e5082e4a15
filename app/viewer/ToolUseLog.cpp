// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ToolUseLog.h"

#include <QJsonObject>

#include <chrono>

namespace pen::gui {
namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

ToolUseLog::ToolUseLog(Clock clock) : m_clock(clock ? std::move(clock) : Clock(steadyMs))
{
    restart();
}

void ToolUseLog::restart()
{
    m_uses.clear();
    m_startMs = m_clock();
}

void ToolUseLog::record(const QString &tool)
{
    const qint64 time = now();
    for (ToolUse &use : m_uses) {
        if (use.tool == tool) {
            ++use.count;
            use.lastMs = time;
            return;
        }
    }
    m_uses.append(ToolUse{tool, 1, time, time});
}

int ToolUseLog::count(const QString &tool) const
{
    for (const ToolUse &use : m_uses) {
        if (use.tool == tool)
            return use.count;
    }
    return 0;
}

QJsonArray ToolUseLog::toJson() const
{
    QJsonArray array;
    for (const ToolUse &use : m_uses) {
        array.append(QJsonObject{{QStringLiteral("tool"), use.tool},
                                 {QStringLiteral("count"), use.count},
                                 {QStringLiteral("firstMs"), use.firstMs},
                                 {QStringLiteral("lastMs"), use.lastMs}});
    }
    return array;
}

} // namespace pen::gui
