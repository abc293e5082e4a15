// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "ViewRenderer.h"

#include <QImage>
#include <QOpenGLBuffer>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>

#include <memory>
#include <optional>

class QOpenGLTexture;

namespace pen::gui {

/// The simple renderer: the view rendered by the CPU EnhancementPipeline with the settings,
/// uploaded as one 8-bit texture and drawn as a textured quad. Every settings change renders
/// again on the CPU, so it is slower than GlPipelineRenderer on large scans but needs only the
/// plainest shaders: the fallback where the pipeline's shaders fail, and the renderer of the
/// viewer's tests. Pictures larger than the GL texture limit are shown reduced. GL thread only.
class TextureViewRenderer final : public ViewRenderer {
public:
    TextureViewRenderer();
    ~TextureViewRenderer() override;

    bool initialize() override;
    void setView(const ScanView *view, const MaterialBands *bands) override;
    void setSettings(const DisplaySettings &settings) override;
    void paint(const QMatrix4x4 &imageToClip, bool nearest) override;
    void release() override;
    QString error() const override { return m_error; }

    /// The picture this renderer shows for a view and settings; null when the view has no pixels
    /// or the pipeline cannot render it.
    static QImage picture(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings);

private:
    void upload();

    const ScanView *m_view = nullptr;
    const MaterialBands *m_bands = nullptr;
    DisplaySettings m_settings;
    QOpenGLShaderProgram m_program;
    QOpenGLBuffer m_corners;
    QOpenGLVertexArrayObject m_vao;
    std::unique_ptr<QOpenGLTexture> m_texture;
    bool m_ready = false;
    QString m_error;
};

} // namespace pen::gui
