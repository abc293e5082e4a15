// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ThreatCard.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

constexpr int PictureWidth = 280;
constexpr int PictureHeight = 180;

} // namespace

ThreatCard::ThreatCard(const QString &headline, const QColor &colour, const ThreatDescription &description,
                       QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("threatCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(
        QStringLiteral("<b style='color:%1'>%2</b>").arg(colour.darker(115).name(), headline.toHtmlEscaped()));
    title->setObjectName(QStringLiteral("threatCardTitle"));
    m_picture = new QLabel;
    m_picture->setObjectName(QStringLiteral("threatCardPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->hide();
    auto *text = new QLabel(description.richText());
    text->setObjectName(QStringLiteral("threatCardText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_picture);
    layout->addWidget(text);
}

void ThreatCard::setPicture(const QImage &picture)
{
    m_picture->setVisible(!picture.isNull());
    if (!picture.isNull())
        m_picture->setPixmap(QPixmap::fromImage(
            picture.scaled(PictureWidth, PictureHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool ThreatCard::hasPicture() const
{
    return !m_picture->pixmap().isNull();
}

} // namespace pen::gui
