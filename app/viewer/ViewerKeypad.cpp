// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ViewerKeypad.h"

#include "DisplayAdjustments.h"
#include "ScanViewer.h"
#include "ScanViewerPane.h"
#include "SuspectMarkList.h"
#include "ViewerToolBar.h"

#include <QAction>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

#include <cmath>

namespace pen::gui {
namespace {

// The keys in the keypad's three rows: colouring and channels, stripping, penetration and
// enhancements, then the steps of brightness, contrast and gamma.
const QList<QList<ViewerTool>> &rows()
{
    using T = ViewerTool;
    static const QList<QList<T>> keys{
        {T::MaterialColour, T::Grey, T::LowEnergy, T::HighEnergy, T::FusedEnergy, T::Negative, T::ResetImage},
        {T::OrganicOnly, T::InorganicOnly, T::HighPenetration, T::LowPenetration, T::EdgeEnhancement,
         T::SuperEnhancement, T::DensityHighlight},
        {T::BrightnessUp, T::BrightnessDown, T::ContrastUp, T::ContrastDown, T::GammaUp, T::GammaDown, T::OlivePalette},
    };
    return keys;
}

// The modes named in the display after the colouring: every choice or switch that is on.
const QList<ViewerTool> &modeTools()
{
    using T = ViewerTool;
    static const QList<T> tools{T::Grey,        T::LowEnergy,       T::HighEnergy,       T::FusedEnergy,
                                T::OrganicOnly, T::InorganicOnly,   T::HighPenetration,  T::LowPenetration,
                                T::Negative,    T::EdgeEnhancement, T::SuperEnhancement, T::DensityHighlight,
                                T::OlivePalette};
    return tools;
}

// A long name on two lines, broken at the space nearest its middle, so that the keys stay narrow.
QString keyLabel(const QString &name)
{
    constexpr int LongName = 12;
    if (name.size() <= LongName)
        return name;
    int best = -1;
    for (int i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char(' ')
            && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    }
    return best < 0 ? name : name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

// Removes the separators the moved actions leave behind: doubled or at the toolbar's end.
void tidySeparators(ViewerToolBar *toolBar)
{
    const QList<QAction *> actions = toolBar->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i]->isSeparator() && (i + 1 == actions.size() || actions[i + 1]->isSeparator()))
            toolBar->removeAction(actions[i]);
    }
}

} // namespace

ViewerKeypad::ViewerKeypad(ScanViewerPane *pane, ViewerToolBar *toolBar, QWidget *parent)
    : QWidget(parent), m_pane(pane)
{
    setObjectName(QStringLiteral("viewerKeypad"));
    m_mode = new QLabel;
    m_mode->setObjectName(QStringLiteral("activeMode"));
    QFont big = m_mode->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_mode->setFont(big);
    m_mode->setWordWrap(true);
    m_zoom = new QLabel;
    m_zoom->setObjectName(QStringLiteral("zoomLevel"));
    auto *display = new QFrame;
    display->setObjectName(QStringLiteral("modeDisplay"));
    display->setFrameShape(QFrame::StyledPanel);
    display->setFixedWidth(150);
    auto *displayLayout = new QVBoxLayout(display);
    displayLayout->addWidget(new QLabel(tr("Mode")));
    displayLayout->addWidget(m_mode, 1);
    displayLayout->addWidget(m_zoom);

    auto *keys = new QGridLayout;
    keys->setSpacing(2);
    for (int row = 0; row < rows().size(); ++row) {
        for (int column = 0; column < rows()[row].size(); ++column) {
            const ViewerTool tool = rows()[row][column];
            QAction *action = toolBar->action(tool);
            toolBar->removeAction(action);
            addAction(action); // its shortcut now works wherever the keypad is shown
            const QList<QKeySequence> shortcuts = ViewerTools::shortcuts(tool);
            action->setIconText(
                QStringLiteral("%1\n[%2]")
                    .arg(keyLabel(ViewerTools::name(tool)), shortcuts.value(0).toString(QKeySequence::NativeText)));
            auto *button = new QToolButton;
            button->setObjectName(QStringLiteral("key-%1").arg(ViewerTools::key(tool)));
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setIconSize(QSize(18, 18));
            button->setAutoRaise(false);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            QFont small = button->font();
            small.setPointSizeF(small.pointSizeF() * 0.9);
            button->setFont(small);
            keys->addWidget(button, row, column);
        }
    }
    tidySeparators(toolBar);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(display);
    layout->addLayout(keys, 1);

    connect(pane, &ScanViewerPane::displaySettingsChanged, this, &ViewerKeypad::showMode);
    connect(pane, &ScanViewerPane::scanChanged, this, [this] {
        showMode();
        showZoom();
    });
    connect(pane, &ScanViewerPane::activeViewChanged, this, &ViewerKeypad::showZoom);
    connect(pane, &ScanViewerPane::activeTransformChanged, this, &ViewerKeypad::showZoom);
    showMode();
    showZoom();
}

QToolButton *ViewerKeypad::key(ViewerTool tool) const
{
    return findChild<QToolButton *>(QStringLiteral("key-%1").arg(ViewerTools::key(tool)));
}

QString ViewerKeypad::activeModeText() const
{
    return m_mode->text();
}

QString ViewerKeypad::zoomText() const
{
    return m_zoom->text();
}

void ViewerKeypad::showMode()
{
    const DisplaySettings &settings = m_pane->displaySettings();
    QStringList on;
    if (settings.colouring == DisplaySettings::Colouring::Material)
        on.append(ViewerTools::name(ViewerTool::MaterialColour));
    for (ViewerTool tool : modeTools()) {
        if (DisplayAdjustments::isOn(settings, tool))
            on.append(ViewerTools::name(tool));
    }
    // Steps of brightness, contrast or gamma away from the console's own settings.
    const DisplaySettings plain;
    const bool stepped = settings.brightness != plain.brightness || settings.contrast != plain.contrast
        || settings.gamma != plain.gamma;
    m_mode->setText(on.join(QStringLiteral(" + "))
                    + (stepped ? QStringLiteral("\n") + tr("brightness or contrast adjusted") : QString()));
}

void ViewerKeypad::showZoom()
{
    const ScanViewer *viewer = m_pane->activeViewer();
    if (!viewer || !viewer->view()) {
        m_zoom->setText(tr("Zoom –"));
        return;
    }
    m_zoom->setText(tr("Zoom %1 %").arg(std::lround(viewer->transform().zoom() * 100)));
}

} // namespace pen::gui
