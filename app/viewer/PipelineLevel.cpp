// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "PipelineLevel.h"

#include <array>

namespace pen::gui {
namespace {

GLuint newTexture(QOpenGLFunctions_3_3_Core &gl)
{
    GLuint texture = 0;
    gl.glGenTextures(1, &texture);
    gl.glBindTexture(GL_TEXTURE_2D, texture);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return texture;
}

GLuint uploadTexture(QOpenGLFunctions_3_3_Core &gl, const QRect &source, const void *pixels, GLenum internal,
                     GLenum format, GLenum type)
{
    const GLuint texture = newTexture(gl);
    gl.glPixelStorei(GL_UNPACK_SKIP_PIXELS, source.x());
    gl.glPixelStorei(GL_UNPACK_SKIP_ROWS, source.y());
    gl.glTexImage2D(GL_TEXTURE_2D, 0, GLint(internal), source.width(), source.height(), 0, format, type, pixels);
    return texture;
}

} // namespace

void PipelineLevel::upload(QOpenGLFunctions_3_3_Core &gl, int index, const ScanView &pixels, int textureLimit,
                           int chunkSize)
{
    m_index = index;
    m_size = QSize(pixels.width, pixels.height);
    const int core = std::max(1, textureLimit - 2 * Margin);
    const bool colour = pixels.kind == ViewKind::Colour;
    gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    gl.glPixelStorei(GL_UNPACK_ROW_LENGTH, pixels.width);
    for (int y = 0; y < pixels.height; y += core) {
        for (int x = 0; x < pixels.width; x += core) {
            SourceTile tile;
            tile.core = QRect(x, y, std::min(core, pixels.width - x), std::min(core, pixels.height - y));
            tile.source = tile.core.adjusted(-Margin, -Margin, Margin, Margin) & QRect(QPoint(), m_size);
            if (colour) {
                tile.low = uploadTexture(gl, tile.source, pixels.colour.rgb.data(), GL_RGB8UI, GL_RGB_INTEGER,
                                         GL_UNSIGNED_BYTE);
            } else {
                tile.low = uploadTexture(gl, tile.source, pixels.channels.front().pixels.data(), GL_R16UI,
                                         GL_RED_INTEGER, GL_UNSIGNED_SHORT);
                if (pixels.channels.size() > 1)
                    tile.high = uploadTexture(gl, tile.source, pixels.channels.back().pixels.data(), GL_R16UI,
                                              GL_RED_INTEGER, GL_UNSIGNED_SHORT);
            }
            m_tiles.push_back(tile);
            addChunks(int(m_tiles.size()) - 1, chunkSize);
        }
    }
    gl.glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    gl.glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
    gl.glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
    gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
}

void PipelineLevel::addChunks(int tile, int chunkSize)
{
    const QRect core = m_tiles[size_t(tile)].core;
    for (int y = core.top(); y <= core.bottom(); y += chunkSize) {
        for (int x = core.left(); x <= core.right(); x += chunkSize) {
            Chunk chunk;
            chunk.rect
                = QRect(x, y, std::min(chunkSize, core.right() + 1 - x), std::min(chunkSize, core.bottom() + 1 - y));
            chunk.tile = tile;
            m_chunks.push_back(chunk);
        }
    }
}

std::vector<PipelineLevel::Chunk *> PipelineLevel::chunksIn(const QRect &rect)
{
    std::vector<Chunk *> found;
    for (Chunk &chunk : m_chunks) {
        if (chunk.rect.intersects(rect))
            found.push_back(&chunk);
    }
    return found;
}

qint64 PipelineLevel::allocateOutput(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk)
{
    if (chunk.output)
        return 0;
    chunk.output = newTexture(gl);
    gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, chunk.rect.width(), chunk.rect.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE,
                    nullptr);
    gl.glGenFramebuffers(1, &chunk.framebuffer);
    gl.glBindFramebuffer(GL_DRAW_FRAMEBUFFER, chunk.framebuffer);
    gl.glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, chunk.output, 0);
    chunk.generation = 0;
    chunk.mipmapLevels = 0;
    return qint64(chunk.rect.width()) * chunk.rect.height();
}

void PipelineLevel::allocateScan(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk)
{
    if (chunk.scan)
        return;
    const QSize size = chunk.rect.size();
    chunk.scan = newTexture(gl);
    gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, size.width(), size.height(), 0, GL_RGBA, GL_FLOAT, nullptr);
    chunk.codes = newTexture(gl);
    gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8UI, size.width(), size.height(), 0, GL_RG_INTEGER, GL_UNSIGNED_BYTE,
                    nullptr);
    gl.glGenFramebuffers(1, &chunk.scanFramebuffer);
    gl.glBindFramebuffer(GL_DRAW_FRAMEBUFFER, chunk.scanFramebuffer);
    gl.glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, chunk.scan, 0);
    gl.glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D, chunk.codes, 0);
    const std::array<GLenum, 2> buffers{GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
    gl.glDrawBuffers(GLsizei(buffers.size()), buffers.data());
    chunk.scanned = false;
}

qint64 PipelineLevel::freeOutput(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk)
{
    if (chunk.scan) {
        const std::array<GLuint, 2> textures{chunk.scan, chunk.codes};
        gl.glDeleteTextures(GLsizei(textures.size()), textures.data());
        gl.glDeleteFramebuffers(1, &chunk.scanFramebuffer);
        chunk.scan = chunk.codes = chunk.scanFramebuffer = 0;
        chunk.scanned = false;
    }
    if (!chunk.output)
        return 0;
    gl.glDeleteTextures(1, &chunk.output);
    gl.glDeleteFramebuffers(1, &chunk.framebuffer);
    chunk.output = 0;
    chunk.framebuffer = 0;
    chunk.generation = 0;
    return qint64(chunk.rect.width()) * chunk.rect.height();
}

void PipelineLevel::release(QOpenGLFunctions_3_3_Core &gl)
{
    for (Chunk &chunk : m_chunks)
        freeOutput(gl, chunk);
    for (const SourceTile &tile : m_tiles) {
        const std::array<GLuint, 2> textures{tile.low, tile.high};
        gl.glDeleteTextures(tile.high ? 2 : 1, textures.data());
    }
    m_tiles.clear();
    m_chunks.clear();
}

} // namespace pen::gui
