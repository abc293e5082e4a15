// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GenerateSetForm.h"

#include "AdminClient.h"
#include "scenes/SyntheticSets.h"
#include "tip/TipSettings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pen::gui {

GenerateSetForm::GenerateSetForm(AdminClient *client, QWidget *parent)
    : QGroupBox(tr("Generate a practice set"), parent), m_client(client)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("generateName"));
    m_name->setPlaceholderText(tr("letters, digits, '-' and '_'"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("generatePreset"));
    m_preset->addItems(SyntheticSets::presetNames());
    m_scans = new QSpinBox(this);
    m_scans->setObjectName(QStringLiteral("generateScans"));
    m_scans->setRange(0, SyntheticSets::MaxScans);
    m_scans->setSpecialValueText(tr("as many as the preset has"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("generateSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed and settings give the same set."));
    m_tipRate = new QDoubleSpinBox(this);
    m_tipRate->setObjectName(QStringLiteral("generateTipRate"));
    m_tipRate->setRange(0, 100);
    m_tipRate->setDecimals(1);
    m_tipRate->setSuffix(tr(" %"));
    m_tipRate->setValue(10);
    m_tipRate->setToolTip(tr("The share of scans that get a projected threat (Threat Image Projection). "
                             "0 with an empty mix: no projected threats."));
    m_tipMix = new QLineEdit(this);
    m_tipMix->setObjectName(QStringLiteral("generateTipMix"));
    m_tipMix->setPlaceholderText(tr("empty: every category alike; e.g. narcotics=2,weapon=1"));
    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelGeneration"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m scans"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("generateResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name on the server"), m_name);
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Scans"), m_scans);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("TIP rate"), m_tipRate);
    form->addRow(tr("TIP category mix"), m_tipMix);
    form->addRow(buttons);
    form->addRow(m_progress);
    form->addRow(m_result);

    connect(m_generate, &QPushButton::clicked, this, &GenerateSetForm::generate);
    connect(m_cancel, &QPushButton::clicked, this, &GenerateSetForm::cancel);
    connect(m_client, &AdminClient::generationProgress, this, &GenerateSetForm::showProgress);
}

Expected<QMap<QString, double>> GenerateSetForm::parseMix(const QString &text)
{
    QMap<QString, double> weights;
    for (const QString &untrimmed : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = untrimmed.trimmed();
        if (item.isEmpty())
            continue;
        // Item by item, so that the message names the one at fault.
        const auto parsed = parseCategoryWeights(item);
        if (!parsed || parsed->size() != 1)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("the TIP mix item \"%1\" is not CATEGORY=WEIGHT (e.g. narcotics=2,weapon=1)").arg(item));
        const double weight = parsed->first();
        if (!std::isfinite(weight) || weight < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("the TIP mix item \"%1\" needs a weight of 0 or more").arg(item));
        weights.insert(parsed->firstKey(), weight);
    }
    if (!weights.isEmpty() && std::none_of(weights.cbegin(), weights.cend(), [](double weight) { return weight > 0; }))
        return makeError(ErrorCode::InvalidArgument,
                         tr("the TIP mix \"%1\" needs at least one weight above 0").arg(text.trimmed()));
    return weights;
}

Expected<SetGeneration> GenerateSetForm::generation() const
{
    // The server's rule for names, checked here to say so before anything is sent.
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString name = m_name->text().trimmed();
    if (!validName.match(name).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("the set's name \"%1\" is not allowed: use 1 to 64 letters, digits, '-' or '_'").arg(name));
    const auto mix = parseMix(m_tipMix->text());
    if (!mix)
        return mix.error();
    return SetGeneration{
        name, m_preset->currentText(), quint32(m_seed->value()), m_scans->value(), m_tipRate->value() / 100.0, *mix};
}

void GenerateSetForm::generate()
{
    const auto checked = generation();
    if (!checked) {
        m_result->setText(tr("Not generated: %1").arg(checked.error().message));
        emit invalid(checked.error().message);
        return;
    }
    const QString name = checked->name;
    setGenerating(true);
    // The total is known once the server reports; until then the bar shows that work is under way.
    m_progress->setRange(0, 0);
    m_result->setText(tr("Generating %1…").arg(name));
    m_client->generateImageSet(
        *checked,
        [this, name](const ImageSetRecord &set) {
            m_result->setText(tr("%1 stored: %2 scans, %3 objects").arg(name).arg(set.scanCount).arg(set.objectCount));
            setGenerating(false);
            emit generated(name);
        },
        [this](const QString &message) {
            m_result->setText(tr("Not generated: %1").arg(message));
            if (m_progress->maximum() == 0) { // refused before any scan was made
                m_progress->setRange(0, 1);
                m_progress->setValue(0);
            }
            setGenerating(false);
        });
}

void GenerateSetForm::cancel()
{
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling…"));
    m_client->cancelGeneration();
}

void GenerateSetForm::showProgress(int scansDone, int scanCount)
{
    m_progress->setRange(0, std::max(1, scanCount));
    m_progress->setValue(scansDone);
}

void GenerateSetForm::setGenerating(bool generating)
{
    m_generating = generating;
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_name, m_preset, m_scans, m_seed, m_tipRate, m_tipMix, m_generate})
        input->setEnabled(!generating);
    m_cancel->setEnabled(generating);
}

} // namespace pen::gui
