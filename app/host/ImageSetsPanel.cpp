// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ImageSetsPanel.h"

#include "AdminClient.h"
#include "GenerateSetForm.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {

ImageSetsPanel::ImageSetsPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("imageSets"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Scans"), tr("Objects"), tr("Manifest SHA-256")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("uploadFolder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("uploadName"));
    m_name->setPlaceholderText(tr("letters, digits, '-' and '_'"));
    m_upload = new QPushButton(tr("Upload"), this);
    m_upload->setObjectName(QStringLiteral("upload"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("uploadResult"));
    m_result->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *box = new QGroupBox(tr("Upload an image set folder"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Folder"), folderRow);
    form->addRow(tr("Name on the server"), m_name);
    form->addRow(m_upload);
    form->addRow(m_progress);
    form->addRow(m_result);
    m_generate = new GenerateSetForm(m_client, this);
    auto *forms = new QHBoxLayout;
    forms->addWidget(box, 1, Qt::AlignTop);
    forms->addWidget(m_generate, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);

    connect(browse, &QPushButton::clicked, this, &ImageSetsPanel::chooseFolder);
    connect(m_upload, &QPushButton::clicked, this, &ImageSetsPanel::upload);
    connect(m_client, &AdminClient::uploadProgress, this, &ImageSetsPanel::showProgress);
    connect(m_generate, &GenerateSetForm::generated, this, &ImageSetsPanel::generated);
    connect(m_generate, &GenerateSetForm::invalid, this, &ImageSetsPanel::generationInvalid);
}

void ImageSetsPanel::setImageSets(const QList<ImageSetRecord> &sets)
{
    m_table->setRowCount(int(sets.size()));
    for (int row = 0; row < int(sets.size()); ++row) {
        const ImageSetRecord &set = sets[row];
        const QStringList cells{set.name, QString::number(set.scanCount), QString::number(set.objectCount),
                                set.manifestSha256};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

void ImageSetsPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Image set folder"));
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    // A name the server accepts, taken from the folder's.
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(folder).fileName().replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")),
                                                             QStringLiteral("-")));
}

void ImageSetsPanel::upload()
{
    const QString name = m_name->text().trimmed();
    m_uploading = true;
    m_upload->setEnabled(false);
    m_progress->setValue(0);
    m_result->setText(tr("Uploading %1…").arg(name));
    m_client->uploadImageSet(
        m_folder->text().trimmed(), name,
        [this, name](const ImageSetRecord &set) {
            m_progress->setValue(100);
            m_result->setText(tr("%1 stored: %2 scans, %3 objects").arg(name).arg(set.scanCount).arg(set.objectCount));
            finishUpload();
            emit uploaded(name);
        },
        [this](const QString &message) {
            m_result->setText(tr("The upload failed: %1").arg(message));
            finishUpload();
            emit uploadFailed();
        });
}

void ImageSetsPanel::showProgress(qint64 sent, qint64 total)
{
    m_progress->setValue(int(100 * sent / std::max<qint64>(1, total)));
}

void ImageSetsPanel::finishUpload()
{
    m_uploading = false;
    m_upload->setEnabled(true);
}

} // namespace pen::gui
