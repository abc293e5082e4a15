// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MachineRun.h"
#include "AnswerCheck.h"
#include "DetectRequests.h"
#include "PluginProcess.h"
#include "imageset/FileHash.h"
#include "imageset/ImageSetFolder.h"

#include <QCryptographicHash>
#include <QUuid>

namespace pen::atd {

namespace {

PluginIdentity identityOf(const pen::v1::PluginDescription &description)
{
    PluginIdentity identity;
    identity.name = QString::fromStdString(description.name());
    identity.vendor = QString::fromStdString(description.vendor());
    identity.version = QString::fromStdString(description.version());
    for (const std::string &category : description.categories())
        identity.categories.append(QString::fromStdString(category));
    identity.operatingThreshold = description.operating_threshold();
    identity.needsDualEnergy = description.needs_dual_energy();
    identity.viewsNeeded = int(std::clamp<uint32_t>(description.views_needed(), 1, 2));
    return identity;
}

// A scan's id in one run: the same scan gets another id in the next run, so that a plugin cannot
// learn answers by id across submissions.
QString neutralId(const QByteArray &runSalt, const QString &scanId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(runSalt + scanId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

// The request for one scan, its pixels in shared memory where the plugin takes them so.
SharedDetectRequest requestFor(const PluginProcess &process, const Scan &scan, const QString &requestId,
                               const QString &neutralScanId, int viewsNeeded)
{
    if (process.takesSharedMemory()) {
        auto shared = sharedDetectRequest(scan, requestId, neutralScanId, viewsNeeded);
        if (shared)
            return std::move(*shared);
        // Out of descriptors or memory for a moment: every plugin also reads bytes.
    }
    return {detectRequest(scan, requestId, neutralScanId, viewsNeeded), nullptr};
}

} // namespace

Expected<MachineRun> runPlugin(const PluginLaunch &launch, const PluginLimits &limits, const QString &setFolder,
                               const QList<ImageSetEntry> &entries, const MachineRunProgress &progress,
                               const std::atomic_bool *cancel)
{
    MachineRun run;
    auto hash = codeSha256(launch);
    if (!hash)
        return hash.error();
    PluginProcess process(launch, limits);
    auto description = process.start();
    if (!description)
        return description.error();
    run.plugin = identityOf(*description);
    run.plugin.binarySha256 = *hash;
    run.warnings = process.sandboxWarnings();

    const QByteArray salt = QUuid::createUuid().toByteArray();
    for (int index = 0; index < entries.size(); ++index) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Conflict, QStringLiteral("the run was cancelled"));
        MachineAnswer answer;
        const ImageSetEntry &entry = entries[index];
        auto scan = ImageSetFolder::loadScan(setFolder, entry);
        if (!scan) {
            answer.failure = QStringLiteral("the scan could not be read: %1").arg(scan.error().message);
        } else {
            const SharedDetectRequest shared = requestFor(process, *scan, QStringLiteral("r%1").arg(index + 1),
                                                          neutralId(salt, entry.scan.id), run.plugin.viewsNeeded);
            const pen::v1::DetectRequest &request = shared.message;
            PluginProcess::Call call = process.detect(request);
            if (call.detection) {
                auto checked = checkedAnswer(*call.detection, request, run.plugin.categories, limits.maxObjects);
                if (checked)
                    answer = std::move(*checked);
                else
                    answer.failure = QStringLiteral("answered garbage: %1").arg(checked.error().message);
            } else {
                answer.failure = call.failure;
            }
            answer.seconds = call.seconds;
        }
        answer.scanId = entry.scan.id;
        run.answers.append(answer);
        if (progress)
            progress(index + 1, int(entries.size()), run.answers.last());
    }
    run.restarts = process.restarts();
    return run;
}

} // namespace pen::atd
