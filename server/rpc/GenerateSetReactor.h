// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ProgressStream.h"
#include "TournamentState.h"
#include "scenes/SyntheticSets.h"

#include "pen/v1/admin.grpc.pb.h"

namespace pen::server {

/// The set's summary as the Admin service reports it (scans and objects from its manifest).
v1::ImageSetSummary summaryOf(const TournamentState &state, const ImageSetRecord &record);

/// What a GenerateImageSet call asks for, checked (preset, scan count, TIP settings); an error
/// names the field at fault. A tip_rate of 0 without a mix means no TIP at all.
Expected<SyntheticSetRequest> generationOf(const v1::GenerateImageSetRequest &request);

/// One GenerateImageSet call: generates the set into a staging folder on a thread of its own (the
/// scans on Qt's global thread pool), streams how many scans are done (the latest count when the
/// client reads slower than scans are made), then adopts the folder like an uploaded set and sends
/// its summary last. A cancelled call stops the generation at the next scan and stores nothing.
class GenerateSetReactor final : public ProgressStream<v1::GenerateImageSetProgress> {
public:
    /// name must have passed TournamentState::checkNewImageSet and request generationOf.
    GenerateSetReactor(TournamentState &state, TokenRecord caller, QString name, SyntheticSetRequest request);

private:
    void run() override;
    Expected<v1::ImageSetSummary> generateAndAdopt(const QString &staging);
    QString auditDetail() const;

    TournamentState &m_state;
    TokenRecord m_caller;
    QString m_name;
    SyntheticSetRequest m_request;
};

} // namespace pen::server
