// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ThreatCardList.h"

#include "TargetPictures.h"
#include "ThreatCard.h"

#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pen::gui {

ThreatCardList::ThreatCardList(std::shared_ptr<const MaterialBands> bands, QWidget *parent)
    : QWidget(parent), m_bands(std::move(bands))
{
    setObjectName(QStringLiteral("threatCards"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QList<ThreatCard *> ThreatCardList::cards() const
{
    return findChildren<ThreatCard *>(Qt::FindDirectChildrenOnly);
}

void ThreatCardList::clear()
{
    ++m_request; // pictures still rendering for the old cards are dropped
    qDeleteAll(cards());
}

void ThreatCardList::showTargets(const QString &setFolder, const QString &scanId,
                                 const QList<ScanFeedback::Target> &targets)
{
    clear();
    QStringList objectIds;
    for (const ScanFeedback::Target &target : targets) {
        const QString headline
            = (target.found ? ScanFeedback::tr("Found: %1") : ScanFeedback::tr("Missed: %1")).arg(target.name);
        auto *card = new ThreatCard(headline, target.found ? ScanFeedback::foundColour() : ScanFeedback::missedColour(),
                                    ThreatDescription::of(target.object));
        layout()->addWidget(card);
        card->show(); // at once, not on the next turn of the event loop: a picture taken now shows it
        objectIds.append(target.object.id);
    }
    const quint64 request = m_request;
    QtConcurrent::run([setFolder, scanId, objectIds, bands = m_bands] {
        return TargetPictures::load(setFolder, scanId, objectIds, bands.get());
    }).then(this, [this, request, scanId](const QList<QImage> &pictures) {
        if (request != m_request)
            return;
        const QList<ThreatCard *> shown = cards();
        for (qsizetype i = 0; i < shown.size() && i < pictures.size(); ++i)
            shown[i]->setPicture(pictures[i]);
        emit picturesShown(scanId);
    });
}

} // namespace pen::gui
