// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "atd/MachineAnswer.h"
#include "pen/v1/atd.pb.h"

#include <QStringList>

namespace pen::atd {

/// A plugin's answer checked against what it was asked and what it declared: the request's id,
/// scores and probabilities in [0, 1], boxes inside their view, its own categories, at most
/// maxObjects objects. Anything else makes the whole answer a failure, named in the error.
Expected<MachineAnswer> checkedAnswer(const pen::v1::Detection &detection, const pen::v1::DetectRequest &request,
                                      const QStringList &categories, int maxObjects);

} // namespace pen::atd
