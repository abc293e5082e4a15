// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "atd/MachineAnswer.h"

namespace pen {

Answer MachineAnswer::asAnswer(double threshold) const
{
    Answer answer;
    answer.scanId = scanId;
    answer.responseSeconds = seconds;
    if (failed())
        return answer;
    for (const DetectedObject &object : objects) {
        if (object.probability >= threshold)
            answer.marks.append(Mark{object.region, object.category, object.probability});
    }
    return answer;
}

} // namespace pen
