// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "GlPipelineRenderer.h"

#include "enhance/AttenuationLut.h"
#include "enhance/EnhancementPipeline.h"
#include "enhance/HueClasses.h"
#include "enhance/MaterialBandTable.h"
#include "enhance/ToneTable.h"

#include <QCoreApplication>
#include <QVector4D>

#include <array>

namespace pen::gui {
namespace {

// The 3×3 neighbourhoods (material means, unsharp mask) read one pixel beyond a tile's core.
constexpr int Margin = 1;

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
    const auto build = [this](std::unique_ptr<QOpenGLShaderProgram> &program, const QString &vertex, const QString &fragment) {
        program = std::make_unique<QOpenGLShaderProgram>();
        if (program->addShaderFromSourceFile(QOpenGLShader::Vertex, vertex) &&
            program->addShaderFromSourceFile(QOpenGLShader::Fragment, fragment) && program->link())
            return true;
        m_error = QCoreApplication::translate("pen::gui::GlPipelineRenderer", "The enhancement shaders failed: %1")
                      .arg(program->log());
        return false;
    };
    return build(m_pipeline, QStringLiteral(":/viewer/shaders/fullscreen.vert"), QStringLiteral(":/viewer/shaders/pipeline.frag")) &&
           build(m_display, QStringLiteral(":/viewer/shaders/display.vert"), QStringLiteral(":/viewer/shaders/display.frag"));
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
    m_dirty = true;
    if (!m_initialized)
        return;
    freeTiles();
    if (!m_view)
        return;
    uploadTiles();
    uploadBandTable();
    setSettings(m_settings);
}

void GlPipelineRenderer::uploadTiles()
{
    const int core = std::max(1, textureLimit() - 2 * Margin);
    const bool colour = m_view->kind == ViewKind::Colour;
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, m_view->width);
    for (int y = 0; y < m_view->height; y += core) {
        for (int x = 0; x < m_view->width; x += core) {
            Tile tile;
            tile.core = QRect(x, y, std::min(core, m_view->width - x), std::min(core, m_view->height - y));
            tile.source = tile.core.adjusted(-Margin, -Margin, Margin, Margin) & QRect(0, 0, m_view->width, m_view->height);
            glPixelStorei(GL_UNPACK_SKIP_PIXELS, tile.source.x());
            glPixelStorei(GL_UNPACK_SKIP_ROWS, tile.source.y());
            const auto upload = [&](const void *pixels, GLenum internal, GLenum format, GLenum type) {
                const GLuint texture = createTexture(GL_NEAREST);
                glTexImage2D(GL_TEXTURE_2D, 0, GLint(internal), tile.source.width(), tile.source.height(), 0, format, type, pixels);
                return texture;
            };
            if (colour) {
                tile.low = upload(m_view->colour.rgb.data(), GL_RGB8UI, GL_RGB_INTEGER, GL_UNSIGNED_BYTE);
            } else {
                tile.low = upload(m_view->channels.front().pixels.data(), GL_R16UI, GL_RED_INTEGER, GL_UNSIGNED_SHORT);
                tile.high = m_view->channels.size() > 1
                                ? upload(m_view->channels.back().pixels.data(), GL_R16UI, GL_RED_INTEGER, GL_UNSIGNED_SHORT)
                                : 0;
            }
            tile.output = createTexture(GL_NEAREST);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, tile.core.width(), tile.core.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
            glGenFramebuffers(1, &tile.framebuffer);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, tile.framebuffer);
            glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tile.output, 0);
            m_tiles.push_back(tile);
        }
    }
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
    glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
}

void GlPipelineRenderer::uploadBandTable()
{
    if (!m_bands || m_view->kind != ViewKind::DualEnergy)
        return;
    const MaterialBandTable table(*m_bands);
    glBindTexture(GL_TEXTURE_2D, m_bandTable);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG32F, MaterialBandTable::Size, 1, 0, GL_RG, GL_FLOAT, table.samples().data());
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
    m_parameters = PipelineParameters::make(m_view->kind, settings, m_bands != nullptr, range);
    if (m_initialized && m_parameters.localContrast)
        updateLocalContrast();
    if (m_initialized)
        uploadToneTable();
    m_dirty = true;
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

// QOpenGLShaderProgram sets a QPoint as a float vec2; the shader's pixel coordinates are ivec2.
void GlPipelineRenderer::setIntegerVector(const char *name, const QPoint &value)
{
    glUniform2i(m_pipeline->uniformLocation(name), value.x(), value.y());
}

void GlPipelineRenderer::setPipelineUniforms()
{
    const PipelineParameters &p = m_parameters;
    QOpenGLShaderProgram &s = *m_pipeline;
    s.setUniformValue("uLow", 0);
    s.setUniformValue("uHigh", 1);
    s.setUniformValue("uColour", 0);
    s.setUniformValue("uAttenuation", 2);
    s.setUniformValue("uBands", 3);
    s.setUniformValue("uLuts", 4);
    s.setUniformValue("uTones", 5);
    setIntegerVector("uImageSize", QPoint(m_view->width, m_view->height));
    s.setUniformValue("uKind", kindIndex(p.kind));
    s.setUniformValue("uMaterial", int(p.materialColour));
    s.setUniformValue("uStripping", p.stripping);
    s.setUniformValue("uClasses", int(p.needsClasses() && m_bands));
    s.setUniformValue("uLowWeight", p.lowWeight);
    s.setUniformValue("uHighWeight", p.highWeight);
    s.setUniformValue("uBaseLow", p.baseLow);
    s.setUniformValue("uBaseWidth", p.baseWidth);
    s.setUniformValue("uWindowLow", p.windowLow);
    s.setUniformValue("uInverseWidth", p.inverseWidth);
    s.setUniformValue("uEdgeGain", p.edgeGain);
    s.setUniformValue("uLocalContrast", int(p.localContrast && m_histograms));
    s.setUniformValue("uStrippedDarkness", p.strippedDarkness);
    s.setUniformValue("uDensity", int(p.densityHighlight));
    s.setUniformValue("uDensityMin", p.densityMin);
    s.setUniformValue("uDensityMax", p.densityMax);
    s.setUniformValue("uToneLevels", ToneTable::Levels);
    s.setUniformValue("uDensityRow", int(ToneTable::Density));
    s.setUniformValue("uBandStep", MaterialBandTable::Step);
    s.setUniformValue("uBandSize", MaterialBandTable::Size);
    s.setUniformValue("uBackgroundMax", MaterialBandTable::BackgroundMaxAttenuation);
    s.setUniformValue("uImpenetrableMin", MaterialBandTable::ImpenetrableMinAttenuation);
    s.setUniformValue("uLutLow", m_histograms ? m_histograms->low : 0.0f);
    s.setUniformValue("uBinWidth", m_histograms ? m_histograms->binWidth : 1.0f);
    s.setUniformValue("uBins", LocalContrastLuts::Bins);
    setIntegerVector("uLutTiles", m_histograms ? QPoint(m_histograms->tilesX, m_histograms->tilesY) : QPoint(1, 1));
    s.setUniformValue("uMinChroma", HueClasses::MinChroma);
    glUniform4i(s.uniformLocation("uHueBounds"), HueClasses::OrganicFromDeg, HueClasses::MixedFromDeg,
                HueClasses::InorganicFromDeg, HueClasses::InorganicToDeg);
}

void GlPipelineRenderer::process()
{
    if (!m_dirty || !m_view || m_tiles.empty())
        return;
    GLint framebuffer = 0;
    std::array<GLint, 4> viewport{};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);
    glGetIntegerv(GL_VIEWPORT, viewport.data());
    const bool scissor = glIsEnabled(GL_SCISSOR_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    m_pipeline->bind();
    setPipelineUniforms();
    glBindVertexArray(m_vao);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, m_attenuation);
    glActiveTexture(GL_TEXTURE3);
    glBindTexture(GL_TEXTURE_2D, m_bandTable);
    glActiveTexture(GL_TEXTURE4);
    glBindTexture(GL_TEXTURE_2D, m_contrastLuts);
    glActiveTexture(GL_TEXTURE5);
    glBindTexture(GL_TEXTURE_2D, m_tones);
    for (const Tile &tile : m_tiles)
        processTile(tile);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(0);
    m_pipeline->release();
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(framebuffer));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    if (scissor)
        glEnable(GL_SCISSOR_TEST);
    m_dirty = false;
    m_mipmapsDirty = true;
}

void GlPipelineRenderer::processTile(const Tile &tile)
{
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, tile.framebuffer);
    glViewport(0, 0, tile.core.width(), tile.core.height());
    setIntegerVector("uTileOrigin", tile.core.topLeft());
    setIntegerVector("uSourceOrigin", tile.source.topLeft());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, tile.low);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, tile.high ? tile.high : tile.low);
    glDrawArrays(GL_TRIANGLES, 0, 3);
}

void GlPipelineRenderer::paint(const QMatrix4x4 &imageToClip, bool nearest)
{
    if (!m_initialized || !m_view)
        return;
    process();
    m_display->bind();
    m_display->setUniformValue("uImageToClip", imageToClip);
    m_display->setUniformValue("uImage", 0);
    glBindVertexArray(m_vao);
    glActiveTexture(GL_TEXTURE0);
    const bool mipmaps = !nearest && m_mipmapsDirty;
    for (const Tile &tile : m_tiles) {
        glBindTexture(GL_TEXTURE_2D, tile.output);
        if (mipmaps)
            glGenerateMipmap(GL_TEXTURE_2D);
        drawTile(tile, nearest);
    }
    m_mipmapsDirty = m_mipmapsDirty && nearest;
    glBindVertexArray(0);
    m_display->release();
}

void GlPipelineRenderer::drawTile(const Tile &tile, bool nearest)
{
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, nearest ? GL_NEAREST : GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, nearest ? GL_NEAREST : GL_LINEAR);
    m_display->setUniformValue("uRect", QVector4D(float(tile.core.x()), float(tile.core.y()), float(tile.core.width()),
                                                  float(tile.core.height())));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

void GlPipelineRenderer::freeTiles()
{
    for (const Tile &tile : m_tiles) {
        const std::array<GLuint, 4> textures{tile.low, tile.high, tile.output, 0};
        glDeleteTextures(3, textures.data());
        glDeleteFramebuffers(1, &tile.framebuffer);
    }
    m_tiles.clear();
}

void GlPipelineRenderer::release()
{
    if (!m_initialized)
        return;
    freeTiles();
    const std::array<GLuint, 4> textures{m_attenuation, m_bandTable, m_contrastLuts, m_tones};
    glDeleteTextures(GLsizei(textures.size()), textures.data());
    glDeleteVertexArrays(1, &m_vao);
    m_vao = 0;
    m_pipeline.reset();
    m_display.reset();
    m_initialized = false;
    m_dirty = true;
}

} // namespace pen::gui
