// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ScanFeedback.h"

#include "DisplayNames.h"
#include "PracticeNames.h"

namespace pen::gui {
namespace {

QString coloured(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.darker(115).name(), text.toHtmlEscaped());
}

// A mark that hit nothing: crossed out corner to corner and tagged where the lines cross, so that
// the tag does not hide the mark's own tag at its top-left corner.
void addFalseAlarm(QList<RegionOverlay> &overlays, const Region &mark)
{
    const QRectF box = mark.bounds();
    const Region cross{mark.viewIndex, box, {box.topLeft(), box.bottomRight(), box.topRight(), box.bottomLeft()}};
    overlays.append({cross, ScanFeedback::falseAlarmColour(), QString()});
    overlays.append({Region{mark.viewIndex, QRectF(box.center(), QSizeF()), {}}, ScanFeedback::falseAlarmColour(),
                     ScanFeedback::tr("false alarm")});
}

} // namespace

ScanFeedback ScanFeedback::of(const Scan &scan, const ScanOutcome &outcome, const Answer &answer, RoundType type,
                              const ImageSet &names)
{
    ScanFeedback feedback;
    for (const GroundTruthObject &object : scan.truth) {
        const bool isHit = outcome.hitObjects.contains(object.id);
        if (!isHit && !outcome.missedObjects.contains(object.id))
            continue; // not a target of this round
        const QString name = type == RoundType::DeclarationCheck ? PracticeNames::inconsistency(object.inconsistency)
                                                                 : DisplayNames::category(object.category, names);
        (isHit ? feedback.found : feedback.missed).append(name);
        feedback.targets.append({object, name, isHit});
        for (const Region &region : object.regions) {
            feedback.overlays.append({region, isHit ? foundColour() : missedColour(),
                                      (isHit ? tr("found: %1") : tr("missed: %1")).arg(name)});
        }
    }
    for (int index : outcome.falseAlarmMarks) {
        if (index >= 0 && index < answer.marks.size())
            addFalseAlarm(feedback.overlays, answer.marks[index].region);
    }

    QStringList lines{QStringLiteral("<b>%1</b>").arg(PracticeNames::verdict(outcome).toHtmlEscaped())};
    if (answer.timedOut)
        lines.append(tr("Time ran out."));
    if (!feedback.found.isEmpty())
        lines.append(coloured(foundColour(), tr("Found: %1").arg(feedback.found.join(QStringLiteral(", ")))));
    if (!feedback.missed.isEmpty())
        lines.append(coloured(missedColour(), tr("Missed: %1").arg(feedback.missed.join(QStringLiteral(", ")))));
    if (!outcome.falseAlarmMarks.isEmpty())
        lines.append(coloured(falseAlarmColour(),
                              tr("%n mark(s) on nothing to report", nullptr, int(outcome.falseAlarmMarks.size()))));
    lines.append(tr("Points: %1").arg(DisplayNames::number(outcome.points, 1)));
    feedback.text = lines.join(QStringLiteral("<br>"));
    return feedback;
}

} // namespace pen::gui
