// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "DisplayNames.h"
#include "GuiTestSupport.h"
#include "MevBlockScan.h"
#include "ViewerTestSupport.h"
#include "enhance/DefaultMevClasses.h"
#include "enhance/MevClassTable.h"
#include "scenes/StarterSet.h"
#include "synth/AttenuationTable.h"
#include "viewer/ScanViewer.h"
#include "viewer/ScanViewerPane.h"
#include "viewer/SuspectMarkList.h"
#include "viewer/ViewerToolBar.h"

#include <QDir>
#include <QTest>
#include <QVBoxLayout>

using namespace pen;
using namespace pen::gui;

/// The viewer as the application builds it (GlPipelineRenderer, default material bands, toolbar)
/// on starter-set scans: zoomed, with the magnifier, and side by side with marks and ground truth.
/// Saves the pictures to $PEN_SCREENSHOT_DIR where set (docs/screenshots/viewer-*.png).
class TestViewerScreenshots final : public QObject {
    Q_OBJECT

public:
    static void initMain() { test::useViewerSurfaceFormat(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void zoomedBag();
    void magnifierOverBag();
    void marksSideBySide();
    void mevClassesOfACargoPortal();

private:
    const Scan &scan(const QString &id) const;
    void show(const QString &id);
    void save(const QString &name);
    QList<RegionOverlay> truthOverlays(const Scan &scan) const;

    QList<Scan> m_scans;
    std::unique_ptr<QWidget> m_window;
    ScanViewerPane *m_pane = nullptr;
};

void TestViewerScreenshots::initTestCase()
{
    const auto table = AttenuationTable::bundled();
    QVERIFY(table);
    m_scans = StarterSet::scans(*table);
}

void TestViewerScreenshots::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(4, 4, 4, 4);
    m_pane = new ScanViewerPane();
    layout->addWidget(new ViewerToolBar(m_pane));
    layout->addWidget(m_pane, 1);
    m_window->resize(1280, 640);
}

void TestViewerScreenshots::cleanup()
{
    m_window.reset();
}

const Scan &TestViewerScreenshots::scan(const QString &id) const
{
    for (const Scan &candidate : m_scans) {
        if (candidate.id == id)
            return candidate;
    }
    qFatal("no starter scan %s", qPrintable(id));
}

void TestViewerScreenshots::show(const QString &id)
{
    m_pane->setScan(std::make_shared<const Scan>(scan(id)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), test::WaitMs));
    QVERIFY2(m_pane->viewer()->rendererError().isEmpty(), qPrintable(m_pane->viewer()->rendererError()));
}

void TestViewerScreenshots::save(const QString &name)
{
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("PEN_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(shot.save(QDir(folder).filePath(name)));
}

QList<RegionOverlay> TestViewerScreenshots::truthOverlays(const Scan &shown) const
{
    QList<RegionOverlay> overlays;
    for (const GroundTruthObject &object : shown.truth) {
        for (const Region &region : object.regions) {
            overlays.append({region, DisplayNames::categoryColour(object.category),
                             tr("Truth: %1").arg(DisplayNames::category(object.category, ImageSet()))});
        }
    }
    return overlays;
}

void TestViewerScreenshots::zoomedBag()
{
    show(QStringLiteral("bag-pistol"));
    ScanViewer *viewer = m_pane->viewer();
    // The bottom left corner: the top left holds the view's caption.
    const auto corner = [](const QImage &frame) { return frame.pixelColor(2, frame.height() - 3); };
    const QColor surround = corner(viewer->grabFramebuffer());
    test::turnWheel(viewer, viewer->mapFromImage(QPointF(405, 265)), 5);
    QVERIFY(viewer->zoom() > 2);
    // Zoomed in on the bag, the picture fills the viewer.
    QVERIFY(corner(viewer->grabFramebuffer()) != surround);
    save(QStringLiteral("viewer-zoomed.png"));
}

void TestViewerScreenshots::magnifierOverBag()
{
    show(QStringLiteral("bag-pistol"));
    ScanViewer *viewer = m_pane->viewer();
    const QPointF trigger = viewer->mapFromImage(QPointF(365, 290));
    test::hover(viewer, trigger);
    const QImage before = viewer->grabFramebuffer();
    m_pane->setMagnifierVisible(true);
    const QImage after = viewer->grabFramebuffer();
    QVERIFY(!viewer->magnifierRect().isEmpty());
    QVERIFY(after != before);
    save(QStringLiteral("viewer-magnifier.png"));
}

void TestViewerScreenshots::marksSideBySide()
{
    const Scan &bag = scan(QStringLiteral("bag-pistol"));
    show(bag.id);
    m_pane->setSideBySide(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->secondViewer() && m_pane->secondViewer()->isVisible(), test::WaitMs);
    QVERIFY(m_pane->secondViewer()->rendererError().isEmpty());
    m_pane->marks()->add({Region{0, QRectF(360, 225, 110, 80), {}}, QStringLiteral("weapon")});
    m_pane->marks()->add({Region{0, QRectF(70, 245, 80, 100), {}}, QStringLiteral("explosive")});
    m_pane->marks()->add({Region{1, QRectF(250, 110, 110, 60), {}}, QStringLiteral("weapon")});
    m_pane->setGroundTruth(truthOverlays(bag));
    QCOMPARE(m_pane->marks()->rowCount(), 3);
    save(QStringLiteral("viewer-marks.png"));
}

// A MeV portal's view through the GL pipeline: blocks of the four reference materials in their
// class colours, thin lead hatched grey, the legend beside the picture.
void TestViewerScreenshots::mevClassesOfACargoPortal()
{
    Scan cargo;
    cargo.id = QStringLiteral("mev-blocks");
    cargo.objectKind = ObjectKind::Container;
    cargo.views = {test::mevBlockView({{"polyethylene", 0, 60},
                                       {"aluminium", 0, 20},
                                       {"iron", 0, 10},
                                       {"lead", 0, 5},
                                       {"lead", 0, 0.5},
                                       {"iron", 0, 60},
                                       {"air", 0, 0}},
                                      60, 240)};
    m_pane->setScan(std::make_shared<const Scan>(cargo));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), test::WaitMs));
    QVERIFY2(m_pane->viewer()->rendererError().isEmpty(), qPrintable(m_pane->viewer()->rendererError()));
    QVERIFY(m_pane->isMevLegendShown());
    ScanViewer *viewer = m_pane->viewer();
    const QImage frame = viewer->grabFramebuffer();
    const qreal ratio = frame.devicePixelRatio();
    // The middle of each block, on a row off the hatching lines.
    const auto shown = [&](int block) {
        for (int y = 100; y < 140; ++y) {
            const QPoint at = viewer->mapFromImage(QPointF(block * 60 + 30, y)).toPoint();
            if ((block * 60 + 30 + y) % MevClassTable::HatchPeriod != 0)
                return frame.pixelColor(at * ratio);
        }
        return QColor();
    };
    const auto hueNear = [](const QColor &colour, const QColor &expected) {
        const int d = std::abs(colour.hsvHue() - expected.hsvHue());
        return colour.hsvHue() >= 0 && std::min(d, 360 - d) <= 8;
    };
    const QList<MevMaterial> classes{MevMaterial::Organic, MevMaterial::Mixed, MevMaterial::Steel, MevMaterial::Heavy};
    for (int block = 0; block < 4; ++block)
        QVERIFY2(hueNear(shown(block), mevClassColour(classes[block])),
                 qPrintable(QStringLiteral("block %1 hue %2").arg(block).arg(shown(block).hsvHue())));
    QCOMPARE(shown(4).hsvSaturation(), 0); // thin lead: the ambiguity, grey
    QCOMPARE(shown(5), QColor(Qt::black)); // impenetrable
    save(QStringLiteral("viewer-mev-classes.png"));
}

QTEST_MAIN(TestViewerScreenshots)
#include "tst_viewerscreenshots.moc"
