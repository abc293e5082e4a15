// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PluginTrialForm.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace pen::gui {
namespace {

enum Kind { Library, Program };

QWidget *row(QWidget *parent, QWidget *field, QPushButton *button)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return widget;
}

} // namespace

PluginTrialForm::PluginTrialForm(QWidget *parent) : QWidget(parent), m_atdHost(PluginTrial::atdHostProgram())
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("trialKind"));
    m_kind->addItem(tr("Library (C interface)"), Library);
    m_kind->addItem(tr("Program (gRPC service)"), Program);
    m_library = new QLineEdit(this);
    m_library->setObjectName(QStringLiteral("trialLibrary"));
    m_library->setPlaceholderText(tr("The plugin's shared library (.so)"));
    auto *browseLibrary = new QPushButton(tr("Browse…"), this);
    browseLibrary->setObjectName(QStringLiteral("trialBrowseLibrary"));
    m_config = new QLineEdit(this);
    m_config->setObjectName(QStringLiteral("trialConfig"));
    m_config->setPlaceholderText(tr("The configuration text the library is given; may be empty"));
    m_program = new QLineEdit(this);
    m_program->setObjectName(QStringLiteral("trialProgram"));
    m_program->setPlaceholderText(tr("A command that prints \"listening on HOST:PORT\", with its arguments"));

    auto *libraryPage = new QWidget(this);
    auto *libraryForm = new QFormLayout(libraryPage);
    libraryForm->setContentsMargins(0, 0, 0, 0);
    libraryForm->addRow(tr("Library:"), row(libraryPage, m_library, browseLibrary));
    libraryForm->addRow(tr("Configuration:"), m_config);
    auto *programPage = new QWidget(this);
    auto *programForm = new QFormLayout(programPage);
    programForm->setContentsMargins(0, 0, 0, 0);
    programForm->addRow(tr("Command:"), m_program);
    m_code = new QStackedWidget(this);
    m_code->addWidget(libraryPage);
    m_code->addWidget(programPage);

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("trialLabel"));
    m_label->setPlaceholderText(tr("How the results name this run (default: the file's name)"));
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("trialSet"));
    auto *browseSet = new QPushButton(tr("Other set…"), this);
    browseSet->setObjectName(QStringLiteral("trialBrowseSet"));
    m_secondsPerScan = new QDoubleSpinBox(this);
    m_secondsPerScan->setObjectName(QStringLiteral("trialSecondsPerScan"));
    m_secondsPerScan->setRange(0.1, 3600);
    m_secondsPerScan->setValue(10);
    m_secondsPerScan->setSuffix(tr(" s"));
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(QStringLiteral("trialMemory"));
    m_memory->setRange(256, 1024 * 1024);
    m_memory->setValue(4096);
    m_memory->setSuffix(tr(" MB"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Plugin:"), m_kind);
    form->addRow(m_code);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Image set:"), row(this, m_set, browseSet));
    form->addRow(tr("Seconds per scan:"), m_secondsPerScan);
    form->addRow(tr("Memory per process:"), m_memory);

    connect(m_kind, &QComboBox::currentIndexChanged, m_code, &QStackedWidget::setCurrentIndex);
    connect(browseLibrary, &QPushButton::clicked, this, &PluginTrialForm::chooseLibrary);
    connect(browseSet, &QPushButton::clicked, this, &PluginTrialForm::chooseSet);
}

void PluginTrialForm::setImageSets(const QStringList &folders)
{
    m_set->clear();
    for (const QString &folder : folders)
        m_set->addItem(QFileInfo(folder).fileName(), folder);
}

void PluginTrialForm::addImageSet(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    if (m_set->findData(path) < 0)
        m_set->addItem(QFileInfo(path).fileName(), path);
    m_set->setCurrentIndex(m_set->findData(path));
}

void PluginTrialForm::chooseLibrary()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Plugin Library"), {},
                                                      tr("Shared libraries (*.so *.dll *.dylib)"));
    if (!file.isEmpty())
        m_library->setText(file);
}

void PluginTrialForm::chooseSet()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an Image Set with Ground Truth"));
    if (!folder.isEmpty())
        addImageSet(folder);
}

std::optional<TrialRequest> PluginTrialForm::request(QString *problem) const
{
    TrialRequest request;
    if (m_kind->currentData().toInt() == Library) {
        const QString library = m_library->text().trimmed();
        if (library.isEmpty()) {
            *problem = tr("choose the plugin's library");
            return std::nullopt;
        }
        request.launch = atd::PluginLaunch::forLibrary(m_atdHost, library, m_config->text());
    } else {
        const QStringList words = QProcess::splitCommand(m_program->text());
        if (words.isEmpty()) {
            *problem = tr("type the command that starts the plugin");
            return std::nullopt;
        }
        request.launch = atd::PluginLaunch::forProgram(words.first(), words.mid(1));
    }
    request.setFolder = m_set->currentData().toString();
    if (request.setFolder.isEmpty()) {
        *problem = tr("choose an image set with ground truth");
        return std::nullopt;
    }
    request.label = m_label->text().trimmed();
    if (request.label.isEmpty())
        request.label = QFileInfo(request.launch.binary).fileName();
    request.limits.secondsPerScan = m_secondsPerScan->value();
    request.limits.memoryBytes = qint64(m_memory->value()) << 20;
    return request;
}

} // namespace pen::gui
