// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GlPipelineRenderer.h"

#include "HalvedView.h"

#include "enhance/AttenuationLut.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/HueClasses.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/MevClassTable.h"
#include "enhance/ToneTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QVector4D>

#include <algorithm>
#include <array>
#include <cmath>

namespace pen::gui {
namespace {

// A level may be a little coarser than the screen where float rounding of the matrix says so.
constexpr double ZoomTolerance = 1e-4;

int kindIndex(ViewKind kind)
{
    switch (kind) {
    case ViewKind::DualEnergy: return 0;
    case ViewKind::SingleEnergy: return 1;
    case ViewKind::Colour: return 2;
    }
    return 0;
}

} // namespace

GlPipelineRenderer::GlPipelineRenderer() = default;

GlPipelineRenderer::~GlPipelineRenderer() = default;

bool GlPipelineRenderer::initialize()
{
    if (!initializeOpenGLFunctions()) {
        m_error = QCoreApplication::translate("pen::gui::GlPipelineRenderer", "OpenGL 3.3 is not available.");
        return false;
    }
    if (!buildPrograms())
        return false;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &m_maxTextureSize);
    glGenVertexArrays(1, &m_vao);
    createLookupTextures();
    m_initialized = true;
    if (m_view)
        setView(m_view, m_bands);
    return true;
}

bool GlPipelineRenderer::buildPrograms()
{
    QFile settings(QStringLiteral(":/viewer/shaders/settings.frag"));
    if (settings.open(QIODevice::ReadOnly))
        m_settingsSource = settings.readAll();
    const QString fullscreen = QStringLiteral(":/viewer/shaders/fullscreen.vert");
    m_scanPass = buildProgram(fullscreen, QStringLiteral(":/viewer/shaders/scan.frag"));
    m_display = buildProgram(QStringLiteral(":/viewer/shaders/display.vert"),
                             QStringLiteral(":/viewer/shaders/display.frag"));
    return m_scanPass && m_display && settingsPass();
}

std::unique_ptr<QOpenGLShaderProgram> GlPipelineRenderer::buildProgram(const QString &vertex, const QString &fragment,
                                                                       const QByteArray &fragmentSource)
{
    auto program = std::make_unique<QOpenGLShaderProgram>();
    const bool fragmentBuilt = fragmentSource.isEmpty()
        ? program->addShaderFromSourceFile(QOpenGLShader::Fragment, fragment)
        : program->addShaderFromSourceCode(QOpenGLShader::Fragment, fragmentSource);
    if (program->addShaderFromSourceFile(QOpenGLShader::Vertex, vertex) && fragmentBuilt && program->link())
        return program;
    m_error = QCoreApplication::translate("pen::gui::GlPipelineRenderer", "The enhancement shaders failed: %1")
                  .arg(program->log());
    return nullptr;
}

// The settings pass's mode switches, one bit field each: which program the settings need.
int GlPipelineRenderer::settingsVariant() const
{
    const PipelineParameters &p = m_parameters;
    int variant = kindIndex(p.kind);
    variant |= int(p.materialColour) << 2;
    variant |= p.stripping << 3;
    variant |= int(p.needsClasses() && (m_bands || p.megavolt)) << 5;
    variant |= int(p.edgeGain > 0) << 6;
    variant |= int(p.localContrast && m_histograms) << 7;
    variant |= int(p.densityHighlight) << 8;
    variant |= int(p.megavolt && MevClassTable::portal()) << 9;
    return variant;
}

// settings.frag with its mode switches defined after the #version line, built on first use.
QOpenGLShaderProgram *GlPipelineRenderer::settingsPass()
{
    const int variant = settingsVariant();
    std::unique_ptr<QOpenGLShaderProgram> &program = m_settingsPasses[variant];
    if (program)
        return program.get();
    const auto flag = [variant](int bit) { return (variant >> bit) & 1 ? "true" : "false"; };
    const QByteArray defines = QStringLiteral("#define KIND %1\n#define MATERIAL %2\n#define STRIPPING %3\n"
                                              "#define CLASSES %4\n#define EDGE %5\n#define LOCAL_CONTRAST %6\n"
                                              "#define DENSITY %7\n#define MEGAVOLT %8\n")
                                   .arg(variant & 3)
                                   .arg(flag(2))
                                   .arg((variant >> 3) & 3)
                                   .arg(flag(5), flag(6), flag(7), flag(8), flag(9))
                                   .toLatin1();
    QByteArray source = m_settingsSource;
    source.insert(source.indexOf('\n') + 1, defines);
    program = buildProgram(QStringLiteral(":/viewer/shaders/fullscreen.vert"), {}, source);
    return program.get();
}

GLuint GlPipelineRenderer::createTexture(GLenum filter)
{
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GLint(filter));
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GLint(filter));
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return texture;
}

void GlPipelineRenderer::createLookupTextures()
{
    // Lookup textures are read with texelFetch only; NEAREST without mipmaps keeps them complete.
    m_attenuation = createTexture(GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, 256, 256, 0, GL_RED, GL_FLOAT, AttenuationLut::table().data());
    m_bandTable = createTexture(GL_NEAREST);
    m_contrastLuts = createTexture(GL_NEAREST);
    m_tones = createTexture(GL_NEAREST);
    // Every MeV view is classified on the default portal's table: uploaded once.
    m_mevTable = createTexture(GL_NEAREST);
    if (const MevClassTable *mev = MevClassTable::portal())
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, MevClassTable::Size, MevClassTable::BoundaryCount, 0, GL_RED, GL_FLOAT,
                     mev->samples().data());
}

int GlPipelineRenderer::textureLimit() const
{
    return m_forcedTextureSize > 0 ? std::min(m_forcedTextureSize, m_maxTextureSize) : m_maxTextureSize;
}

void GlPipelineRenderer::setView(const ScanView *view, const MaterialBands *bands)
{
    m_view = view && view->hasPixels() ? view : nullptr;
    m_bands = bands;
    m_histograms.reset();
    m_lutClip = -1;
    m_range.reset();
    if (!m_initialized)
        return;
    freeLevels();
    if (!m_view)
        return;
    uploadLevels();
    uploadBandTable();
    setSettings(m_settings);
}

// Each level is computed from the one before and uploaded at once, so that besides the view at
// most two levels are held on the CPU.
void GlPipelineRenderer::uploadLevels()
{
    const int limit = textureLimit();
    m_levels.emplace_back().upload(*this, 0, *m_view, limit, ChunkSize);
    ScanView level;
    while (m_levels.back().size().width() > ChunkSize || m_levels.back().size().height() > ChunkSize) {
        level = halvedView(m_levels.size() == 1 ? *m_view : level);
        const int index = int(m_levels.size());
        m_levels.emplace_back().upload(*this, index, level, limit, ChunkSize);
    }
}

void GlPipelineRenderer::uploadBandTable()
{
    if (!m_bands || m_view->kind != ViewKind::DualEnergy)
        return;
    const MaterialBandTable table(*m_bands);
    glBindTexture(GL_TEXTURE_2D, m_bandTable);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, MaterialBandTable::Size, MaterialBandTable::CurveCount, 0, GL_RED, GL_FLOAT,
                 table.samples().data());
    m_starvedAttenuation = table.starvedAttenuation();
}

void GlPipelineRenderer::setSettings(const DisplaySettings &settings)
{
    m_settings = settings;
    if (!m_view)
        return;
    SignalRange range;
    if (settings.autoWindow) {
        if (!m_range || m_range->first != settings.channel)
            m_range = std::pair{settings.channel, EnhancementPipeline::signalRange(*m_view, settings.channel)};
        range = m_range->second;
    }
    m_parameters = PipelineParameters::forView(*m_view, settings, m_bands != nullptr, range);
    if (m_initialized && m_parameters.localContrast)
        updateLocalContrast();
    if (m_initialized)
        uploadToneTable();
    ++m_generation;
}

void GlPipelineRenderer::uploadToneTable()
{
    const ToneTable tones(m_parameters);
    glBindTexture(GL_TEXTURE_2D, m_tones);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, ToneTable::Levels, ToneTable::RowCount, 0, GL_BGRA, GL_UNSIGNED_BYTE,
                 tones.entries().data());
}

// Histograms need a pass over the view, so they are kept until the channel or the penetration
// window changes; a new clip limit only rebuilds and uploads the LUTs.
void GlPipelineRenderer::updateLocalContrast()
{
    const PipelineParameters &p = m_parameters;
    const std::array key{p.lowWeight, p.highWeight, p.baseLow, p.baseWidth};
    if (!m_histograms || m_histogramKey != key) {
        m_histograms = TileHistograms::compute(*m_view, p.lowWeight, p.highWeight, p.baseLow, p.baseWidth);
        m_histogramKey = key;
        m_lutClip = -1;
    }
    if (m_lutClip == m_settings.localContrastClip)
        return;
    const LocalContrastLuts luts(*m_histograms, m_settings.localContrastClip);
    glBindTexture(GL_TEXTURE_2D, m_contrastLuts);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, LocalContrastLuts::Bins, luts.tilesX() * luts.tilesY(), 0, GL_RED, GL_FLOAT,
                 luts.luts().data());
    m_lutClip = m_settings.localContrastClip;
}

// QOpenGLShaderProgram sets a QPoint as a float vec2; the shaders' pixel coordinates are ivec2.
void GlPipelineRenderer::setIntegerVector(QOpenGLShaderProgram &program, const char *name, const QPoint &value)
{
    glUniform2i(program.uniformLocation(name), value.x(), value.y());
}

// What the scan pass computes depends on the view and the bands alone, never on the settings.
void GlPipelineRenderer::setScanUniforms(const PipelineLevel &level)
{
    const PipelineParameters &p = m_parameters;
    QOpenGLShaderProgram &s = *m_scanPass;
    s.setUniformValue("uLow", 0);
    s.setUniformValue("uHigh", 1);
    s.setUniformValue("uAttenuation", 2);
    s.setUniformValue("uBands", 3);
    s.setUniformValue("uMevBoundaries", 4);
    setIntegerVector(s, "uLevelSize", QPoint(level.size().width(), level.size().height()));
    s.setUniformValue("uClasses", int(p.kind == ViewKind::DualEnergy && (m_bands || p.megavolt)));
    s.setUniformValue("uBandStep", MaterialBandTable::Step);
    s.setUniformValue("uBandSize", MaterialBandTable::Size);
    s.setUniformValue("uBackgroundMax", MaterialBandTable::BackgroundMaxAttenuation);
    s.setUniformValue("uStarved", m_starvedAttenuation);
    s.setUniformValue("uFirstReferenceCurve", MaterialBandTable::FirstReferenceCurve);
    s.setUniformValue("uReferenceCount", MaterialBands::ZReferenceCount);
    s.setUniformValue("uHueStepsPerReference", MaterialBandTable::HueStepsPerReference);
    setMevUniforms();
}

// MevClassTable's constants and the portal's calibration.
void GlPipelineRenderer::setMevUniforms()
{
    QOpenGLShaderProgram &s = *m_scanPass;
    const MevClassTable *mev = MevClassTable::portal();
    s.setUniformValue("uMegavolt", int(m_parameters.megavolt && mev));
    s.setUniformValue("uMevSize", MevClassTable::Size);
    s.setUniformValue("uMevStep", MevClassTable::Step);
    s.setUniformValue("uMevOrderedFrom", mev ? mev->orderedFromAttenuation() : 0.0f);
    s.setUniformValue("uMevStarved", mev ? mev->starvedAttenuation() : 0.0f);
    s.setUniformValue("uMevQuanta", mev ? mev->neighbourhoodQuanta() : 1.0f);
    s.setUniformValue("uMevEmpty", MevClassTable::EmptyAttenuation);
    s.setUniformValue("uMevSystematic", MevClassTable::Systematic);
    s.setUniformValue("uMevUncertain", MevClassTable::Uncertain);
    s.setUniformValue("uMevEdgeRange", MevClassTable::EdgeRange);
    s.setUniformValue("uMevHatchPeriod", MevClassTable::HatchPeriod);
}

void GlPipelineRenderer::setSettingsUniforms(QOpenGLShaderProgram &s, const PipelineLevel &level)
{
    const PipelineParameters &p = m_parameters;
    s.setUniformValue("uScan", 0);
    s.setUniformValue("uCodes", 1);
    s.setUniformValue("uLuts", 2);
    s.setUniformValue("uTones", 3);
    s.setUniformValue("uColour", 4);
    setIntegerVector(s, "uImageSize", QPoint(m_view->width, m_view->height));
    s.setUniformValue("uLevelScale", level.scale());
    s.setUniformValue("uFirstMevRow", int(ToneTable::FirstMev));
    s.setUniformValue("uLowWeight", p.lowWeight);
    s.setUniformValue("uHighWeight", p.highWeight);
    s.setUniformValue("uBaseLow", p.baseLow);
    s.setUniformValue("uBaseWidth", p.baseWidth);
    s.setUniformValue("uWindowLow", p.windowLow);
    s.setUniformValue("uInverseWidth", p.inverseWidth);
    s.setUniformValue("uEdgeGain", p.edgeGain);
    s.setUniformValue("uStrippedDarkness", p.strippedDarkness);
    s.setUniformValue("uDensityMin", p.densityMin);
    s.setUniformValue("uDensityMax", p.densityMax);
    s.setUniformValue("uToneLevels", ToneTable::Levels);
    s.setUniformValue("uDensityRow", int(ToneTable::Density));
    s.setUniformValue("uImpenetrableRow", int(ToneTable::Impenetrable));
    s.setUniformValue("uFirstHueRow", int(ToneTable::FirstHue));
    s.setUniformValue("uLutLow", m_histograms ? m_histograms->low : 0.0f);
    s.setUniformValue("uBinWidth", m_histograms ? m_histograms->binWidth : 1.0f);
    s.setUniformValue("uBins", LocalContrastLuts::Bins);
    setIntegerVector(s, "uLutTiles", m_histograms ? QPoint(m_histograms->tilesX, m_histograms->tilesY) : QPoint(1, 1));
    s.setUniformValue("uMinChroma", HueClasses::MinChroma);
    glUniform4i(s.uniformLocation("uHueBounds"), HueClasses::OrganicFromDeg, HueClasses::MixedFromDeg,
                HueClasses::InorganicFromDeg, HueClasses::InorganicToDeg);
}

void GlPipelineRenderer::paint(const QMatrix4x4 &imageToClip, bool nearest)
{
    if (!m_initialized || !m_view)
        return;
    ++m_paints;
    std::array<GLint, 4> viewport{};
    glGetIntegerv(GL_VIEWPORT, viewport.data());
    PipelineLevel &level = m_levels[size_t(levelFor(imageToClip, QSize(viewport[2], viewport[3]), nearest))];
    const std::vector<PipelineLevel::Chunk *> chunks = level.chunksIn(visibleRect(imageToClip, level));
    m_lastPaint = PaintStatistics{level.index(), int(chunks.size()), 0, 0, 0};
    process(level, chunks);
    const int mipmapLevels = nearest ? 0 : minifiedLevels(imageToClip, QSize(viewport[2], viewport[3]), level);
    draw(level, chunks, imageToClip, nearest, mipmapLevels);
    freeOutputsBeyondBudget();
}

// The coarsest level whose pixels are no larger than the screen's along either axis.
int GlPipelineRenderer::levelFor(const QMatrix4x4 &imageToClip, QSize viewport, bool nearest) const
{
    if (nearest)
        return 0;
    const double zoom
        = std::max(std::abs(imageToClip(0, 0)) * viewport.width(), std::abs(imageToClip(1, 1)) * viewport.height()) / 2;
    int level = 0;
    while (level + 1 < levelCount() && zoom * double(2 << level) <= 1 + ZoomTolerance)
        ++level;
    return level;
}

// The level pixels under the viewport: its clip-space corners mapped back into the image.
QRect GlPipelineRenderer::visibleRect(const QMatrix4x4 &imageToClip, const PipelineLevel &level) const
{
    bool invertible = false;
    const QMatrix4x4 clipToImage = imageToClip.inverted(&invertible);
    if (!invertible)
        return {};
    const QRectF image = QRectF(clipToImage.map(QPointF(-1, -1)), clipToImage.map(QPointF(1, 1))).normalized();
    const double scale = level.scale();
    const QPoint first(int(std::floor(image.left() / scale)), int(std::floor(image.top() / scale)));
    const QPoint last(int(std::ceil(image.right() / scale)) - 1, int(std::ceil(image.bottom() / scale)) - 1);
    return QRect(first, last) & QRect(QPoint(), level.size());
}

void GlPipelineRenderer::process(PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks)
{
    std::vector<PipelineLevel::Chunk *> stale;
    std::copy_if(chunks.begin(), chunks.end(), std::back_inserter(stale),
                 [this](const PipelineLevel::Chunk *chunk) { return chunk->generation != m_generation; });
    if (stale.empty())
        return;
    GLint framebuffer = 0;
    std::array<GLint, 4> viewport{};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);
    glGetIntegerv(GL_VIEWPORT, viewport.data());
    // Before the lookup textures are bound: creating a texture binds it to the active unit.
    const bool energy = m_view->kind != ViewKind::Colour;
    std::vector<PipelineLevel::Chunk *> unscanned;
    for (PipelineLevel::Chunk *chunk : stale) {
        m_outputTexels += PipelineLevel::allocateOutput(*this, *chunk);
        if (energy)
            PipelineLevel::allocateScan(*this, *chunk);
        if (energy && !chunk->scanned)
            unscanned.push_back(chunk);
    }
    const bool scissor = glIsEnabled(GL_SCISSOR_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glBindVertexArray(m_vao);
    if (!unscanned.empty())
        scan(level, unscanned);
    shade(level, stale);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(framebuffer));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    if (scissor)
        glEnable(GL_SCISSOR_TEST);
}

void GlPipelineRenderer::scan(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks)
{
    m_scanPass->bind();
    setScanUniforms(level);
    const std::array lookups{m_attenuation, m_bandTable, m_mevTable};
    for (size_t unit = 0; unit < lookups.size(); ++unit) {
        glActiveTexture(GLenum(GL_TEXTURE2 + unit));
        glBindTexture(GL_TEXTURE_2D, lookups[unit]);
    }
    for (PipelineLevel::Chunk *chunk : chunks)
        scanChunk(level, *chunk);
    m_scanPass->release();
}

void GlPipelineRenderer::scanChunk(const PipelineLevel &level, PipelineLevel::Chunk &chunk)
{
    const PipelineLevel::SourceTile &tile = level.tiles()[size_t(chunk.tile)];
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, chunk.scanFramebuffer);
    glViewport(0, 0, chunk.rect.width(), chunk.rect.height());
    setIntegerVector(*m_scanPass, "uChunkOrigin", chunk.rect.topLeft());
    setIntegerVector(*m_scanPass, "uSourceOrigin", tile.source.topLeft());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, tile.low);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, tile.high ? tile.high : tile.low);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    chunk.scanned = true;
    ++m_lastPaint.chunksScanned;
}

void GlPipelineRenderer::shade(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks)
{
    QOpenGLShaderProgram *program = settingsPass();
    if (!program)
        return;
    program->bind();
    setSettingsUniforms(*program, level);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, m_contrastLuts);
    glActiveTexture(GL_TEXTURE3);
    glBindTexture(GL_TEXTURE_2D, m_tones);
    for (PipelineLevel::Chunk *chunk : chunks)
        shadeChunk(*program, level, *chunk);
    program->release();
}

void GlPipelineRenderer::shadeChunk(QOpenGLShaderProgram &program, const PipelineLevel &level,
                                    PipelineLevel::Chunk &chunk)
{
    const PipelineLevel::SourceTile &tile = level.tiles()[size_t(chunk.tile)];
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, chunk.framebuffer);
    glViewport(0, 0, chunk.rect.width(), chunk.rect.height());
    setIntegerVector(program, "uChunkOrigin", chunk.rect.topLeft());
    setIntegerVector(program, "uSourceOrigin", tile.source.topLeft());
    if (chunk.scan) {
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, chunk.scan);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, chunk.codes);
    } else {
        glActiveTexture(GL_TEXTURE4);
        glBindTexture(GL_TEXTURE_2D, tile.low);
    }
    glDrawArrays(GL_TRIANGLES, 0, 3);
    chunk.generation = m_generation;
    chunk.mipmapLevels = 0;
    ++m_lastPaint.chunksProcessed;
    m_lastPaint.texelsProcessed += qint64(chunk.rect.width()) * chunk.rect.height();
}

// Each chunk covers its level pixels' full squares of scan pixels; on the right and bottom edge
// that may reach beyond the scan by less than one level pixel (less than a screen pixel).
void GlPipelineRenderer::draw(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks,
                              const QMatrix4x4 &imageToClip, bool nearest, int mipmapLevels)
{
    m_display->bind();
    m_display->setUniformValue("uImageToClip", imageToClip);
    m_display->setUniformValue("uImage", 0);
    glBindVertexArray(m_vao);
    glActiveTexture(GL_TEXTURE0);
    const float scale = float(level.scale());
    const GLint minFilter = nearest ? GL_NEAREST : (mipmapLevels > 0 ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
    for (PipelineLevel::Chunk *chunk : chunks) {
        glBindTexture(GL_TEXTURE_2D, chunk->output);
        if (chunk->mipmapLevels < mipmapLevels) {
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, mipmapLevels);
            glGenerateMipmap(GL_TEXTURE_2D);
            chunk->mipmapLevels = mipmapLevels;
        }
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, minFilter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, nearest ? GL_NEAREST : GL_LINEAR);
        const QRect &r = chunk->rect;
        const QVector4D rect(float(r.x()), float(r.y()), float(r.width()), float(r.height()));
        m_display->setUniformValue("uRect", rect * scale);
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        chunk->lastUse = m_paints;
    }
    glBindVertexArray(0);
    m_display->release();
}

// The mipmap levels above the base that trilinear sampling reaches when the level is drawn with
// this matrix: log2 of the texels per screen pixel along the more minified axis, rounded up. The
// level chosen for the screen is minified less than 2×, so that is one level at most, and none from
// 1:1 on (sampling at LOD 0 or below reads the base alone); only the coarsest level, drawn smaller
// still, needs more. Fewer levels give the same picture and cost one glGenerateMipmap step each.
int GlPipelineRenderer::minifiedLevels(const QMatrix4x4 &imageToClip, QSize viewport, const PipelineLevel &level)
{
    const double pixelsPerTexel = level.scale()
        * std::min(std::abs(imageToClip(0, 0)) * viewport.width(), std::abs(imageToClip(1, 1)) * viewport.height()) / 2;
    if (pixelsPerTexel <= 0)
        return 0;
    const double lod = std::log2(1 / pixelsPerTexel);
    return std::clamp(int(std::ceil(lod - ZoomTolerance)), 0, int(std::log2(ChunkSize)));
}

void GlPipelineRenderer::freeOutputsBeyondBudget()
{
    if (m_outputTexels <= m_outputBudget)
        return;
    std::vector<PipelineLevel::Chunk *> unused;
    for (PipelineLevel &level : m_levels) {
        for (PipelineLevel::Chunk &chunk : level.chunks()) {
            if (chunk.output && chunk.lastUse + 1 < m_paints)
                unused.push_back(&chunk);
        }
    }
    std::sort(unused.begin(), unused.end(), [](const auto *a, const auto *b) { return a->lastUse < b->lastUse; });
    for (PipelineLevel::Chunk *chunk : unused) {
        if (m_outputTexels <= m_outputBudget)
            break;
        m_outputTexels -= PipelineLevel::freeOutput(*this, *chunk);
    }
}

void GlPipelineRenderer::freeLevels()
{
    for (PipelineLevel &level : m_levels)
        level.release(*this);
    m_levels.clear();
    m_outputTexels = 0;
}

void GlPipelineRenderer::release()
{
    if (!m_initialized)
        return;
    freeLevels();
    const std::array<GLuint, 5> textures{m_attenuation, m_bandTable, m_contrastLuts, m_tones, m_mevTable};
    glDeleteTextures(GLsizei(textures.size()), textures.data());
    glDeleteVertexArrays(1, &m_vao);
    m_vao = 0;
    m_scanPass.reset();
    m_settingsPasses.clear();
    m_display.reset();
    m_initialized = false;
}

} // namespace pen::gui
