// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GenerateSetReactor.h"

#include "Conversions.h"
#include "auth/TokenSecrets.h"

#include <QDir>

#include <limits>

namespace pen::server {

v1::ImageSetSummary summaryOf(const TournamentState &state, const ImageSetRecord &record)
{
    v1::ImageSetSummary summary;
    summary.set_image_set_id(toProto(record.id));
    summary.set_name(toProto(record.name));
    summary.set_manifest_sha256(toProto(record.manifestSha256));
    summary.set_owner_token_id(toProto(record.ownerTokenId));
    for (const QString &with : record.sharedWith)
        summary.add_shared_with(toProto(with));
    if (const auto set = state.imageSet(record.id)) {
        summary.set_scan_count(uint32_t(set->entries.size()));
        summary.set_object_count(uint32_t(set->objectCount()));
    }
    return summary;
}

Expected<SyntheticSetRequest> generationOf(const v1::GenerateImageSetRequest &request)
{
    SyntheticSetRequest generation;
    generation.preset = fromProto(request.preset());
    generation.seed = request.seed();
    generation.scanCount = int(std::min<uint32_t>(request.scan_count(), uint32_t(std::numeric_limits<int>::max())));
    // A NaN rate differs from 0 too, so that validation names it.
    if (request.tip_rate() != 0 || !request.tip_mix().empty()) {
        generation.tip = TipSettings{};
        generation.tip->rate = request.tip_rate();
        for (const auto &[category, weight] : request.tip_mix())
            generation.tip->categoryWeights.insert(fromProto(category), weight);
    }
    if (auto valid = SyntheticSets::validate(generation); !valid)
        return valid.error();
    return generation;
}

GenerateSetReactor::GenerateSetReactor(TournamentState &state, TokenRecord caller, QString name,
                                       SyntheticSetRequest request)
    : m_state(state), m_caller(std::move(caller)), m_name(std::move(name)), m_request(std::move(request))
{
    startWork();
}

void GenerateSetReactor::run()
{
    const QString staging
        = QDir(m_state.dataFolder())
              .filePath(QStringLiteral("staging/") + TokenSecrets::generateId(QStringLiteral("generated")));
    auto summary = generateAndAdopt(staging);
    if (!summary) {
        QDir(staging).removeRecursively();
        finishWith(cancelled()
                       ? grpc::Status(grpc::StatusCode::CANCELLED, "the call was cancelled; no image set was stored")
                       : statusOf(summary.error()));
        return;
    }
    v1::GenerateImageSetProgress last;
    last.set_scans_done(summary->scan_count());
    last.set_scan_count(summary->scan_count());
    *last.mutable_summary() = std::move(*summary);
    send(std::move(last));
    finishWith(grpc::Status::OK);
}

Expected<v1::ImageSetSummary> GenerateSetReactor::generateAndAdopt(const QString &staging)
{
    auto set = SyntheticSets::generate(m_request, staging, [this](int done, int total) {
        v1::GenerateImageSetProgress progress;
        progress.set_scans_done(uint32_t(done));
        progress.set_scan_count(uint32_t(total));
        send(std::move(progress));
        return !cancelled();
    });
    if (!set)
        return set.error().withContext(QStringLiteral("image set %1").arg(m_name));
    TournamentState::Adoption adoption{QStringLiteral("generate-image-set"), auditDetail(),
                                       [this] { return !cancelled(); }};
    auto record = m_state.addImageSet(m_caller, m_name, staging, adoption);
    if (!record)
        return record.error();
    return summaryOf(m_state, *record);
}

QString GenerateSetReactor::auditDetail() const
{
    QString detail = QStringLiteral("preset %1 seed %2").arg(m_request.preset).arg(m_request.seed);
    if (m_request.tip) {
        QStringList mix;
        for (auto it = m_request.tip->categoryWeights.cbegin(); it != m_request.tip->categoryWeights.cend(); ++it)
            mix << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        detail += QStringLiteral(" TIP rate %1").arg(m_request.tip->rate);
        if (!mix.isEmpty())
            detail += QStringLiteral(" mix ") + mix.join(QLatin1Char(','));
    }
    return detail;
}

} // namespace pen::server
