// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "realism/ColourMeasures.h"
#include "realism/ContextRings.h"
#include "realism/ObjectRegion.h"
#include "realism/RealismFigures.h"
#include "realism/RealismMeasurement.h"
#include "realism/RealismReport.h"
#include "realism/RealismSources.h"
#include "realism/TwoSampleTest.h"

#include "ProgramRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace pen;
using namespace pen::realism;

namespace {

// A white image with a rectangle (at 50, 35, 90 x 80) in three equal vertical stripes of colour.
QImage stripedParcel(const QList<QRgb> &stripes)
{
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 35; y < 115; ++y) {
        for (int x = 50; x < 140; ++x)
            image.setPixel(x, y, stripes[(x - 50) / 30]);
    }
    return image;
}

cv::Mat1f whiteNoise(int side, int seed)
{
    cv::Mat1f noise(side, side);
    cv::RNG random{uint64(seed)};
    random.fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
    return noise;
}

// White noise shaped in the Fourier domain: amplitude 1/f, so power 1/f^2.
cv::Mat1f brownianNoise(int side, int seed)
{
    cv::Mat spectrum;
    cv::dft(whiteNoise(side, seed), spectrum, cv::DFT_COMPLEX_OUTPUT);
    for (int v = 0; v < side; ++v) {
        const int fv = v <= side / 2 ? v : v - side;
        for (int u = 0; u < side; ++u) {
            const int fu = u <= side / 2 ? u : u - side;
            const double radius = std::hypot(fu, fv);
            spectrum.at<cv::Vec2f>(v, u) *= radius > 0 ? float(1.0 / radius) : 0.0f;
        }
    }
    cv::Mat1f noise;
    cv::dft(spectrum, noise, cv::DFT_INVERSE | cv::DFT_REAL_OUTPUT | cv::DFT_SCALE);
    return noise;
}

// Images of grey noise about 140 of 255, standard deviation sigma, blurred by a box of side blur.
QList<ImagePatches> noiseImages(int count, double sigma, int blur, int firstSeed)
{
    QList<ImagePatches> images;
    for (int i = 0; i < count; ++i) {
        cv::Mat1f noise(200, 200);
        cv::RNG random{uint64(firstSeed + i)};
        random.fill(noise, cv::RNG::NORMAL, 140.0, sigma);
        if (blur > 1)
            cv::blur(noise, noise, cv::Size(blur, blur));
        cv::Mat1b luma;
        noise.convertTo(luma, CV_8U);
        images.append(interiorPatchFeatures(luma, cv::Mat1b(luma.size(), uchar(255))));
    }
    return images;
}

using Run = test::ProgramRun;

Run cli(const QStringList &args)
{
    return test::runProgram(QStringLiteral(PEN_IMAGESET_CLI), QStringList{QStringLiteral("realism")} + args, 60000);
}

} // namespace

class TestRealismFigures final : public QObject {
    Q_OBJECT
private slots:
    void flatGreyParcel();
    void colourParcel();
    void distinctColoursAreCountedOnAFixedSample();
    void objectRegionFillsOutlinedParcel();
    void blankImageHasNoObject();
    void whiteNoiseHasFlatSpectrum();
    void brownianNoiseHasSlopeMinusTwo();
    void checkerboardHasEdges();
    void lbpEntropySeparatesFlatFromNoise();
    void figureRangePercentiles();
    void tableComparesWithReference();
    void truncatedPngIsAnError();
    void emptyFolderIsAnError();
    void referenceBoxesComeFromTheDatasetsAnnotations();
    void commandLineErrors();
    void rocAucCountsTiesAsHalf();
    void patchesStayInsideTheInterior();
    void twoSampleTestTellsOnlyDifferentImagesApart();
    void contextLeakageFindsThreatsKeptInEmptySpace();
    void contextRingsSeeOnlyTheObject();
    void twoSampleIntervalNarrowsWithMoreImages();
};

void TestRealismFigures::flatGreyParcel()
{
    const QRgb grey = qRgb(100, 100, 100);
    auto figures = measureImage(stripedParcel({grey, grey, grey}));
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
    QCOMPARE(figures->regionPixels, 90 * 80);
    QCOMPARE(figures->luma.darkShare, 1.0);
    QCOMPARE(figures->luma.histogram[100 / 16], 1.0);
    QVERIFY(std::abs(figures->luma.medianAttenuation + std::log(100.0 / 255)) < 1e-9);
    QCOMPARE(figures->flatShare, 1.0);
    QCOMPARE(figures->edgeDensity, 0.0);
    QCOMPARE(figures->gradient.p90, 0.0);
    QCOMPARE(figures->lbpEntropy, 0.0);
    QVERIFY(!figures->colour);
}

void TestRealismFigures::colourParcel()
{
    // Dark red has HSV value 50/255 < 0.3; the others are bright.
    auto figures = measureImage(stripedParcel({qRgb(200, 30, 30), qRgb(30, 30, 200), qRgb(50, 20, 20)}));
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error().message));
    QVERIFY(figures->colour);
    QCOMPARE(figures->distinctColours, 3);
    QVERIFY(std::abs(figures->lowValueShare - 1.0 / 3) < 1e-9);
    double sum = 0;
    for (const double share : figures->hueValue)
        sum += share;
    QVERIFY(std::abs(sum - 1) < 1e-6);
    QVERIFY(histogramDistance(figures->hueValue, figures->hueValue) < 1e-6);
    const QRgb grey = qRgb(100, 100, 100);
    auto greyFigures = measureImage(stripedParcel({grey, grey, grey}));
    QVERIFY(greyFigures);
    QVERIFY(histogramDistance(figures->luma.histogram, greyFigures->luma.histogram) > 0.5);
}

void TestRealismFigures::distinctColoursAreCountedOnAFixedSample()
{
    // Every pixel its own colour: a small region counts them all, a big one only the sample, so
    // that images of different sizes compare.
    for (const int side : {100, 400}) {
        cv::Mat3b rgb(side, side);
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                rgb(y, x) = cv::Vec3b(uchar(x % 256), uchar(y % 256), uchar((x / 256) * 16 + y / 256));
        const cv::Mat1b all(side, side, uchar(255));
        QCOMPARE(distinctColours(rgb, all), std::min(side * side, DistinctColourSample));
        cv::Mat1b half(side, side, uchar(0));
        half(cv::Rect(0, 0, side / 2, side)).setTo(255);
        QCOMPARE(distinctColours(rgb, half), std::min(side * side / 2, DistinctColourSample));
    }
}

void TestRealismFigures::objectRegionFillsOutlinedParcel()
{
    // A nearly transparent parcel: only its outline is darker than 0.9 of the air.
    cv::Mat1b luma(120, 160, uchar(255));
    luma(cv::Rect(20, 20, 100, 70)).setTo(250);
    cv::rectangle(luma, cv::Rect(20, 20, 100, 70), cv::Scalar(90), 1);
    auto region = findObjectRegion(luma);
    QVERIFY(region);
    QCOMPARE(region->bounds, cv::Rect(20, 20, 100, 70));
    QCOMPARE(region->pixelCount, 100 * 70);
    QCOMPARE(region->backgroundLevel, 255.0);
    QCOMPARE(cv::countNonZero(region->interior), (100 - 10) * (70 - 10));
}

void TestRealismFigures::blankImageHasNoObject()
{
    QImage blank(64, 64, QImage::Format_Grayscale8);
    blank.fill(200);
    auto figures = measureImage(blank);
    QVERIFY(!figures);
    QCOMPARE(figures.error().code, ErrorCode::Validation);
    QVERIFY2(figures.error().message.contains(QLatin1String("no object")), qPrintable(figures.error().message));
}

void TestRealismFigures::whiteNoiseHasFlatSpectrum()
{
    for (int seed = 1; seed <= 3; ++seed) {
        const std::optional<double> slope = powerSpectrumSlope(whiteNoise(256, seed), cv::Rect(0, 0, 256, 256));
        QVERIFY(slope);
        QVERIFY2(std::abs(*slope) < 0.15, qPrintable(QString::number(*slope)));
    }
}

void TestRealismFigures::brownianNoiseHasSlopeMinusTwo()
{
    for (int seed = 1; seed <= 3; ++seed) {
        const std::optional<double> slope = powerSpectrumSlope(brownianNoise(256, seed), cv::Rect(0, 0, 256, 256));
        QVERIFY(slope);
        QVERIFY2(std::abs(*slope + 2) < 0.2, qPrintable(QString::number(*slope)));
    }
    // The square is cut from the region's bounding box: a wide box gives its centred square.
    QCOMPARE(centredSquare(cv::Rect(10, 20, 300, 100)), cv::Rect(110, 20, 100, 100));
    QVERIFY(!powerSpectrumSlope(whiteNoise(256, 1), cv::Rect(0, 0, 20, 20)));
}

void TestRealismFigures::checkerboardHasEdges()
{
    cv::Mat1b board(96, 96);
    for (int y = 0; y < board.rows; ++y) {
        for (int x = 0; x < board.cols; ++x)
            board(y, x) = ((x / 8 + y / 8) % 2) ? 200 : 50;
    }
    const cv::Mat1b all(board.size(), uchar(255));
    QVERIFY(edgeDensity(board, all) > 0.1);
    QVERIFY(flatShare(board, all) < 0.05);
    QCOMPARE(edgeDensity(cv::Mat1b(board.size(), uchar(120)), all), 0.0);
    // A step of 150 over the two pixels of a 3 x 3 Sobel: 150 / 255 / 2 per pixel.
    QVERIFY(std::abs(gradientPercentiles(board, all).p90 - 150.0 / 255 / 2) < 0.02);
}

void TestRealismFigures::lbpEntropySeparatesFlatFromNoise()
{
    const cv::Mat1b all(128, 128, uchar(255));
    QCOMPARE(lbpEntropy(cv::Mat1b(128, 128, uchar(77)), all), 0.0);
    cv::Mat1b noise(128, 128);
    cv::randu(noise, 0, 256);
    const double entropy = lbpEntropy(noise, all);
    QVERIFY2(entropy > 2.0 && entropy <= std::log2(10.0), qPrintable(QString::number(entropy)));
}

void TestRealismFigures::figureRangePercentiles()
{
    const FigureRange range = figureRange({10, 0, 5, 1, 9, 2, 8, 3, 7, 4, 6});
    QCOMPARE(range.count, 11);
    QCOMPARE(range.median, 5.0);
    QCOMPARE(range.low, 1.0);
    QCOMPARE(range.high, 9.0);
    QCOMPARE(figureRange({}).count, 0);
}

void TestRealismFigures::tableComparesWithReference()
{
    MeasuredImages reference{QStringLiteral("real"), {}, 0, {}, {}, {}};
    for (const int level : {60, 80, 100, 120, 140}) {
        const QRgb grey = qRgb(level, level, level);
        auto figures = measureImage(stripedParcel({grey, grey, grey}));
        QVERIFY(figures);
        reference.images.append(*figures);
    }
    MeasuredImages ours{QStringLiteral("ours"), QStringLiteral("grey"), 1, {reference.images[2]}, {}, {}};
    const QList<FigureComparison> comparisons = compareFigures(ours, reference);
    QCOMPARE(comparisons.first().figure, QStringLiteral("dark share (luma < 0.5)"));
    QCOMPARE(comparisons[1].figure, QStringLiteral("median attenuation -ln(luma)"));
    QVERIFY(comparisons[1].inside());
    QVERIFY(!comparisons.last().comparable()); // colour figures of grey images
    ours.images = {reference.images[0]};
    QVERIFY(!compareFigures(ours, reference)[1].inside()); // darker than the 10th percentile
    const QString table = realismTable({ours}, {reference});
    QVERIFY2(table.contains(QLatin1String("reference real: 5 images (0 colour)")), qPrintable(table));
    QVERIFY2(table.contains(QLatin1String("ours, grey mode: 1 images of 1 scans")), qPrintable(table));
    QVERIFY2(table.contains(QLatin1String("real 10-90%")), qPrintable(table));
    QVERIFY2(!table.contains(QLatin1String("distinct colours")), qPrintable(table));
}

void TestRealismFigures::truncatedPngIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.png"));
    QImage image(64, 64, QImage::Format_Grayscale8);
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x)
            image.scanLine(y)[x] = uchar((x * 7 + y * 13) % 256);
    }
    QVERIFY(image.save(path, "PNG", 0));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    auto loaded = loadReferenceImage(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(QLatin1String("cut.png")), qPrintable(loaded.error().message));
    auto measured = measureReferenceFolder(dir.path());
    QVERIFY(!measured);
    QVERIFY2(measured.error().message.contains(QLatin1String("cut.png: cannot read the image")),
             qPrintable(measured.error().message));
}

void TestRealismFigures::emptyFolderIsAnError()
{
    QTemporaryDir dir;
    auto files = referenceImageFiles(dir.path());
    QVERIFY(!files);
    QVERIFY2(files.error().message.contains(QLatin1String("no PNG, JPEG, TIFF or DICOM")),
             qPrintable(files.error().message));
    QCOMPARE(referenceImageFiles(dir.filePath(QStringLiteral("missing"))).error().code, ErrorCode::NotFound);
    auto set = measureImageSet(dir.path(), {ViewModes::find(QStringLiteral("grey"))});
    QVERIFY(!set);
}

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), qint64(text.size()));
}

QByteArray vocAnnotation(const char *image, const char *box)
{
    return QByteArray("<annotation><filename>") + image
        + "</filename><size><width>300</width><height>200</height><depth>1</depth></size>"
          "<object><name>Knife</name><bndbox>"
        + box + "</bndbox></object></annotation>";
}

} // namespace

// A folder of real images called "images" beside Pascal VOC annotations, as in GDXray: the boxes
// come through the project's own importer, by image file name.
void TestRealismFigures::referenceBoxesComeFromTheDatasetsAnnotations()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("images")) && root.mkpath(QStringLiteral("annotations_voc")));
    QImage image(300, 200, QImage::Format_Grayscale8);
    image.fill(200);
    QVERIFY(image.save(root.filePath(QStringLiteral("images/bag.png"))));
    const QString images = root.filePath(QStringLiteral("images"));

    auto none = referenceThreatBoxes(images); // no annotations yet: no boxes, not an error
    QVERIFY2(none, qPrintable(none ? QString() : none.error().message));
    QVERIFY(none->isEmpty());

    writeText(root.filePath(QStringLiteral("annotations_voc/bag.xml")),
              vocAnnotation("bag.png", "<xmin>40</xmin><ymin>30</ymin><xmax>90</xmax><ymax>70</ymax>"));
    auto boxes = referenceThreatBoxes(images);
    QVERIFY2(boxes, qPrintable(boxes ? QString() : boxes.error().message));
    QCOMPARE(boxes->value(QStringLiteral("bag.png")).size(), 1);
    const QRectF box = boxes->value(QStringLiteral("bag.png")).first();
    QCOMPARE(box.toAlignedRect(), QRect(40, 30, 50, 40));

    // A power bank is "other", as in our scans: not a threat.
    writeText(root.filePath(QStringLiteral("annotations_voc/bag.xml")),
              QByteArray(vocAnnotation("bag.png", "<xmin>40</xmin><ymin>30</ymin><xmax>90</xmax><ymax>70</ymax>"))
                  .replace("Knife", "Powerbank"));
    auto others = referenceThreatBoxes(images);
    QVERIFY2(others, qPrintable(others ? QString() : others.error().message));
    QVERIFY(others->value(QStringLiteral("bag.png")).isEmpty());

    writeText(root.filePath(QStringLiteral("annotations_voc/bag.xml")),
              vocAnnotation("bag.png", "<xmin>40</xmin><ymin>30</ymin><xmax>nine</xmax>"));
    auto broken = referenceThreatBoxes(images);
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(QLatin1String("bag.xml")), qPrintable(broken.error().message));
    auto measured = measureReferenceFolder(images);
    QVERIFY(!measured);
    QVERIFY2(measured.error().message.contains(QLatin1String("annotations")), qPrintable(measured.error().message));
}

void TestRealismFigures::commandLineErrors()
{
    QTemporaryDir dir;
    const Run empty = cli({dir.path(), QStringLiteral("--reference"), dir.path()});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(dir.path() + QStringLiteral(": no PNG")), qPrintable(empty.err));
    const Run noSet = cli({dir.filePath(QStringLiteral("missing")), QStringLiteral("--reference"), dir.path()});
    QCOMPARE(noSet.exitCode, 1);
    QVERIFY2(noSet.err.contains(QLatin1String("missing: no such image set folder")), qPrintable(noSet.err));
    QCOMPARE(cli({dir.path()}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--reference"), dir.path()}).exitCode, 2);
    const Run badMode
        = cli({dir.path(), QStringLiteral("--reference"), dir.path(), QStringLiteral("--mode"), QStringLiteral("x")});
    QCOMPARE(badMode.exitCode, 2);
    QVERIFY2(badMode.err.contains(QLatin1String("--mode must be grey, material or both")), qPrintable(badMode.err));
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
}

void TestRealismFigures::rocAucCountsTiesAsHalf()
{
    QCOMPARE(rocAuc({1, 2}, {0, 1}), 0.875);
    QCOMPARE(rocAuc({3, 4}, {1, 2}), 1.0);
    QCOMPARE(rocAuc({1, 2}, {3, 4}), 0.0);
    QCOMPARE(rocAuc({}, {1}), 0.5);
}

void TestRealismFigures::patchesStayInsideTheInterior()
{
    cv::Mat1b luma(300, 300, uchar(200));
    cv::Mat1b interior(300, 300, uchar(0));
    interior(cv::Rect(10, 10, 100, 100)).setTo(255); // of the 48-pixel grid, only the square at (48, 48) fits
    const std::vector<PatchFeatures> inside = interiorPatchFeatures(luma, interior);
    QCOMPARE(int(inside.size()), 1);
    QCOMPARE(inside.front()[0], 200.0f / 255); // mean luma
    QCOMPARE(inside.front()[1], 0.0f);         // a flat square
    QCOMPARE(inside.front()[4], 1.0f);         // all flat
    QCOMPARE(int(interiorPatchFeatures(luma, cv::Mat1b(luma.size(), uchar(255))).size()), MaxPatchesPerImage);
    QVERIFY(interiorPatchFeatures(luma, cv::Mat1b(luma.size(), uchar(0))).empty());
}

void TestRealismFigures::twoSampleTestTellsOnlyDifferentImagesApart()
{
    const QList<ImagePatches> noise = noiseImages(10, 12, 1, 1);
    const QList<ImagePatches> moreNoise = noiseImages(10, 12, 1, 100);
    const QList<ImagePatches> smooth = noiseImages(10, 12, 5, 200);
    const std::optional<double> same = twoSampleAuc(noise, moreNoise);
    const std::optional<double> different = twoSampleAuc(noise, smooth);
    QVERIFY(same && different);
    QVERIFY2(*same < 0.7, qPrintable(QString::number(*same)));
    QVERIFY2(*different > 0.95, qPrintable(QString::number(*different)));
    QCOMPARE(twoSampleAuc(noise, smooth), different); // deterministic
    QVERIFY(!twoSampleAuc(noise.mid(0, 4), smooth));  // fewer images than folds
}

// Bags of noisy clutter with threats: placed in a cleared, flat patch the rings give them away;
// placed among the clutter like anything else they do not.
void TestRealismFigures::contextLeakageFindsThreatsKeptInEmptySpace()
{
    constexpr int Reach = RingGap + RingWidth;
    QList<ContextRings> cleared, amongClutter;
    for (int i = 0; i < 12; ++i) {
        cv::Mat1f noise(300, 300);
        cv::RNG random{uint64(10 + i)};
        random.fill(noise, cv::RNG::NORMAL, 110.0, 25.0);
        cv::Mat1b bag;
        noise.convertTo(bag, CV_8U);
        const cv::Mat1b object(bag.size(), uchar(255));
        const QList<cv::Rect> threats{cv::Rect(60 + 10 * i, 80, 40, 30), cv::Rect(170, 180 - 5 * i, 30, 40)};
        amongClutter.append(contextRings(bag, object, threats, uint64(i + 1)));
        cv::Mat1b clearedBag = bag.clone();
        for (const cv::Rect &threat : threats)
            clearedBag(
                cv::Rect(threat.x - Reach, threat.y - Reach, threat.width + 2 * Reach, threat.height + 2 * Reach))
                .setTo(200);
        cleared.append(contextRings(clearedBag, object, threats, uint64(i + 1)));
        QCOMPARE(int(cleared.last().threats.size()), 2);
        QCOMPARE(int(cleared.last().elsewhere.size()), 2 * RingsElsewherePerThreat);
    }
    const std::optional<double> leaking = contextLeakageAuc(cleared);
    const std::optional<double> fair = contextLeakageAuc(amongClutter);
    QVERIFY(leaking && fair);
    QVERIFY2(*leaking > 0.95, qPrintable(QString::number(*leaking)));
    QVERIFY2(*fair < 0.7, qPrintable(QString::number(*fair)));
    QVERIFY(!contextLeakageAuc(cleared.mid(0, 3)));
    const std::optional<AucWithInterval> withInterval = contextLeakageAucWithInterval(amongClutter);
    QVERIFY(withInterval);
    QCOMPARE(withInterval->auc, *fair);
    QVERIFY(withInterval->low <= withInterval->auc && withInterval->auc <= withInterval->high);
}

// Threats at the bag's edge, among the same clutter as everywhere: their rings reach onto the
// white belt, which is not the bag's clutter and must not give them away. A threat whose ring
// lies mostly off the bag has nothing round it to measure and is left out.
void TestRealismFigures::contextRingsSeeOnlyTheObject()
{
    const cv::Rect bagArea(20, 20, 260, 260);
    QList<ContextRings> atTheEdge;
    for (int i = 0; i < 12; ++i) {
        cv::Mat1f noise(300, 300);
        cv::RNG random{uint64(40 + i)};
        random.fill(noise, cv::RNG::NORMAL, 110.0, 25.0);
        cv::Mat1b belt(300, 300, uchar(255));
        noise(bagArea).convertTo(belt(bagArea), CV_8U);
        cv::Mat1b object(belt.size(), uchar(0));
        object(bagArea).setTo(255);
        const QList<cv::Rect> threats{cv::Rect(bagArea.x, 60 + 10 * i, 40, 30),
                                      cv::Rect(140 - 5 * i, bagArea.br().y - 40, 30, 40)};
        atTheEdge.append(contextRings(belt, object, threats, uint64(i + 1)));
        QCOMPARE(int(atTheEdge.last().threats.size()), 2);
    }
    const std::optional<double> auc = contextLeakageAuc(atTheEdge);
    QVERIFY(auc);
    QVERIFY2(*auc < 0.7, qPrintable(QString::number(*auc)));

    cv::Mat1b luma(300, 300, uchar(120));
    cv::Mat1b object(luma.size(), uchar(0));
    object(cv::Rect(100, 100, 150, 150)).setTo(255);
    const ContextRings offTheBag = contextRings(luma, object, {cv::Rect(60, 60, 40, 40)}, 1);
    QVERIFY(offTheBag.threats.empty());
    QVERIFY(offTheBag.elsewhere.empty());
}

// The bootstrap interval holds the AUC, and more images narrow it.
void TestRealismFigures::twoSampleIntervalNarrowsWithMoreImages()
{
    const QList<ImagePatches> noise = noiseImages(40, 12, 1, 1);
    const QList<ImagePatches> noisier = noiseImages(40, 13, 1, 300);
    const std::optional<AucWithInterval> few = twoSampleAucWithInterval(noise.mid(0, 8), noisier.mid(0, 8));
    const std::optional<AucWithInterval> many = twoSampleAucWithInterval(noise, noisier);
    QVERIFY(few && many);
    QCOMPARE(many->auc, *twoSampleAuc(noise, noisier));
    for (const AucWithInterval &interval : {*few, *many})
        QVERIFY(interval.low <= interval.auc && interval.auc <= interval.high);
    QVERIFY2(
        many->high - many->low < few->high - few->low,
        qPrintable(QStringLiteral("%1-%2 against %3-%4").arg(many->low).arg(many->high).arg(few->low).arg(few->high)));
}

QTEST_GUILESS_MAIN(TestRealismFigures)
#include "tst_realismfigures.moc"
