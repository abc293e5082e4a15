// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

// What the writer and the reader of DICOS Threat Detection Reports agree on: defined terms,
// the private block and the mapping of the project's categories onto DICOS Threat Categories.

#include <dcmtk/dcmdata/dctagkey.h>

#include <QString>

namespace pen::tdr {

// Defined terms (NEMA IIC 1 DICOS, TDR module and ATD Assessment Sequence).
inline constexpr const char *TypeMachine = "MACHINE";
inline constexpr const char *TypeOperator = "OPERATOR";
inline constexpr const char *DecisionAlarm = "ALARM";
inline constexpr const char *DecisionClear = "CLEAR";
inline constexpr const char *FlagThreat = "THREAT";
inline constexpr const char *FlagNoThreat = "NO_THREAT";

/// DICOS has no attribute for the alarm score nor for the view an object lies in: a private block
/// keeps them, reserved by this creator at (0009,0010).
inline constexpr const char *PrivateCreator = "PEN-Tournament";
inline const DcmTagKey PrivateCreatorTag(0x0009, 0x0010);
inline const DcmTagKey PrivateAlarmScore(0x0009, 0x1001); // FD
inline const DcmTagKey PrivateViewIndex(0x0009, 0x1002);  // US

/// The DICOS Threat Category (4010,1012) closest to a project category key.
inline const char *dicosThreatCategory(const QString &key)
{
    if (key == QLatin1String("explosive"))
        return "EXPLOSIVE";
    if (key == QLatin1String("weapon"))
        return "PI"; // prohibited item
    if (key == QLatin1String("narcotics") || key == QLatin1String("cigarettes") || key == QLatin1String("currency"))
        return "CONTRABAND";
    if (key == QLatin1String("hidden-compartment"))
        return "ANOMALY";
    return "OTHER";
}

} // namespace pen::tdr
