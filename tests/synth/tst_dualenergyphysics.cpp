// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
// What a kV sandwich-detector scanner can and cannot tell apart, checked on the generator and the
// viewer's classes (docs/physics.md, "Physics checks"). R = a_low / a_high with a = −ln T.
#include "enhance/AttenuationLut.h"
#include "enhance/DefaultMaterialBands.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/PipelineParameters.h"
#include "synth/SceneProjector.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace pen;

namespace {

struct Attenuation {
    double low = 0;
    double high = 0;
    double ratio() const { return low / high; }
};

// A material as the test puts it on the ray; density 0: the table's nominal one.
struct Sample {
    QString material;
    double densityGcm3 = 0;
};

// Drug powders have no nominal density; 1.2 g/cm³ is a pressed brick, as in tst_materialbands.
constexpr double BrickDensity = 1.2;
// 25 cm of packed cotton clothing at 0.3 g/cm³ (cellulose is the tables' cotton).
const MaterialLayer Clothing{QStringLiteral("cellulose"), 0.3, 25.0};
// Shown darkness (after the console curve) from which a console pixel reads as black: at most 10 %
// of full lightness.
constexpr float BlackDarkness = 0.9f;

QString className(MaterialClass c)
{
    static const std::array<const char *, 5> names{"background", "organic", "mixed", "inorganic", "impenetrable"};
    return QString::fromLatin1(names[size_t(c)]);
}

struct ClassCounts {
    std::array<int, 5> count{};
    int total = 0;
    int blackOrImpenetrable = 0; ///< classed impenetrable or shown black by the start-up display
    double share(MaterialClass c) const { return total > 0 ? double(count[size_t(c)]) / total : 0.0; }
    QString describe() const
    {
        QString text;
        for (size_t c = 0; c < count.size(); ++c) {
            if (count[c] > 0)
                text += QStringLiteral(" %1 %2 %")
                            .arg(className(MaterialClass(c)))
                            .arg(100 * share(MaterialClass(c)), 0, 'f', 1);
        }
        return text;
    }
};

// The pixels of area classified as the viewer does (EnergyViewPipeline::classify): a_low and a_high
// through AttenuationLut, 3×3 means, then MaterialBandTable. area must stay a pixel inside the view.
ClassCounts classify(const ScanView &view, QRect area, const MaterialBandTable &bands)
{
    const Image16 &low = view.channels[0];
    const Image16 &high = view.channels[1];
    const PipelineParameters display = PipelineParameters::make(ViewKind::DualEnergy, DisplaySettings{}, true);
    ClassCounts counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            float sumLow = 0, sumHigh = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    sumLow += AttenuationLut::attenuation(low.at(x + dx, y + dy));
                    sumHigh += AttenuationLut::attenuation(high.at(x + dx, y + dy));
                }
            }
            const MaterialClass c = bands.classify(sumLow / 9.0f, sumHigh / 9.0f);
            const float signal = display.lowWeight * AttenuationLut::attenuation(low.at(x, y))
                + display.highWeight * AttenuationLut::attenuation(high.at(x, y));
            ++counts.count[size_t(c)];
            counts.blackOrImpenetrable
                += c == MaterialClass::Impenetrable || display.shownDarkness(display.darkness(signal)) >= BlackDarkness;
            ++counts.total;
        }
    }
    return counts;
}

// One row of squares, one per thickness, on an empty background (laid out like StepWedge's).
struct Wedge {
    static constexpr int StepPx = 40;
    static constexpr int GapPx = 12;
    static constexpr int MarginPx = 6; ///< clear of the blurred edges and of the 3×3 window
    static QRectF box(int i) { return QRectF(GapPx + i * (StepPx + GapPx), GapPx, StepPx, StepPx); }
    static QRect inner(int i) { return box(i).toRect().adjusted(MarginPx, MarginPx, -MarginPx, -MarginPx); }
    static ScanView scan(const AttenuationTable &table, const Sample &sample, const QList<double> &mm)
    {
        QList<SceneObject> scene;
        for (qsizetype i = 0; i < mm.size(); ++i)
            scene.append({SceneObject::Shape::Box, box(int(i)), {}, sample.material, sample.densityGcm3, mm[i] / 10.0});
        const int width = GapPx + int(mm.size()) * (StepPx + GapPx);
        return SceneProjector(table).project(width, StepPx + 2 * GapPx, scene, DetectorSettings{});
    }
};

} // namespace

Q_DECLARE_METATYPE(pen::MaterialClass)

class TestDualEnergyPhysics final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void zOrderAtEqualAttenuation_data();
    void zOrderAtEqualAttenuation();
    void stepWedgeClasses_data();
    void stepWedgeClasses();
    void everydayMaterialsAlone_data();
    void everydayMaterialsAlone();
    void everydayMaterialsUnderClothing_data();
    void everydayMaterialsUnderClothing();
    void thinLeadMimicsAluminiumUnderWater();
    void thickLeadShowsBlackOrImpenetrable();

private:
    std::optional<AttenuationTable> m_table;
    std::optional<DualEnergyDetector> m_detector;
    std::optional<MaterialBands> m_bands;
    std::optional<MaterialBandTable> m_bandTable;

    Attenuation attenuation(const QList<MaterialLayer> &layers) const;
    Attenuation attenuation(const Sample &sample, double mm) const;
    double gramsPerCm2ForHigh(const QString &material, double aHigh) const;
    void checkEverydayMaterial(const QList<MaterialLayer> &overlay);
    static void addEverydayRows();
};

void TestDualEnergyPhysics::initTestCase()
{
    auto table = AttenuationTable::bundled();
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    m_table = *table;
    auto detector = DualEnergyDetector::create(*m_table, DetectorSettings{});
    QVERIFY2(detector, detector ? "" : qPrintable(detector.error().message));
    m_detector = *detector;
    auto bands = defaultMaterialBands();
    QVERIFY2(bands, bands ? "" : qPrintable(bands.error().message));
    m_bands = *bands;
    m_bandTable.emplace(*m_bands);
}

Attenuation TestDualEnergyPhysics::attenuation(const QList<MaterialLayer> &layers) const
{
    return {-std::log(m_detector->transmission(DualEnergyDetector::Low, layers)),
            -std::log(m_detector->transmission(DualEnergyDetector::High, layers))};
}

Attenuation TestDualEnergyPhysics::attenuation(const Sample &sample, double mm) const
{
    return attenuation({{sample.material, sample.densityGcm3, mm / 10.0}});
}

// Areal density whose noise-free a_high is aHigh, by bisection in log space (a_high rises with it).
double TestDualEnergyPhysics::gramsPerCm2ForHigh(const QString &material, double aHigh) const
{
    double lo = 1e-4, hi = 1e3;
    for (int i = 0; i < 80; ++i) {
        const double mid = std::sqrt(lo * hi);
        (attenuation({{material, 1.0, mid}}).high < aHigh ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
}

void TestDualEnergyPhysics::zOrderAtEqualAttenuation_data()
{
    QTest::addColumn<double>("aHigh");
    for (double aHigh : {0.1, 0.5, 1.0, 2.0, 3.0, 4.0})
        QTest::addRow("a_high %g", aHigh) << aHigh;
}

void TestDualEnergyPhysics::zOrderAtEqualAttenuation()
{
    // At equal a_high the beam has hardened alike, so R orders by Z_eff, up to silver (K edge
    // 25.5 keV, in the low channel). W, Au and Pb have their K edges (69.5, 80.7, 88.0 keV) in the
    // high channel, which raises a_high and drops R below iron's.
    QFETCH(double, aHigh);
    const QStringList rising{"polyethylene", "water", "cocaine_hcl", "aluminium",
                             "titanium",     "iron",  "copper",      "silver"};
    const QStringList kEdgeInHigh{"tungsten", "gold", "lead"};
    QHash<QString, double> ratio;
    QString numbers;
    for (const QString &m : rising + kEdgeInHigh) {
        QVERIFY2(m_table->contains(m), qPrintable(m + QStringLiteral(" missing from the attenuation tables")));
        const double grams = gramsPerCm2ForHigh(m, aHigh);
        const Attenuation a = attenuation({{m, 1.0, grams}});
        QVERIFY(std::abs(a.high - aHigh) < 1e-6);
        ratio[m] = a.ratio();
        numbers += QStringLiteral(" %1 %2 (%3 g/cm²)").arg(m).arg(a.ratio(), 0, 'f', 4).arg(grams, 0, 'g', 3);
    }
    qInfo().noquote() << QStringLiteral("a_high %1:").arg(aHigh) << numbers;
    for (qsizetype i = 1; i < rising.size(); ++i) {
        const double below = ratio[rising[i - 1]], above = ratio[rising[i]];
        // Copper ≤ silver only: silver's higher Z_eff shows mostly in the low channel, near its K edge.
        const bool ordered = rising[i] == QLatin1String("silver") ? below <= above : below < above;
        QVERIFY2(ordered, qPrintable(rising[i - 1] + QStringLiteral(" not below ") + rising[i] + u':' + numbers));
    }
    for (const QString &heavy : kEdgeInHigh)
        QVERIFY2(ratio[heavy] < ratio[QStringLiteral("iron")],
                 qPrintable(heavy + QStringLiteral(" not below iron:") + numbers));
}

void TestDualEnergyPhysics::stepWedgeClasses_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<QList<double>>("mm");
    QTest::addColumn<MaterialClass>("expected");
    // Each row ends in one step beyond the impenetrable limit, which the ranges stop short of.
    QTest::newRow("polyethylene 5-240 mm")
        << QStringLiteral("polyethylene") << QList<double>{5, 10, 20, 40, 80, 120, 160, 240, 300}
        << MaterialClass::Organic;
    QTest::newRow("aluminium 2-80 mm") << QStringLiteral("aluminium") << QList<double>{2, 4, 8, 15, 25, 40, 60, 80, 100}
                                       << MaterialClass::Mixed;
    QTest::newRow("steel 0.3-14 mm") << QStringLiteral("steel_304") << QList<double>{0.3, 0.6, 1, 2, 4, 7, 10, 14, 18}
                                     << MaterialClass::Inorganic;
    QTest::newRow("copper 0.2-10 mm") << QStringLiteral("copper") << QList<double>{0.2, 0.4, 0.8, 1.5, 3, 5, 7, 10, 13}
                                      << MaterialClass::Inorganic;
}

void TestDualEnergyPhysics::stepWedgeClasses()
{
    // Noisy pixels at the default dose, classified as the viewer does. Steps below a_high 0.1 are
    // too faint to ask for. A step is impenetrable where its neighbourhood detects fewer than
    // MaterialBands::MinDetectedQuanta in the low channel; one within NearLimit of that limit
    // straddles it by noise (100 quanta: σ of the 3×3 mean of a_low ≈ 0.1), so neither answer is
    // asked of it.
    constexpr double MinAttenuation = 0.1, NearLimit = 0.3, MinShare = 0.95;
    const double limit = m_bands->starvedAttenuation();
    QFETCH(QString, material);
    QFETCH(QList<double>, mm);
    QFETCH(MaterialClass, expected);
    const ScanView view = Wedge::scan(*m_table, {material}, mm);
    QCOMPARE(view.channels.size(), size_t(2));
    QStringList failures;
    int asked = 0;
    for (qsizetype i = 0; i < mm.size(); ++i) {
        const Attenuation exact = attenuation({material}, mm[i]);
        const ClassCounts counts = classify(view, Wedge::inner(int(i)), *m_bandTable);
        const double starving = std::max(exact.low, exact.high);
        const MaterialClass want = starving > limit ? MaterialClass::Impenetrable : expected;
        const bool ask = exact.high >= MinAttenuation && std::abs(starving - limit) > NearLimit;
        const QString line = QStringLiteral("%1 mm: a_high %2 R %3 (bands %4/%5):%6")
                                 .arg(mm[i])
                                 .arg(exact.high, 0, 'f', 3)
                                 .arg(exact.ratio(), 0, 'f', 3)
                                 .arg(m_bands->organicMaxRatio(exact.high), 0, 'f', 3)
                                 .arg(m_bands->mixedMaxRatio(exact.high), 0, 'f', 3)
                                 .arg(counts.describe());
        qInfo().noquote() << material << line
                          << (ask ? QStringLiteral("-> want ") + className(want) : QStringLiteral("(not asked)"));
        asked += ask;
        if (ask && counts.share(want) < MinShare)
            failures << line + QStringLiteral(", want ≥ 95 % ") + className(want);
    }
    QVERIFY2(asked >= mm.size() - 2, "most of the wedge's steps should lie in the asserted range");
    QVERIFY2(failures.isEmpty(), qPrintable(material + QStringLiteral(": ") + failures.join(u"; ")));
}

void TestDualEnergyPhysics::everydayMaterialsAlone_data()
{
    addEverydayRows();
}

void TestDualEnergyPhysics::addEverydayRows()
{
    QTest::addColumn<Sample>("sample");
    QTest::addColumn<QList<double>>("mm");
    QTest::addColumn<MaterialClass>("expected");
    const QList<double> organicMm{5, 10, 20, 50}, mixedMm{1, 2, 5, 10, 20}, inorganicMm{0.5, 1, 2, 4, 8};
    const auto row
        = [](const char *name, const char *material, double density, const QList<double> &mm, MaterialClass c) {
              QTest::newRow(name) << Sample{QString::fromLatin1(material), density} << mm << c;
          };
    row("cocaine HCl", "cocaine_hcl", BrickDensity, organicMm, MaterialClass::Organic);
    row("sugar", "sucrose", 0, organicMm, MaterialClass::Organic);
    row("TNT", "tnt", 0, organicMm, MaterialClass::Organic);
    row("RDX", "rdx", 0, organicMm, MaterialClass::Organic);
    row("polyethylene", "polyethylene", 0, organicMm, MaterialClass::Organic);
    row("PET", "pet_polyester", 0, organicMm, MaterialClass::Organic);
    row("paper", "cellulose", 0.9, organicMm, MaterialClass::Organic); // 1.5 is crystalline cellulose
    row("PVC", "pvc", 0, mixedMm, MaterialClass::Mixed);
    row("salt", "nacl", 0, mixedMm, MaterialClass::Mixed);
    row("glass", "glass_soda_lime", 0, mixedMm, MaterialClass::Mixed);
    row("aluminium", "aluminium", 0, mixedMm, MaterialClass::Mixed);
    row("titanium", "titanium", 0, inorganicMm, MaterialClass::Inorganic);
    row("steel", "steel_304", 0, inorganicMm, MaterialClass::Inorganic);
    row("brass", "brass", 0, inorganicMm, MaterialClass::Inorganic);
    row("copper", "copper", 0, inorganicMm, MaterialClass::Inorganic);
}

void TestDualEnergyPhysics::everydayMaterialsAlone()
{
    checkEverydayMaterial({});
}

void TestDualEnergyPhysics::everydayMaterialsUnderClothing_data()
{
    addEverydayRows();
}

void TestDualEnergyPhysics::everydayMaterialsUnderClothing()
{
    checkEverydayMaterial({Clothing});
}

// Noise-free. The object's own class from the rays with and without it (MaterialBands::classifyLayer,
// as tst_materialbands does; with nothing over it, that is the ray's class). Impenetrable counts
// as inorganic: the console shows the alarm colour instead of blue.
void TestDualEnergyPhysics::checkEverydayMaterial(const QList<MaterialLayer> &overlay)
{
    QFETCH(Sample, sample);
    QFETCH(QList<double>, mm);
    QFETCH(MaterialClass, expected);
    QVERIFY2(m_table->contains(sample.material),
             qPrintable(sample.material + QStringLiteral(" missing from the attenuation tables")));
    const Attenuation without = overlay.isEmpty() ? Attenuation{} : attenuation(overlay);
    QStringList failures;
    for (double t : mm) {
        const MaterialLayer object{sample.material, sample.densityGcm3, t / 10.0};
        const Attenuation with = attenuation(QList<MaterialLayer>(overlay) << object);
        const MaterialClass found = m_bands->classifyLayer(with.low, with.high, without.low, without.high);
        const double ownHigh = with.high - without.high;
        const MaterialBands::Limits limits = m_bands->layerLimits(without.low, without.high, ownHigh);
        const QString line = QStringLiteral("%1 mm: a_high %2 (own %3) own R %4 (limits %5/%6) %7")
                                 .arg(t)
                                 .arg(with.high, 0, 'f', 3)
                                 .arg(ownHigh, 0, 'f', 3)
                                 .arg((with.low - without.low) / ownHigh, 0, 'f', 3)
                                 .arg(limits.organicMax, 0, 'f', 3)
                                 .arg(limits.mixedMax, 0, 'f', 3)
                                 .arg(className(found));
        qInfo().noquote() << sample.material << line;
        if (found != expected && !(expected == MaterialClass::Inorganic && found == MaterialClass::Impenetrable))
            failures << line;
    }
    QVERIFY2(
        failures.isEmpty(),
        qPrintable(QStringLiteral("%1 (want %2): %3").arg(sample.material, className(expected), failures.join(u"; "))));
}

void TestDualEnergyPhysics::thinLeadMimicsAluminiumUnderWater()
{
    // The K-edge degeneracy: two numbers per ray cannot tell 0.22 mm of lead from a stack of
    // aluminium and water. Solve a(Al x mm + water y mm) = a(Pb 0.22 mm) by Newton's method.
    const Attenuation lead = attenuation({QStringLiteral("lead")}, 0.22);
    const auto stack = [&](double al, double water) {
        return attenuation({{QStringLiteral("aluminium"), 0, al / 10.0}, {QStringLiteral("water"), 0, water / 10.0}});
    };
    constexpr double Step = 0.01; // mm, for the finite-difference Jacobian
    double al = 10, water = 20;
    for (int i = 0; i < 50; ++i) {
        const Attenuation a = stack(al, water), dAl = stack(al + Step, water), dWater = stack(al, water + Step);
        const double j11 = (dAl.low - a.low) / Step, j12 = (dWater.low - a.low) / Step;
        const double j21 = (dAl.high - a.high) / Step, j22 = (dWater.high - a.high) / Step;
        const double rLow = lead.low - a.low, rHigh = lead.high - a.high, det = j11 * j22 - j12 * j21;
        al = std::max(0.0, al + (rLow * j22 - j12 * rHigh) / det);
        water = std::max(0.0, water + (j11 * rHigh - j21 * rLow) / det);
    }
    const Attenuation match = stack(al, water);
    const QString numbers
        = QStringLiteral("Pb 0.22 mm: a_low %1 a_high %2 R %3; Al %4 mm + water %5 mm: a_low %6 a_high %7")
              .arg(lead.low)
              .arg(lead.high)
              .arg(lead.ratio())
              .arg(al)
              .arg(water)
              .arg(match.low)
              .arg(match.high);
    qInfo().noquote() << numbers;
    QVERIFY2(std::abs(match.low - lead.low) < 0.01 && std::abs(match.high - lead.high) < 0.01, qPrintable(numbers));
    QVERIFY2(std::abs(al / 12.6 - 1) < 0.2 && std::abs(water / 19.0 - 1) < 0.2, qPrintable(numbers));
    // And the console shows it green, as it would the aluminium tray of a water bottle.
    QCOMPARE(className(m_bands->classify(lead.low, lead.high)), className(MaterialClass::Mixed));
}

void TestDualEnergyPhysics::thickLeadShowsBlackOrImpenetrable()
{
    // Where R no longer tells lead apart, darkness must: from 1.2 mm lead shows black at the
    // start-up display or is classed impenetrable, in ≥ 95 % of its pixels. At 1.2 mm 1.3 % of the
    // high channel gets through, but its low channel has detected next to nothing (a_low ≈ 11):
    // too few quanta to tell a material, which is what makes a pixel impenetrable.
    const QList<double> mm{1.2, 1.6, 2, 3, 5};
    const ScanView view = Wedge::scan(*m_table, {QStringLiteral("lead")}, mm);
    QCOMPARE(view.channels.size(), size_t(2));
    const PipelineParameters display = PipelineParameters::make(ViewKind::DualEnergy, DisplaySettings{}, true);
    QStringList failures;
    for (qsizetype i = 0; i < mm.size(); ++i) {
        const Attenuation exact = attenuation({QStringLiteral("lead")}, mm[i]);
        const ClassCounts counts = classify(view, Wedge::inner(int(i)), *m_bandTable);
        const double share = double(counts.blackOrImpenetrable) / counts.total;
        const QString line
            = QStringLiteral("Pb %1 mm: a_low %2 a_high %3 R %4 darkness %5; black or impenetrable %6 %")
                  .arg(mm[i])
                  .arg(exact.low, 0, 'f', 3)
                  .arg(exact.high, 0, 'f', 3)
                  .arg(exact.ratio(), 0, 'f', 3)
                  .arg(display.shownDarkness(display.darkness(float(0.5 * (exact.low + exact.high)))), 0, 'f', 3)
                  .arg(100 * share, 0, 'f', 1)
            + QLatin1Char(';') + counts.describe();
        qInfo().noquote() << line;
        if (share < 0.95)
            failures << line;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; ")));
}

QTEST_APPLESS_MAIN(TestDualEnergyPhysics)
#include "tst_dualenergyphysics.moc"
