// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "StateChecks.h"

#include <cmath>

namespace pen::server::checks {
namespace {

/// Characters that reorder the text around them (bidirectional embeddings, overrides and isolates):
/// in a name they make "Team North" display as something else on every leaderboard.
bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

} // namespace

Error refuse(ErrorCode code, const QString &message)
{
    return makeError(code, message);
}

Expected<void> checkText(const QString &what, const QString &text, bool required)
{
    if (required && text.trimmed().isEmpty())
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(what));
    if (text.size() > MaxTextLength)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
                          .arg(what)
                          .arg(text.size())
                          .arg(MaxTextLength));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return refuse(ErrorCode::InvalidArgument, QStringLiteral("%1 contains a control character").arg(what));
        if (isDirectionControl(c))
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("%1 contains a text-direction control character (U+%2)")
                              .arg(what)
                              .arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
    }
    return {};
}

bool isFinite(double value)
{
    return std::isfinite(value);
}

int roundIndexOf(const EventRecord &event, const QString &roundId)
{
    for (int i = 0; i < event.rounds.size(); ++i) {
        if (event.rounds[i].id == roundId)
            return i;
    }
    return -1;
}

QString csvField(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString verdictName(ScanOutcome::Verdict verdict)
{
    switch (verdict) {
    case ScanOutcome::Verdict::Hit: return QStringLiteral("hit");
    case ScanOutcome::Verdict::Miss: return QStringLiteral("miss");
    case ScanOutcome::Verdict::FalseAlarm: return QStringLiteral("false-alarm");
    case ScanOutcome::Verdict::CorrectRejection: return QStringLiteral("correct-rejection");
    }
    return {};
}

namespace {

Expected<void> checkBox(const QRectF &box, const ScanView &view)
{
    if (!isFinite(box.x()) || !isFinite(box.y()) || !isFinite(box.width()) || !isFinite(box.height()))
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("the box has a coordinate that is not a finite number"));
    if (box.width() <= 0 || box.height() <= 0 || box.left() < 0 || box.top() < 0 || box.right() > view.width
        || box.bottom() > view.height)
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("the box (%1, %2, %3 × %4) is not inside the %5 × %6 view")
                          .arg(box.x())
                          .arg(box.y())
                          .arg(box.width())
                          .arg(box.height())
                          .arg(view.width)
                          .arg(view.height));
    return {};
}

} // namespace

Expected<void> checkMark(const Mark &mark, const ImageSetEntry &entry, const ImageSet &set)
{
    const Region &region = mark.region;
    if (region.viewIndex < 0 || region.viewIndex >= entry.scan.views.size())
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("view %1 does not exist (the scan has %2)")
                          .arg(region.viewIndex)
                          .arg(entry.scan.views.size()));
    const QRectF box = region.box;
    if (auto inside = checkBox(box, entry.scan.views[region.viewIndex]); !inside)
        return inside;
    if (region.polygon.size() > MaxPolygonPoints || (region.isPolygon() && region.polygon.size() < 3))
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("a polygon has 3 to %1 points").arg(MaxPolygonPoints));
    for (const QPointF &point : region.polygon) {
        if (!isFinite(point.x()) || !isFinite(point.y()) || !box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point))
            return refuse(ErrorCode::InvalidArgument,
                          QStringLiteral("a polygon point is not finite or lies outside its box"));
    }
    if (!isFinite(mark.confidence) || mark.confidence < 0 || mark.confidence > 1)
        return refuse(ErrorCode::InvalidArgument, QStringLiteral("confidence must be between 0 and 1"));
    if (!mark.category.isEmpty() && !set.categories().contains(mark.category)
        && !GroundTruthObject::inconsistencyKinds().contains(mark.category))
        return refuse(ErrorCode::InvalidArgument,
                      QStringLiteral("\"%1\" is neither a threat category nor an inconsistency kind")
                          .arg(mark.category.left(64)));
    return {};
}

} // namespace pen::server::checks
