// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineResult.h"

namespace pen::gui {
MachineResult MachineResult::fromRecord(const atd::MachineRunRecord &record, const QString &label)
{
    MachineResult result;
    result.label = label;
    result.plugin = QStringLiteral("%1 %2").arg(record.run.plugin.name, record.run.plugin.version).trimmed();
    result.metrics = record.metrics;
    result.answers = record.run.answers;
    for (const MachineAnswer &answer : record.run.answers) {
        if (answer.failed())
            result.failures.append(QStringLiteral("%1: %2").arg(answer.scanId, answer.failure));
    }
    return result;
}

} // namespace pen::gui
