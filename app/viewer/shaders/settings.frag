#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// The settings pass of the enhancement pipeline for one pixel of a chunk of a pyramid level: the
// window, unsharp mask, local contrast, stripping, density band and colours on what scan.frag
// kept for the chunk (energy views), or on the colour view's pixel. The arithmetic of the CPU
// reference in core/enhance (EnergyViewPipeline, PipelineParameters, LocalContrastLuts, ToneTable,
// HueClasses), in the same order and on the same lookup tables, so that both give the same
// picture. Change one, change the other. Pixel coordinates are those of the level (the scan's at
// level 0); local contrast blends its tile LUTs at the pixel's centre in scan pixels.
//
// The mode switches below are compile-time constants: GlPipelineRenderer builds one program per
// combination it meets, defining them after the #version line, so that a mode pays only for the
// fetches and arithmetic it uses (llvmpipe runs both sides of a branch on a uniform).
uniform sampler2D uScan;     // energy views: this chunk's a_low, a_high and their 3x3 blurs (scan.frag)
uniform usampler2D uCodes;   // energy views: this chunk's class and step (scan.frag)
uniform usampler2D uColour;  // colour views: RGB
uniform sampler2D uLuts;     // LocalContrastLuts: a row of uBins per tile
uniform sampler2D uTones;    // ToneTable: a row of uToneLevels colours per colour row

uniform ivec2 uChunkOrigin;   // level pixel of this chunk's first output pixel
uniform ivec2 uSourceOrigin;  // level pixel of the colour texture's first texel
uniform int uLevelScale;      // scan pixels per level pixel along a side: 2^level
uniform ivec2 uImageSize;     // the scan's size

const int Kind = KIND;                   // 0 dual energy, 1 single energy, 2 colour
const bool Material = MATERIAL;
const int Stripping = STRIPPING;         // 0 none, 1 organic only, 2 inorganic only
const bool Classes = CLASSES;
const bool Edge = EDGE;                  // an unsharp mask: uEdgeGain > 0
const bool LocalContrast = LOCAL_CONTRAST;
const bool Density = DENSITY;
const bool Megavolt = MEGAVOLT;          // a MeV cargo view: ToneTable's MeV rows

uniform float uLowWeight;
uniform float uHighWeight;
uniform float uBaseLow;
uniform float uBaseWidth;
uniform float uWindowLow;
uniform float uInverseWidth;
uniform float uEdgeGain;
uniform float uStrippedDarkness;
uniform float uDensityMin;
uniform float uDensityMax;
uniform int uToneLevels;
uniform int uDensityRow;
uniform int uImpenetrableRow;
uniform int uFirstHueRow;
uniform float uLutLow;
uniform float uBinWidth;
uniform int uBins;
uniform ivec2 uLutTiles;
uniform int uMinChroma;
uniform ivec4 uHueBounds;  // degrees: organic from, mixed from, inorganic from, inorganic to
uniform int uFirstMevRow;

out vec4 fragColour;

const int Background = 0;
const int Organic = 1;
const int Mixed = 2;
const int Inorganic = 3;
const int Impenetrable = 4;

// PipelineParameters::darkness and ToneTable::level
int toneLevel(float signal)
{
    float darkness = clamp((signal - uWindowLow) * uInverseWidth, 0.0, 1.0);
    return int(darkness * float(uToneLevels - 1) + 0.5);
}

vec3 tone(int row, int level)
{
    return texelFetch(uTones, ivec2(level, row), 0).rgb;
}

bool strips(int c)
{
    return (Stripping == 1 && (c == Mixed || c == Inorganic)) || (Stripping == 2 && c == Organic);
}

// The centre of level pixel p in scan pixels (p + 0.5 at level 0); the last level pixel of an
// odd-sized row or column covers fewer scan pixels.
vec2 scanCentre(ivec2 p)
{
    ivec2 first = p * uLevelScale;
    ivec2 end = min(first + uLevelScale, uImageSize);
    return vec2(first + end) * 0.5;
}

// LocalContrastLuts::gridPosition, at a pixel's centre
void gridPosition(float centre, int pixels, int tiles, out int first, out float weight)
{
    float tileSize = float(pixels) / float(tiles);
    float position = clamp(centre / tileSize - 0.5, 0.0, float(tiles - 1));
    first = min(int(position), max(tiles - 2, 0));
    weight = position - float(first);
}

// LocalContrastLuts::lookup
float lutLookup(int tile, float signal)
{
    float position = clamp((signal - uLutLow) / uBinWidth, 0.0, float(uBins));
    int bin = min(int(position), uBins - 1);
    float f = position - float(bin);
    float below = bin > 0 ? texelFetch(uLuts, ivec2(bin - 1, tile), 0).r : 0.0;
    return below + f * (texelFetch(uLuts, ivec2(bin, tile), 0).r - below);
}

// LocalContrastLuts::map
float equalised(ivec2 p, float signal)
{
    int tx;
    int ty;
    float fx;
    float fy;
    vec2 centre = scanCentre(p);
    gridPosition(centre.x, uImageSize.x, uLutTiles.x, tx, fx);
    gridPosition(centre.y, uImageSize.y, uLutTiles.y, ty, fy);
    int tx1 = min(tx + 1, uLutTiles.x - 1);
    int ty1 = min(ty + 1, uLutTiles.y - 1);
    float top = lutLookup(ty * uLutTiles.x + tx, signal) * (1.0 - fx) + lutLookup(ty * uLutTiles.x + tx1, signal) * fx;
    float bottom = lutLookup(ty1 * uLutTiles.x + tx, signal) * (1.0 - fx) + lutLookup(ty1 * uLutTiles.x + tx1, signal) * fx;
    return top * (1.0 - fy) + bottom * fy;
}

// EnergyViewPipeline::renderRow and colourRow, local being the pixel's texel in the scan textures
vec3 energyPixel(ivec2 p, ivec2 local)
{
    vec4 a = texelFetch(uScan, local, 0);
    float s = uLowWeight * a.x + uHighWeight * a.y;
    if (Edge)
        s = s + uEdgeGain * (s - (uLowWeight * a.z + uHighWeight * a.w));
    if (LocalContrast)
        s = uBaseLow + equalised(p, s) * uBaseWidth;
    int step = 0;
    int c = Background;
    if (Classes) {
        uvec2 code = texelFetch(uCodes, local, 0).rg;
        c = int(code.x);
        step = int(code.y);
    }
    int level = toneLevel(s);
    bool stripped = strips(c);
    if (stripped) {
        c = Background;
        level = int(uStrippedDarkness * float(uToneLevels - 1) + 0.5);
    }
    int row = 0;
    if (Material && c == Impenetrable)
        row = uImpenetrableRow;
    else if (Material && Megavolt && !stripped)
        row = uFirstMevRow + step;
    else if (Material && c != Background)
        row = uFirstHueRow + step;
    if (Density && a.y >= uDensityMin && a.y <= uDensityMax)
        row = uDensityRow;
    return tone(row, level);
}

// HueClasses::classify, in integers
int hueClass(ivec3 c)
{
    int high = max(c.r, max(c.g, c.b));
    int chroma = high - min(c.r, min(c.g, c.b));
    if (chroma < uMinChroma)
        return Background;
    int hue;
    if (high == c.r)
        hue = 60 * (c.g - c.b) + (c.g < c.b ? 360 * chroma : 0);
    else if (high == c.g)
        hue = 120 * chroma + 60 * (c.b - c.r);
    else
        hue = 240 * chroma + 60 * (c.r - c.g);
    if (hue < uHueBounds.x * chroma || hue >= uHueBounds.w * chroma)
        return Background;
    if (hue < uHueBounds.y * chroma)
        return Organic;
    return hue < uHueBounds.z * chroma ? Mixed : Inorganic;
}

float colourComponent(int c)
{
    return tone(0, toneLevel(1.0 - float(c) / 255.0)).r;
}

vec3 colourPixel(ivec2 p)
{
    ivec3 c = ivec3(texelFetch(uColour, p - uSourceOrigin, 0).rgb);
    if (Stripping != 0 && strips(hueClass(c)))
        c = ivec3(255);
    if (!Material)
        c = ivec3((77 * c.r + 150 * c.g + 29 * c.b + 128) >> 8);
    return vec3(colourComponent(c.r), colourComponent(c.g), colourComponent(c.b));
}

void main()
{
    ivec2 local = ivec2(gl_FragCoord.xy);
    ivec2 p = uChunkOrigin + local;
    fragColour = vec4(Kind == 2 ? colourPixel(p) : energyPixel(p, local), 1.0);
}
