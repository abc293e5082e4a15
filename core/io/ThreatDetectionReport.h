// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "Expected.h"
#include "model/Region.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pen {

/// One answer for one scan as a DICOS Threat Detection Report (TDR): what an ATD algorithm returns,
/// and what an officer's answer maps onto, so that both can be compared and exported alike.
struct ThreatReport {
    enum class Author { Machine, Officer };

    /// One potential threat object (PTO).
    struct Object {
        QString category;       ///< the project's category key, e.g. "narcotics"
        Region region;          ///< in pixels of view region.viewIndex
        double probability = 1; ///< 0..1; officers' marks are 1

        friend bool operator==(const Object &, const Object &) = default;
    };

    QString scanId;
    /// SOP instance UID of the DICOS DX image each view was written as, by view index, where known;
    /// an empty list or an empty entry leaves that reference out.
    QStringList referencedSopInstanceUids;
    /// Empty: derived from the scan id (study) and the author (series), so the same input gives the
    /// same UIDs. Pass the images' study UID to put the report into the scan's study.
    QString studyInstanceUid;
    QString seriesInstanceUid;

    Author author = Author::Machine;
    QString algorithmName;    ///< machines; at most 64 characters
    QString algorithmVersion; ///< machines; at most 64 characters
    QString vendor;           ///< machines: the algorithm's vendor; officers: their organisation
    QString operatorName;     ///< officers: the contestant's name; at most 64 characters

    bool alarm = false;
    double alarmScore = 0; ///< machines: the score behind the decision; officers: 1 or 0 by convention
    QList<Object> objects;
    double processingSeconds = 0;
    QDateTime created; ///< when the decision was made; the caller fixes it for reproducible files

    friend bool operator==(const ThreatReport &, const ThreatReport &) = default;
};

/// Writes report atomically to path as a DICOS Threat Detection Report (SOP class
/// 1.2.840.10008.5.1.4.1.1.501.3, explicit VR little endian, UTF-8), with DICOS Version "V03", OOI
/// Type BAGGAGE and Scan Type OPERATIONAL (tests/io/dicos_modules.json). TDR Type is MACHINE or
/// OPERATOR, Alarm Decision ALARM or CLEAR; each object is one item of the Threat Sequence with an
/// ATD Assessment (DICOS Threat Category such as CONTRABAND, with the category key as Threat
/// Category Description) and one PTO representation: the referenced view image where known, the
/// Threat ROI (bounding box) and the Bounding Polygon in view pixels (x, y, z = 0; a box as its two
/// opposite corners, a polygon as its points). Coordinates, probabilities and the processing time
/// (Total Processing Time, in milliseconds) are stored as 32-bit floats. The alarm score and each
/// object's view index, which DICOS has no attribute for, are in a private block "PEN-Tournament".
/// The SOP instance UID is derived from the content, so the same report gives the same bytes.
/// Input that cannot be stored faithfully (NaN, a region without points, a probability outside
/// 0..1, a name longer than its attribute) is refused with an error naming the field, and no file
/// is written. Thread-safe.
Expected<void> writeThreatDetectionReport(const QString &path, const ThreatReport &report);

/// What writeThreatDetectionReport refuses, without writing: an InvalidArgument error naming the
/// field at fault (e.g. "objects[2].probability 1.5 is not within 0..1"). Thread-safe.
Expected<void> checkThreatReport(const ThreatReport &report);

/// Reads a file written by writeThreatDetectionReport (or a DICOS TDR of another origin that uses
/// the same attributes) back. Without the private block the alarm score is 1 for ALARM and 0 for
/// CLEAR and the view index comes from the referenced image, else 0; without a Threat Category
/// Description the category is the DICOS Threat Category in lower case. Errors name the file and
/// the attribute at fault. Thread-safe.
Expected<ThreatReport> readThreatDetectionReport(const QString &path);
/// The same for a report's bytes in memory; errors name name.
Expected<ThreatReport> readThreatDetectionReportBuffer(const QByteArray &bytes, const QString &name);

} // namespace pen
