// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanResultMessages.h"

#include "Conversions.h"

namespace pen::server {

void fillScanResult(const EventReports::ScanResult &scan, v1::ScanResult *out)
{
    out->set_scan_index(uint32_t(scan.scanIndex));
    out->set_scan_id(toProto(scan.scanId));
    out->set_scan_verdict(toProto(scan.outcome.verdict));
    for (const Mark &mark : scan.answer.marks)
        *out->add_marks() = toProto(mark);
    for (const GroundTruthObject &object : scan.truth) {
        for (const Region &region : object.regions) {
            *out->add_truth()
                = toProto(Mark{region, object.inconsistency.isEmpty() ? object.category : object.inconsistency, 1});
            out->add_truth_object_ids(toProto(object.id));
        }
    }
    if (!scan.truth.isEmpty()) {
        for (int i = 0; i < scan.outcome.hitObjects.size(); ++i) {
            out->add_hit_objects(toProto(scan.outcome.hitObjects[i]));
            out->add_hitting_marks(uint32_t(scan.outcome.hittingMarks.value(i)));
        }
        for (const QString &missed : scan.outcome.missedObjects)
            out->add_missed_objects(toProto(missed));
    }
    for (int mark : scan.outcome.falseAlarmMarks)
        out->add_false_alarm_marks(uint32_t(mark));
    out->set_points(scan.outcome.points);
    out->set_response_seconds(scan.answer.responseSeconds);
    out->set_timed_out(scan.answer.timedOut);
}

} // namespace pen::server
