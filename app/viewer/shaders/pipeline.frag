#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// The enhancement pipeline for one pixel of a chunk of a pyramid level: the arithmetic of the CPU
// reference in core/enhance (EnergyViewPipeline, PipelineParameters, MaterialBandTable,
// MevClassTable, MevRowClassifier, LocalContrastLuts, ToneTable, HueClasses), in the same order
// and on the same lookup tables, so that both give the same picture. Change one, change the other.
// Pixel coordinates are those of the level (the scan's at level 0); 3x3 and 5x5 neighbourhoods are
// the level's, local contrast blends its tile LUTs at the pixel's centre in scan pixels.
uniform usampler2D uLow;         // energy views: low-energy channel (single energy: the channel)
uniform usampler2D uHigh;        // high-energy channel (single energy: the channel again)
uniform usampler2D uColour;      // colour views: RGB, on the same unit as uLow
uniform sampler2D uAttenuation;  // AttenuationLut, 256 x 256
uniform sampler2D uBands;        // MaterialBandTable samples: a row per curve (organic, mixed max R; references)
uniform sampler2D uLuts;         // LocalContrastLuts: a row of uBins per tile
uniform sampler2D uTones;        // ToneTable: a row of uToneLevels colours per colour row
uniform sampler2D uMevBoundaries; // MevClassTable samples: a row per class boundary (organic|mixed first)

uniform ivec2 uChunkOrigin;   // level pixel of this chunk's first output pixel
uniform ivec2 uSourceOrigin;  // level pixel of the source textures' first texel
uniform ivec2 uLevelSize;
uniform int uLevelScale;      // scan pixels per level pixel along a side: 2^level
uniform ivec2 uImageSize;     // the scan's size

uniform int uKind;  // 0 dual energy, 1 single energy, 2 colour
uniform bool uMaterial;
uniform int uStripping;  // 0 none, 1 organic only, 2 inorganic only
uniform bool uClasses;
uniform float uLowWeight;
uniform float uHighWeight;
uniform float uBaseLow;
uniform float uBaseWidth;
uniform float uWindowLow;
uniform float uInverseWidth;
uniform float uEdgeGain;
uniform bool uLocalContrast;
uniform float uStrippedDarkness;
uniform bool uDensity;
uniform float uDensityMin;
uniform float uDensityMax;
uniform int uToneLevels;
uniform int uDensityRow;
uniform int uImpenetrableRow;
uniform int uFirstHueRow;
uniform float uBandStep;
uniform int uBandSize;
uniform float uBackgroundMax;
uniform float uStarved;
uniform int uFirstReferenceCurve;
uniform int uReferenceCount;
uniform float uHueStepsPerReference;
uniform float uLutLow;
uniform float uBinWidth;
uniform int uBins;
uniform ivec2 uLutTiles;
uniform int uMinChroma;
uniform ivec4 uHueBounds;  // degrees: organic from, mixed from, inorganic from, inorganic to
uniform bool uMegavolt;    // a MeV cargo view: MevClassTable's classes and ToneTable's MeV rows
uniform int uFirstMevRow;
uniform int uMevSize;
uniform float uMevStep;
uniform float uMevOrderedFrom;
uniform float uMevStarved;
uniform float uMevQuanta;
uniform float uMevEmpty;
uniform float uMevSystematic;
uniform float uMevUncertain;
uniform float uMevEdgeRange;
uniform int uMevHatchPeriod;

out vec4 fragColour;

const int Background = 0;
const int Organic = 1;
const int Mixed = 2;
const int Inorganic = 3;
const int Impenetrable = 4;

float attenuationOf(uint value)
{
    return texelFetch(uAttenuation, ivec2(int(value & 255u), int(value >> 8u)), 0).r;
}

float lowAt(ivec2 p) { return attenuationOf(texelFetch(uLow, p - uSourceOrigin, 0).r); }
float highAt(ivec2 p) { return attenuationOf(texelFetch(uHigh, p - uSourceOrigin, 0).r); }
float signalAt(ivec2 p) { return uLowWeight * lowAt(p) + uHighWeight * highAt(p); }

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
    return (uStripping == 1 && (c == Mixed || c == Inorganic)) || (uStripping == 2 && c == Organic);
}

// MaterialBandTable::position and curveAt
float bandRatio(float aHigh, int curve)
{
    float position = clamp(aHigh / uBandStep, 0.0, float(uBandSize - 1));
    int i = min(int(position), uBandSize - 2);
    float f = position - float(i);
    float a = texelFetch(uBands, ivec2(i, curve), 0).r;
    float b = texelFetch(uBands, ivec2(i + 1, curve), 0).r;
    return a + f * (b - a);
}

// MaterialBandTable::classify
int classify(float aLow, float aHigh)
{
    if (aHigh < uBackgroundMax)
        return Background;
    if (max(aLow, aHigh) > uStarved)
        return Impenetrable;
    float ratio = aLow / aHigh;
    if (ratio <= bandRatio(aHigh, 0))
        return Organic;
    return ratio <= bandRatio(aHigh, 1) ? Mixed : Inorganic;
}

// MaterialBandTable::hueStep
int hueStep(float aLow, float aHigh)
{
    float ratio = aLow / aHigh;
    float below = bandRatio(aHigh, uFirstReferenceCurve);
    float zPosition = 0.0;
    if (ratio > below) {
        zPosition = float(uReferenceCount - 1);
        for (int k = 1; k < uReferenceCount; ++k) {
            float above = bandRatio(aHigh, uFirstReferenceCurve + k);
            if (ratio < above) {
                zPosition = float(k - 1) + (ratio - below) / (above - below);
                break;
            }
            below = above;
        }
    }
    return int(zPosition * uHueStepsPerReference + 0.5);
}

// The 3x3 means of a_low and a_high inside the level, summed column by column as the CPU does;
// their class, and for the material colours their hue step.
int neighbourhoodClass(ivec2 p, out int step)
{
    float sumLow = 0.0;
    float sumHigh = 0.0;
    int columns = 0;
    int rows = 0;
    for (int dx = -1; dx <= 1; ++dx) {
        int x = p.x + dx;
        if (x < 0 || x >= uLevelSize.x)
            continue;
        float columnLow = 0.0;
        float columnHigh = 0.0;
        rows = 0;
        for (int dy = -1; dy <= 1; ++dy) {
            int y = p.y + dy;
            if (y < 0 || y >= uLevelSize.y)
                continue;
            columnLow += lowAt(ivec2(x, y));
            columnHigh += highAt(ivec2(x, y));
            ++rows;
        }
        sumLow += columnLow;
        sumHigh += columnHigh;
        ++columns;
    }
    float n = float(rows) * float(columns);
    float aLow = sumLow / n;
    float aHigh = sumHigh / n;
    int c = classify(aLow, aHigh);
    step = 0;
    if (uMaterial && c != Background && c != Impenetrable)
        step = hueStep(aLow, aHigh);
    return c;
}

// MevClassTable::Step
const int MevOrganic = 0;
const int MevMixed = 1;
const int MevHeavy = 3;
const int MevUnclassified = 4;
const int MevHatched = 5;
const int MevRadius = 2;

// MevClassTable::classify
int mevClassify(float aLow, float aHigh, float highRange, ivec2 p, out int step)
{
    step = 0;
    if (max(aLow, aHigh) > uMevStarved)
        return Impenetrable;
    step = aHigh > uMevEmpty && (p.x + p.y) % uMevHatchPeriod == 0 ? MevHatched : MevUnclassified;
    if (aHigh < uMevOrderedFrom || highRange > uMevEdgeRange * aHigh)
        return Background;
    float ratio = aLow / aHigh;
    float poisson = (exp(aLow) + ratio * ratio * exp(aHigh)) / uMevQuanta / (aHigh * aHigh);
    float spread = sqrt(poisson + uMevSystematic * uMevSystematic);
    float position = clamp(aHigh / uMevStep, 0.0, float(uMevSize - 1));
    int i = min(int(position), uMevSize - 2);
    float weight = position - float(i);
    int found = MevHeavy;
    for (int b = 2; b >= 0; --b) {
        float below = texelFetch(uMevBoundaries, ivec2(i, b), 0).r;
        float above = texelFetch(uMevBoundaries, ivec2(i + 1, b), 0).r;
        float boundary = below + weight * (above - below);
        if (abs(ratio - boundary) < uMevUncertain * spread)
            return Background;
        if (ratio > boundary)
            found = b;
    }
    step = found;
    return found == MevOrganic ? Organic : found == MevMixed ? Mixed : Inorganic;
}

// MevRowClassifier: the means of a_low and a_high and the range of a_high over the 5x5
// neighbourhood inside the level, summed column by column as the CPU does.
int mevNeighbourhoodClass(ivec2 p, out int step)
{
    float sumLow = 0.0;
    float sumHigh = 0.0;
    float lowest = 1e30;
    float highest = 0.0;
    int columns = 0;
    int rows = 0;
    for (int dx = -MevRadius; dx <= MevRadius; ++dx) {
        int x = p.x + dx;
        if (x < 0 || x >= uLevelSize.x)
            continue;
        float columnLow = 0.0;
        float columnHigh = 0.0;
        rows = 0;
        for (int dy = -MevRadius; dy <= MevRadius; ++dy) {
            int y = p.y + dy;
            if (y < 0 || y >= uLevelSize.y)
                continue;
            float aHigh = highAt(ivec2(x, y));
            columnLow += lowAt(ivec2(x, y));
            columnHigh += aHigh;
            lowest = min(lowest, aHigh);
            highest = max(highest, aHigh);
            ++rows;
        }
        sumLow += columnLow;
        sumHigh += columnHigh;
        ++columns;
    }
    float n = float(rows) * float(columns);
    return mevClassify(sumLow / n, sumHigh / n, highest - lowest, p, step);
}

// The 3x3 binomial (1 2 1) blur of the signal inside the level, for the unsharp mask.
float blurredSignal(ivec2 p)
{
    float sum = 0.0;
    float columnWeights = 0.0;
    float rowWeights = 0.0;
    for (int dx = -1; dx <= 1; ++dx) {
        int x = p.x + dx;
        if (x < 0 || x >= uLevelSize.x)
            continue;
        float column = 0.0;
        rowWeights = 0.0;
        for (int dy = -1; dy <= 1; ++dy) {
            int y = p.y + dy;
            if (y < 0 || y >= uLevelSize.y)
                continue;
            float w = dy == 0 ? 2.0 : 1.0;
            column += w * signalAt(ivec2(x, y));
            rowWeights += w;
        }
        float w = dx == 0 ? 2.0 : 1.0;
        sum += w * column;
        columnWeights += w;
    }
    return sum / (rowWeights * columnWeights);
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

// EnergyViewPipeline::renderRow and colourRow
vec3 energyPixel(ivec2 p)
{
    float s = signalAt(p);
    if (uEdgeGain > 0.0)
        s = s + uEdgeGain * (s - blurredSignal(p));
    if (uLocalContrast)
        s = uBaseLow + equalised(p, s) * uBaseWidth;
    int step = 0;
    int c = Background;
    if (uClasses)
        c = uMegavolt ? mevNeighbourhoodClass(p, step) : neighbourhoodClass(p, step);
    int level = toneLevel(s);
    bool stripped = strips(c);
    if (stripped) {
        c = Background;
        level = int(uStrippedDarkness * float(uToneLevels - 1) + 0.5);
    }
    int row = 0;
    if (uMaterial && c == Impenetrable)
        row = uImpenetrableRow;
    else if (uMaterial && uMegavolt && !stripped)
        row = uFirstMevRow + step;
    else if (uMaterial && c != Background)
        row = uFirstHueRow + step;
    float aHigh = highAt(p);
    if (uDensity && aHigh >= uDensityMin && aHigh <= uDensityMax)
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
    if (uStripping != 0 && strips(hueClass(c)))
        c = ivec3(255);
    if (!uMaterial)
        c = ivec3((77 * c.r + 150 * c.g + 29 * c.b + 128) >> 8);
    return vec3(colourComponent(c.r), colourComponent(c.g), colourComponent(c.b));
}

void main()
{
    ivec2 p = uChunkOrigin + ivec2(gl_FragCoord.xy);
    fragColour = vec4(uKind == 2 ? colourPixel(p) : energyPixel(p), 1.0);
}
