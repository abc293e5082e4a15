// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include "model/ScanView.h"

#include <QOpenGLFunctions_3_3_Core>
#include <QRect>

#include <vector>

namespace pen::gui {

/// One level of GlPipelineRenderer's pyramid on the GPU: a view's channels at 1/2^index of the
/// scan's resolution (see halvedView) as integer textures, and the enhancement pipeline's output in
/// chunks. The inputs are tiled by the texture limit, tiles overlapping by Margin so that
/// neighbourhoods read across tile borders; each tile's core is cut into chunks of at most
/// chunkSize × chunkSize texels, whose RGBA8 output textures (and for energy views the scan
/// textures that the settings pass reads) are created when first processed and freed by
/// freeOutput(). Coordinates are pixels of this level. GL thread only, with the context
/// current; the functions passed must belong to it.
class PipelineLevel {
public:
    static constexpr int Margin = 2; ///< MeV views' classes read 5 × 5 neighbourhoods

    struct SourceTile {
        QRect core;      ///< the pixels this tile's chunks show
        QRect source;    ///< core plus the margin, clipped to the level: what its textures hold
        GLuint low = 0;  ///< R16UI (colour views: RGB8UI)
        GLuint high = 0; ///< R16UI; 0 for single-energy and colour views
    };

    struct Chunk {
        QRect rect; ///< within its tile's core
        int tile = 0;
        GLuint output = 0; ///< RGBA8 of rect's size; 0 until first processed
        GLuint framebuffer = 0;
        GLuint scan = 0;            ///< RGBA32F of rect's size: a_low, a_high and their 3×3 blurs
        GLuint codes = 0;           ///< RG8UI of rect's size: material class and step
        GLuint scanFramebuffer = 0; ///< scan and codes as colour attachments 0 and 1
        bool scanned = false;       ///< whether scan and codes hold the scan pass's values
        quint64 generation = 0;     ///< the settings generation the output shows; 0: none
        quint64 lastUse = 0;        ///< the renderer's paint count when last drawn
        int mipmapLevels = 0;       ///< mipmap levels of the output above its base that are up to date
    };

    /// Uploads pixels (this level's view) in tiles of at most textureLimit on a side.
    void upload(QOpenGLFunctions_3_3_Core &gl, int index, const ScanView &pixels, int textureLimit, int chunkSize);
    /// Deletes every texture and framebuffer.
    void release(QOpenGLFunctions_3_3_Core &gl);

    int index() const { return m_index; }
    /// Scan pixels per level pixel along each side.
    int scale() const { return 1 << m_index; }
    QSize size() const { return m_size; }
    const std::vector<SourceTile> &tiles() const { return m_tiles; }
    std::vector<Chunk> &chunks() { return m_chunks; }

    /// The chunks that intersect rect (level pixels).
    std::vector<Chunk *> chunksIn(const QRect &rect);
    /// Creates the chunk's output texture and framebuffer if it has none; returns the texels added.
    static qint64 allocateOutput(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk);
    /// Creates the chunk's scan textures and their framebuffer if it has none (energy views).
    static void allocateScan(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk);
    /// Deletes the chunk's output and scan textures; it shows nothing until processed again.
    /// Returns the output texels freed.
    static qint64 freeOutput(QOpenGLFunctions_3_3_Core &gl, Chunk &chunk);

private:
    void addChunks(int tile, int chunkSize);

    int m_index = 0;
    QSize m_size;
    std::vector<SourceTile> m_tiles;
    std::vector<Chunk> m_chunks;
};

} // namespace pen::gui
