// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ViewRenderer.h"

#include "enhance/LocalContrastLuts.h"
#include "enhance/PipelineParameters.h"

#include <QOpenGLFunctions_3_3_Core>
#include <QOpenGLShaderProgram>
#include <QRect>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace pen::gui {

/// The enhancement pipeline in OpenGL 3.3 core shaders: the GPU twin of pen::EnhancementPipeline,
/// which it matches to within rounding (tests/viewer/tst_glpipelinerenderer). The view's channels
/// are uploaded once as 16-bit integer textures (colour views as 8-bit RGB), in tiles no larger
/// than the GL texture limit that overlap by one pixel so that 3×3 neighbourhoods read across tile
/// borders. A settings change only updates uniforms and lookup textures; the next paint() runs the
/// pipeline once per tile into an 8-bit texture of the view's resolution, which paint() then draws
/// at any zoom (nearest, or linear with mipmaps). GL thread only, with the context current.
class GlPipelineRenderer final : public ViewRenderer, protected QOpenGLFunctions_3_3_Core {
public:
    GlPipelineRenderer();
    ~GlPipelineRenderer() override;

    bool initialize() override;
    void setView(const ScanView *view, const MaterialBands *bands) override;
    void setSettings(const DisplaySettings &settings) override;
    void paint(const QMatrix4x4 &imageToClip, bool nearest) override;
    void release() override;
    QString error() const override { return m_error; }

    /// Uses textures of at most pixels on a side (as if GL_MAX_TEXTURE_SIZE were that); 0 restores
    /// the GL limit. Applies from the next setView(). For tests of the tiling.
    void setMaxTextureSize(int pixels) { m_forcedTextureSize = pixels; }
    int tileCount() const { return int(m_tiles.size()); }
    /// Runs the pipeline into the tiles' textures if the view or settings changed since the last
    /// run (paint() calls it); exposed so that benchmarks can time it alone.
    void process();

private:
    struct Tile {
        QRect core;             ///< the pixels this tile shows, image coordinates
        QRect source;           ///< core plus the margin, clipped to the image: what its textures hold
        GLuint low = 0;         ///< R16UI (colour views: RGB8UI)
        GLuint high = 0;        ///< R16UI; the low texture again for single-energy views
        GLuint output = 0;      ///< RGBA8, core-sized, mipmapped on demand
        GLuint framebuffer = 0;
    };

    bool buildPrograms();
    void createLookupTextures();
    void uploadTiles();
    void uploadBandTable();
    void updateLocalContrast();
    void uploadToneTable();
    void freeTiles();
    void setPipelineUniforms();
    void setIntegerVector(const char *name, const QPoint &value);
    void processTile(const Tile &tile);
    void drawTile(const Tile &tile, bool nearest);
    GLuint createTexture(GLenum filter);
    int textureLimit() const;

    std::unique_ptr<QOpenGLShaderProgram> m_pipeline;
    std::unique_ptr<QOpenGLShaderProgram> m_display;
    GLuint m_vao = 0;
    GLuint m_attenuation = 0;   ///< AttenuationLut, 256 × 256 R32F
    GLuint m_bandTable = 0;     ///< MaterialBandTable, Size × 1 RG32F
    GLuint m_contrastLuts = 0;  ///< LocalContrastLuts, Bins × tiles R32F
    GLuint m_tones = 0;         ///< ToneTable, Levels × RowCount RGBA8
    std::vector<Tile> m_tiles;
    int m_maxTextureSize = 0;
    int m_forcedTextureSize = 0;
    bool m_initialized = false;

    const ScanView *m_view = nullptr;
    const MaterialBands *m_bands = nullptr;
    DisplaySettings m_settings;
    PipelineParameters m_parameters;
    std::optional<TileHistograms> m_histograms;  ///< for the signal weights and window below
    std::array<float, 4> m_histogramKey{};       ///< low weight, high weight, window low, window width
    double m_lutClip = -1;                       ///< clip limit of the uploaded LUTs; < 0: none
    std::optional<std::pair<DisplaySettings::Channel, SignalRange>> m_range; ///< autoWindow cache
    bool m_dirty = true;
    bool m_mipmapsDirty = true;
    QString m_error;
};

} // namespace pen::gui
