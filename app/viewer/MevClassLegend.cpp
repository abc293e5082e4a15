// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "MevClassLegend.h"

#include "enhance/DefaultMevClasses.h"
#include "enhance/MevClassTable.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace pen::gui {
namespace {

constexpr int Swatch = 14;

// A swatch of colour; hatched with the viewer's dark diagonal lines where asked.
QPixmap swatch(const QColor &colour, bool hatched)
{
    QPixmap pixmap(Swatch, Swatch);
    pixmap.fill(colour);
    if (hatched) {
        QPainter painter(&pixmap);
        painter.setPen(colour.darker(125)); // ToneTable's hatch shade, 0.8
        for (int x = 0; x < Swatch; ++x)
            for (int y = 0; y < Swatch; ++y)
                if ((x + y) % MevClassTable::HatchPeriod == 0)
                    painter.drawPoint(x, y);
    }
    return pixmap;
}

} // namespace

MevClassLegend::MevClassLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mevClassLegend"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *title = new QLabel(tr("MeV material classes"), this);
    title->setToolTip(tr("A cargo portal's 4/6 MV linear accelerator tells four classes apart; the baggage "
                         "scanners' continuous colours do not apply at these energies."));
    layout->addWidget(title, 0, 0, 1, 2);
    const QList<std::tuple<MevMaterial, bool, QString>> rows{
        {MevMaterial::Organic, false, tr("Organic: food, wood, paper, plastics, drugs, tobacco")},
        {MevMaterial::Mixed, false, tr("Mixed: glass, ceramics, aluminium, concrete")},
        {MevMaterial::Steel, false, tr("Steel: iron, steel, copper")},
        {MevMaterial::Heavy, false, tr("Heavy metal: tin, tungsten, lead, uranium")},
        {MevMaterial::Unclassified, true,
         tr("Hatched: cannot be told (thin matter, thin heavy metal reading as organic, edges, noise)")},
        {MevMaterial::Impenetrable, false, tr("Black: impenetrable")},
    };
    int row = 1;
    for (const auto &[material, hatched, text] : rows) {
        auto *sample = new QLabel(this);
        sample->setPixmap(swatch(mevClassColour(material), hatched));
        auto *name = new QLabel(text, this);
        name->setWordWrap(true);
        layout->addWidget(sample, row, 0, Qt::AlignTop);
        layout->addWidget(name, row, 1);
        ++row;
    }
    layout->setColumnStretch(1, 1);
}

} // namespace pen::gui
