// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TextureViewRenderer.h"

#include "enhance/EnhancementPipeline.h"

#include <QCoreApplication>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QOpenGLTexture>

#include <array>

namespace pen::gui {
TextureViewRenderer::TextureViewRenderer() : m_corners(QOpenGLBuffer::VertexBuffer) {}

TextureViewRenderer::~TextureViewRenderer() = default;

QImage TextureViewRenderer::picture(const ScanView &view, const MaterialBands *bands, const DisplaySettings &settings)
{
    if (!view.hasPixels())
        return {};
    const Expected<QImage> image = EnhancementPipeline::render(view, bands, settings);
    return image ? *image : QImage();
}

bool TextureViewRenderer::initialize()
{
    const auto fail = [this](const QString &what) {
        m_error = QCoreApplication::translate("pen::gui::TextureViewRenderer", "The image shader failed: %1").arg(what);
        return false;
    };
    if (!m_program.addShaderFromSourceFile(QOpenGLShader::Vertex, QStringLiteral(":/viewer/texture/texture.vert"))
        || !m_program.addShaderFromSourceFile(QOpenGLShader::Fragment, QStringLiteral(":/viewer/texture/texture.frag"))
        || !m_program.link())
        return fail(m_program.log());
    static constexpr std::array<float, 8> corners = {0, 0, 1, 0, 0, 1, 1, 1};
    if (!m_vao.create() || !m_corners.create())
        return fail(QStringLiteral("no vertex array or buffer"));
    QOpenGLVertexArrayObject::Binder binder(&m_vao);
    m_corners.bind();
    m_corners.allocate(corners.data(), int(sizeof(corners)));
    m_program.enableAttributeArray(0);
    m_program.setAttributeBuffer(0, GL_FLOAT, 0, 2);
    m_corners.release();
    m_ready = true;
    upload();
    return true;
}

void TextureViewRenderer::setView(const ScanView *view, const MaterialBands *bands)
{
    m_view = view;
    m_bands = bands;
    upload();
}

void TextureViewRenderer::setSettings(const DisplaySettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    upload();
}

void TextureViewRenderer::upload()
{
    if (!m_ready)
        return;
    m_texture.reset();
    if (!m_view)
        return;
    QImage image = picture(*m_view, m_bands, m_settings);
    if (image.isNull())
        return;
    GLint maxSize = 0;
    QOpenGLContext::currentContext()->functions()->glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSize);
    if (maxSize > 0 && (image.width() > maxSize || image.height() > maxSize))
        image = image.scaled(maxSize, maxSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_texture = std::make_unique<QOpenGLTexture>(image.convertToFormat(QImage::Format_RGBA8888),
                                                 QOpenGLTexture::DontGenerateMipMaps);
    m_texture->setWrapMode(QOpenGLTexture::ClampToEdge);
}

void TextureViewRenderer::paint(const QMatrix4x4 &imageToClip, bool nearest)
{
    if (!m_ready || !m_texture || !m_view)
        return;
    const auto filter = nearest ? QOpenGLTexture::Nearest : QOpenGLTexture::Linear;
    m_texture->setMinMagFilters(filter, filter);
    m_program.bind();
    m_program.setUniformValue("imageToClip", imageToClip);
    m_program.setUniformValue("imageSize", QVector2D(float(m_view->width), float(m_view->height)));
    m_program.setUniformValue("picture", 0);
    m_texture->bind(0);
    QOpenGLVertexArrayObject::Binder binder(&m_vao);
    QOpenGLContext::currentContext()->functions()->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    m_texture->release(0);
    m_program.release();
}

void TextureViewRenderer::release()
{
    m_texture.reset();
    m_vao.destroy();
    m_corners.destroy();
    m_program.removeAllShaders();
    m_ready = false;
}

} // namespace pen::gui
