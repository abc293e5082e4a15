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

} // namespace pen::server::checks
