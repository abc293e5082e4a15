// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "PipelineLevel.h"
#include "ViewRenderer.h"

#include "enhance/LocalContrastLuts.h"
#include "enhance/PipelineParameters.h"

#include <QOpenGLFunctions_3_3_Core>
#include <QOpenGLShaderProgram>
#include <QRect>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace pen::gui {

/// The enhancement pipeline in OpenGL 3.3 core shaders: the GPU twin of pen::EnhancementPipeline,
/// which it matches to within rounding at 1:1 (tests/viewer/tst_glpipelinerenderer). setView()
/// uploads the view's channels once as 16-bit integer textures (colour views as 8-bit RGB) with a
/// pyramid of coarser levels beside them, level L holding the 2^L × 2^L box averages (halvedView,
/// computed on the CPU), until a level fits one chunk; every level is tiled by the GL texture limit,
/// tiles overlapping by one pixel so that 3×3 neighbourhoods read across tile borders. paint() draws
/// the level whose resolution is just at or above the screen's (level 0 from 1:1 on or with
/// nearest sampling), in chunks of ChunkSize texels, and processes only the visible chunks whose
/// output is older than the settings, in two passes. The scan pass (shaders/scan.frag) runs once
/// per chunk of an energy view, the first time the chunk is processed: it keeps in the chunk's scan
/// textures what no display setting changes (a_low, a_high, their 3×3 blurs, the material class
/// and hue or MeV step from the 3×3 or 5×5 means). The settings pass (shaders/settings.frag) reads
/// those and applies the channel weights, unsharp mask, local contrast LUTs, window, stripping,
/// density band and tone table; colour views have no scan pass, their settings pass reads the
/// pixel itself. The settings pass is built once per combination of mode switches met (view kind,
/// material colours, stripping, classes, unsharp mask, local contrast, density band, MeV), with
/// the switches as compile-time constants, so that no mode runs another's fetches. A settings change thus only updates
/// uniforms and lookup textures and marks every chunk stale; its cost comes with the next paint() as one settings pass
/// over the visible chunks, proportional to the screen, not to the scan. At coarser levels the 3×3 neighbourhoods
/// (unsharp mask, material means) are those of the level's pixels, while local contrast and auto-window keep the scan's
/// full-resolution statistics. Chunk outputs and scan textures (22 bytes a texel) are kept for reuse up to an output
/// budget, beyond which those least recently drawn are freed. GL thread only, with the context current.
class GlPipelineRenderer final : public ViewRenderer, protected QOpenGLFunctions_3_3_Core {
public:
    static constexpr int ChunkSize = 256; ///< output chunk side, texels of its level

    /// What the last paint() did.
    struct PaintStatistics {
        int level = 0; ///< the pyramid level drawn
        int chunksDrawn = 0;
        int chunksProcessed = 0;    ///< visible chunks that were stale and ran through the settings pass
        int chunksScanned = 0;      ///< of those, chunks whose scan pass ran first (new to the cache)
        qint64 texelsProcessed = 0; ///< output texels those chunks hold
    };

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
    /// Input tiles of level 0 (the full resolution).
    int tileCount() const { return m_levels.empty() ? 0 : int(m_levels.front().tiles().size()); }
    int levelCount() const { return int(m_levels.size()); }
    const PaintStatistics &lastPaint() const { return m_lastPaint; }
    /// Texels of chunk output textures held now, all levels together (4 bytes each, mipmaps aside,
    /// and for energy views 18 bytes of scan textures).
    qint64 outputTexels() const { return m_outputTexels; }
    /// Chunk outputs beyond this many texels are freed after a paint, least recently drawn first,
    /// except those drawn by the last two paints (the view and its magnifier).
    void setOutputBudget(qint64 texels) { m_outputBudget = texels; }

private:
    bool buildPrograms();
    std::unique_ptr<QOpenGLShaderProgram> buildProgram(const QString &vertex, const QString &fragment,
                                                       const QByteArray &fragmentSource = {});
    int settingsVariant() const;
    QOpenGLShaderProgram *settingsPass();
    void createLookupTextures();
    void uploadLevels();
    void uploadBandTable();
    void updateLocalContrast();
    void uploadToneTable();
    void freeLevels();
    void setScanUniforms(const PipelineLevel &level);
    void setSettingsUniforms(QOpenGLShaderProgram &s, const PipelineLevel &level);
    void setMevUniforms();
    void setIntegerVector(QOpenGLShaderProgram &program, const char *name, const QPoint &value);
    int levelFor(const QMatrix4x4 &imageToClip, QSize viewport, bool nearest) const;
    QRect visibleRect(const QMatrix4x4 &imageToClip, const PipelineLevel &level) const;
    void process(PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks);
    void scan(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks);
    void scanChunk(const PipelineLevel &level, PipelineLevel::Chunk &chunk);
    void shade(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks);
    void shadeChunk(QOpenGLShaderProgram &program, const PipelineLevel &level, PipelineLevel::Chunk &chunk);
    void draw(const PipelineLevel &level, const std::vector<PipelineLevel::Chunk *> &chunks,
              const QMatrix4x4 &imageToClip, bool nearest, int mipmapLevels);
    static int minifiedLevels(const QMatrix4x4 &imageToClip, QSize viewport, const PipelineLevel &level);
    void freeOutputsBeyondBudget();
    GLuint createTexture(GLenum filter);
    int textureLimit() const;

    std::unique_ptr<QOpenGLShaderProgram> m_scanPass;
    std::map<int, std::unique_ptr<QOpenGLShaderProgram>> m_settingsPasses; ///< by settingsVariant()
    QByteArray m_settingsSource;                                           ///< settings.frag, switches undefined
    std::unique_ptr<QOpenGLShaderProgram> m_display;
    GLuint m_vao = 0;
    GLuint m_attenuation = 0;       ///< AttenuationLut, 256 × 256 R32F
    GLuint m_bandTable = 0;         ///< MaterialBandTable, Size × CurveCount R32F
    float m_starvedAttenuation = 0; ///< the table's, a uniform
    GLuint m_contrastLuts = 0;      ///< LocalContrastLuts, Bins × tiles R32F
    GLuint m_tones = 0;             ///< ToneTable, Levels × RowCount RGBA8
    GLuint m_mevTable = 0;          ///< MevClassTable::portal(), Size × BoundaryCount R32F
    std::vector<PipelineLevel> m_levels;
    int m_maxTextureSize = 0;
    int m_forcedTextureSize = 0;
    bool m_initialized = false;

    const ScanView *m_view = nullptr;
    const MaterialBands *m_bands = nullptr;
    DisplaySettings m_settings;
    PipelineParameters m_parameters;
    std::optional<TileHistograms> m_histograms; ///< for the signal weights and window below
    std::array<float, 4> m_histogramKey{};      ///< low weight, high weight, window low, window width
    double m_lutClip = -1;                      ///< clip limit of the uploaded LUTs; < 0: none
    std::optional<std::pair<DisplaySettings::Channel, SignalRange>> m_range; ///< autoWindow cache
    quint64 m_generation = 1; ///< bumped by every settings change; chunks showing another are stale
    quint64 m_paints = 0;     ///< paint() calls, for least-recently-drawn order
    qint64 m_outputTexels = 0;
    qint64 m_outputBudget = qint64(8) << 20; ///< 32 MiB of RGBA8 (43 with mipmaps), 144 MiB of scan textures
    PaintStatistics m_lastPaint;
    QString m_error;
};

} // namespace pen::gui
