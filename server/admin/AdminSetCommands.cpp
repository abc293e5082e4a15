// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// pentournament-admin's commands for image sets: upload, list, share and generate them.
#include "AdminSession.h"

#include "tip/TipSettings.h"

#include <algorithm>

namespace pen::server::admin {

int Admin::uploadImageSet(const Words &w)
{
    const QStringList &p = w.positional;
    if (p.size() != 2)
        return usage(QStringLiteral("upload needs a FOLDER and a NAME"));
    int lastPercent = -1;
    auto summary = m_c.uploadImageSet(p[0], p[1], [&](qint64 sent, qint64 total) {
        const int percent = int(100 * sent / std::max<qint64>(1, total));
        // Redraw the progress line only when the percentage moves.
        if (percent != lastPercent) {
            m_err << "\ruploading " << p[1] << ": " << percent << "%";
            m_err.flush();
        }
        lastPercent = percent;
    });
    m_err << '\n';
    if (!summary) {
        m_err << "pentournament-admin: " << summary.error().message << Qt::endl;
        return 1;
    }
    m_out << text(summary->image_set_id()) << '\t' << text(summary->name()) << '\t' << summary->scan_count()
          << " scans\t" << summary->object_count() << " objects\n";
    return 0;
}

int Admin::listImageSets(const Words &)
{
    auto context = m_c.context();
    v1::ListImageSetsReply reply;
    if (auto s = m_c.admin().ListImageSets(context.get(), {}, &reply); !s.ok())
        return failed(s);
    for (const auto &set : reply.image_sets()) {
        QStringList shares;
        for (const std::string &with : set.shared_with())
            shares.append(with == "*" ? QStringLiteral("every trainer") : text(with));
        m_out << text(set.image_set_id()) << '\t' << text(set.name()) << '\t' << set.scan_count() << " scans\t"
              << set.object_count() << " objects\towner "
              << (set.owner_token_id().empty() ? QStringLiteral("-") : text(set.owner_token_id())) << "\tshared with "
              << (shares.isEmpty() ? QStringLiteral("nobody") : shares.join(QStringLiteral(", "))) << '\n';
    }
    return 0;
}

int Admin::shareImageSet(const Words &w)
{
    auto context = m_c.context();
    const QStringList &p = w.positional;
    if (p.size() != 1 && p.size() != 2)
        return usage(QStringLiteral("share-set needs a SET (and a trainer's TOKEN_ID)"));
    v1::ShareImageSetRequest request;
    request.set_image_set_id(p[0].toStdString());
    // No trainer id shares the set with every trainer.
    request.set_trainer_token_id(p.value(1).toStdString());
    request.set_withdraw(w.flags.contains(QStringLiteral("withdraw")));
    v1::ImageSetSummary reply;
    if (auto s = m_c.admin().ShareImageSet(context.get(), request, &reply); !s.ok())
        return failed(s);
    m_out << text(reply.image_set_id()) << "\tshared with " << reply.shared_with_size() << " (\"*\" is every trainer):";
    for (const std::string &with : reply.shared_with())
        m_out << ' ' << text(with);
    m_out << '\n';
    return 0;
}

int Admin::generateSet(const Words &w)
{
    if (w.positional.size() != 1 || !w.options.contains(QStringLiteral("preset")))
        return usage(QStringLiteral("generate-set needs a NAME and --preset P"));
    v1::GenerateImageSetRequest request;
    request.set_name(w.positional[0].toStdString());
    request.set_preset(w.option(QStringLiteral("preset")).toStdString());
    bool ok = true;
    request.set_seed(w.options.contains(QStringLiteral("seed")) ? w.option(QStringLiteral("seed")).toUInt(&ok) : 1);
    if (!ok)
        return usage(QStringLiteral("--seed takes a non-negative integer"));
    request.set_scan_count(w.options.contains(QStringLiteral("scans")) ? w.option(QStringLiteral("scans")).toUInt(&ok)
                                                                       : 0);
    if (!ok)
        return usage(QStringLiteral("--scans takes a number of scans"));
    request.set_tip_rate(
        w.options.contains(QStringLiteral("tip-rate")) ? w.option(QStringLiteral("tip-rate")).toDouble(&ok) : 0);
    if (!ok)
        return usage(QStringLiteral("--tip-rate takes a probability, 0 to 1"));
    const auto mix = parseCategoryWeights(w.option(QStringLiteral("tip-mix")));
    if (!mix)
        return usage(mix.error().message);
    for (auto it = mix->cbegin(); it != mix->cend(); ++it)
        (*request.mutable_tip_mix())[it.key().toStdString()] = it.value();
    const auto summary = m_c.generateImageSet(request, [&](int done, int total) {
        m_err << "\rgenerating " << w.positional[0] << ": " << done << "/" << total << " scans";
        m_err.flush();
    });
    m_err << '\n';
    if (!summary) {
        m_err << "pentournament-admin: " << summary.error().message << Qt::endl;
        return 1;
    }
    m_out << text(summary->image_set_id()) << '\t' << text(summary->name()) << '\t' << summary->scan_count()
          << " scans\t" << summary->object_count() << " objects\t" << text(summary->manifest_sha256()) << '\n';
    return 0;
}

} // namespace pen::server::admin
