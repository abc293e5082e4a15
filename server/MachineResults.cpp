// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// MachineEvaluation's results: a run's answers and metrics, the leaderboards, humans beside machines.
#include "MachineEvaluation.h"

#include "StateChecks.h"

#include <QJsonArray>

#include <algorithm>

namespace pen::server {

using checks::refuse;

namespace {

// The best run first: the leaderboards' order.
bool runsBefore(const MachineRunRow &a, const MachineRunRow &b)
{
    return atd::ranksBefore(MachineEvaluation::metricsOf(a), MachineEvaluation::metricsOf(b));
}

} // namespace

QList<MachineAnswer> MachineEvaluation::answersOf(const MachineRunRow &run)
{
    QList<MachineAnswer> answers;
    for (const QJsonValue &value : run.record.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject json = value.toObject();
        MachineAnswer answer;
        answer.scanId = json.value(QStringLiteral("scanId")).toString();
        answer.seconds = json.value(QStringLiteral("seconds")).toDouble();
        answer.failure = json.value(QStringLiteral("failure")).toString();
        answer.alarm = json.value(QStringLiteral("alarm")).toBool();
        answer.alarmScore = json.value(QStringLiteral("alarmScore")).toDouble();
        for (const QJsonValue &object : json.value(QStringLiteral("objects")).toArray()) {
            const QJsonObject o = object.toObject();
            const QJsonArray box = o.value(QStringLiteral("box")).toArray();
            DetectedObject detected;
            detected.category = o.value(QStringLiteral("category")).toString();
            detected.probability = o.value(QStringLiteral("probability")).toDouble();
            detected.region.viewIndex = o.value(QStringLiteral("view")).toInt();
            detected.region.box
                = QRectF(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble());
            answer.objects.append(detected);
        }
        answers.append(answer);
    }
    return answers;
}

Expected<QList<MachineRunRow>> MachineEvaluation::runs(const TokenRecord &caller, const QString &eventId) const
{
    if (auto host = checkHost(caller, eventId); !host)
        return host.error();
    std::lock_guard lock(m_mutex);
    QList<MachineRunRow> runs;
    for (const MachineRunRow &run : m_runs) {
        if (run.eventId == eventId)
            runs.append(run);
    }
    return runs;
}

MachineMetrics MachineEvaluation::metricsOf(const MachineRunRow &run)
{
    return MachineMetrics::fromJson(run.record.value(QStringLiteral("metrics")).toObject());
}

Expected<QList<MachineRunRow>> MachineEvaluation::leaderboard(const TokenRecord &caller, const QString &eventId,
                                                              Phase phase) const
{
    if (caller.role == Role::Vendor) {
        if (phase != Phase::Development)
            return refuse(ErrorCode::PermissionDenied, QStringLiteral("vendors see the development leaderboard only"));
        if (auto allowed = evaluation(caller, eventId); !allowed)
            return allowed.error();
    } else if (auto host = checkHost(caller, eventId); !host) {
        return host.error();
    }
    std::lock_guard lock(m_mutex);
    QHash<QString, MachineRunRow> best;
    for (const MachineRunRow &run : m_runs) {
        if (run.eventId != eventId || run.phase != int(phase))
            continue;
        const auto found = best.constFind(run.pluginId);
        if (found == best.cend() || runsBefore(run, *found))
            best.insert(run.pluginId, run);
    }
    QList<MachineRunRow> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), [](const MachineRunRow &a, const MachineRunRow &b) {
        if (runsBefore(a, b) || runsBefore(b, a))
            return runsBefore(a, b);
        return a.record.value(QStringLiteral("label")).toString() < b.record.value(QStringLiteral("label")).toString();
    });
    return ranked;
}

Expected<MachineEvaluation::HumanMachine>
MachineEvaluation::humanMachine(const TokenRecord &caller, const QString &eventId, const QString &roundId) const
{
    auto event = m_state.event(caller, eventId);
    if (!event)
        return event.error();
    if (caller.role != Role::Host)
        return refuse(ErrorCode::PermissionDenied,
                      QStringLiteral("a %1 token cannot manage machines").arg(roleName(caller.role)));
    const auto round = std::find_if(event->event.rounds.begin(), event->event.rounds.end(),
                                    [&](const RoundPlan &r) { return r.id == roundId; });
    if (round == event->event.rounds.end())
        return refuse(ErrorCode::NotFound, QStringLiteral("event %1 has no round %2").arg(eventId, roundId.left(100)));
    auto officers = m_state.leaderboard(caller, eventId, roundId);
    if (!officers)
        return officers.error();
    const std::optional<ImageSet> set = m_state.imageSet(round->imageSetId);
    if (!set)
        return refuse(ErrorCode::NotFound, QStringLiteral("round %1's image set is gone").arg(roundId));

    HumanMachine result;
    QList<Standing> standings = *officers;
    {
        std::lock_guard lock(m_mutex);
        QHash<QString, MachineRunRow> latest;
        for (const MachineRunRow &run : m_runs) {
            if (run.eventId == eventId && run.phase == int(Phase::Round) && run.roundId == roundId)
                latest.insert(run.pluginId, run); // runs are in the order they finished
        }
        result.machineRuns = latest.values();
    }
    const double secondsAllowed = round->settings.secondsPerScan;
    for (const MachineRunRow &run : result.machineRuns) {
        const double threshold = run.record.value(QStringLiteral("plugin"))
                                     .toObject()
                                     .value(QStringLiteral("operatingThreshold"))
                                     .toDouble();
        QHash<QString, MachineAnswer> answers;
        for (const MachineAnswer &answer : answersOf(run))
            answers.insert(answer.scanId, answer);
        QList<ScanOutcome> outcomes;
        QList<Answer> scored;
        for (const QString &scanId : round->scanIds) {
            const ImageSetEntry *entry = set->find(scanId);
            MachineAnswer machine = answers.value(scanId);
            if (machine.scanId.isEmpty()) {
                machine.scanId = scanId;
                machine.failure = QStringLiteral("no answer");
            }
            Answer answer = machine.asAnswer(threshold);
            // Like an officer: no answer in time is a timed-out scan, scored as clear.
            if (machine.failed() || (secondsAllowed > 0 && machine.seconds > secondsAllowed)) {
                answer.marks.clear();
                answer.timedOut = true;
                answer.responseSeconds = secondsAllowed > 0 ? secondsAllowed : machine.seconds;
            }
            outcomes.append(
                entry ? ScanOutcome::evaluate(answer, entry->scan, round->settings, secondsAllowed)
                      : ScanOutcome::evaluate(answer, QList<GroundTruthObject>{}, round->settings, secondsAllowed));
            scored.append(answer);
        }
        Standing standing;
        standing.contestantId = run.pluginId;
        standing.name = run.record.value(QStringLiteral("label")).toString();
        standing.score = RoundScore::from(outcomes, scored);
        standings.append(standing);
    }
    QSet<QString> machineIds;
    for (const MachineRunRow &run : result.machineRuns)
        machineIds.insert(run.pluginId);
    for (const Standing &standing : rankStandings(standings))
        result.standings.append({standing, machineIds.contains(standing.contestantId),
                                 machineIds.contains(standing.contestantId) ? standing.contestantId : QString()});
    return result;
}

} // namespace pen::server
