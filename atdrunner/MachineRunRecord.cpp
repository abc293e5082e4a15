// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineRunRecord.h"

#include <QJsonArray>

#include <algorithm>

namespace pen::atd {

namespace {

QJsonObject objectJson(const DetectedObject &object)
{
    const QRectF box = object.region.bounds();
    return {{QStringLiteral("category"), object.category},
            {QStringLiteral("view"), object.region.viewIndex},
            {QStringLiteral("box"), QJsonArray{box.x(), box.y(), box.width(), box.height()}},
            {QStringLiteral("probability"), object.probability}};
}

QJsonObject answerJson(const MachineAnswer &answer)
{
    QJsonObject json{{QStringLiteral("scanId"), answer.scanId}, {QStringLiteral("seconds"), answer.seconds}};
    if (answer.failed()) {
        json.insert(QStringLiteral("failure"), answer.failure);
        return json;
    }
    json.insert(QStringLiteral("alarm"), answer.alarm);
    json.insert(QStringLiteral("alarmScore"), answer.alarmScore);
    QJsonArray objects;
    for (const DetectedObject &object : answer.objects)
        objects.append(objectJson(object));
    json.insert(QStringLiteral("objects"), objects);
    return json;
}

} // namespace

QJsonObject MachineRunRecord::toJson() const
{
    const PluginIdentity &plugin = run.plugin;
    QJsonArray answers;
    for (const MachineAnswer &answer : run.answers)
        answers.append(answerJson(answer));
    return {
        {QStringLiteral("plugin"),
         QJsonObject{{QStringLiteral("name"), plugin.name},
                     {QStringLiteral("vendor"), plugin.vendor},
                     {QStringLiteral("version"), plugin.version},
                     {QStringLiteral("categories"), QJsonArray::fromStringList(plugin.categories)},
                     {QStringLiteral("operatingThreshold"), plugin.operatingThreshold},
                     {QStringLiteral("binary"), launch.binary},
                     {QStringLiteral("codeFiles"), QJsonArray::fromStringList(launch.codeFiles)},
                     {QStringLiteral("codeSha256"), plugin.binarySha256},
                     {QStringLiteral("program"), launch.program},
                     {QStringLiteral("arguments"), QJsonArray::fromStringList(launch.arguments)}}},
        {QStringLiteral("imageSet"),
         QJsonObject{{QStringLiteral("name"), imageSetName},
                     {QStringLiteral("manifestSha256"), imageSetSha256},
                     {QStringLiteral("scans"), int(run.answers.size())}}},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("secondsPerScan"), limits.secondsPerScan},
                     {QStringLiteral("memoryBytes"), limits.memoryBytes},
                     {QStringLiteral("cpuSecondsPerProcess"), limits.cpuSecondsPerProcess},
                     {QStringLiteral("maxObjects"), limits.maxObjects},
                     {QStringLiteral("maxAnswerBytes"), limits.maxAnswerBytes},
                     {QStringLiteral("categories"), QJsonArray::fromStringList(categories)}}},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("restarts"), run.restarts},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings)},
        {QStringLiteral("metrics"), metrics.toJson()},
        {QStringLiteral("answers"), answers},
    };
}

MachineRunRecord scoreRun(MachineRun run, const ImageSet &set, const QStringList &categories)
{
    TruthByScan truth;
    for (const ImageSetEntry &entry : set.entries) {
        if (entry.scan.truthLevel != TruthLevel::Unknown) // an empty list would make it a clear scan
            truth.insert(entry.scan.id, entry.scan.truth);
    }
    MachineRunRecord record;
    record.metrics = evaluateMachine(run.answers, truth, run.plugin.operatingThreshold, categories);
    record.run = std::move(run);
    record.imageSetName = set.name;
    record.categories = categories;
    return record;
}

bool ranksBefore(const MachineMetrics &x, const MachineMetrics &y)
{
    if (x.meanAp50.has_value() != y.meanAp50.has_value())
        return x.meanAp50.has_value();
    if (x.meanAp50 && *x.meanAp50 != *y.meanAp50)
        return *x.meanAp50 > *y.meanAp50;
    if (x.pd - x.pfa != y.pd - y.pfa)
        return x.pd - x.pfa > y.pd - y.pfa;
    if (x.failures != y.failures)
        return x.failures < y.failures;
    return x.latencyP50 < y.latencyP50;
}

QList<MachineRunRecord> rankRuns(QList<MachineRunRecord> records)
{
    std::stable_sort(records.begin(), records.end(), [](const MachineRunRecord &a, const MachineRunRecord &b) {
        return ranksBefore(a.metrics, b.metrics);
    });
    return records;
}

} // namespace pen::atd
