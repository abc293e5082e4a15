#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// The scan pass of the enhancement pipeline for one pixel of a chunk of a pyramid level: what no
// display setting changes, computed once per chunk and kept in the chunk's scan textures for
// settings.frag. The arithmetic of the CPU reference in core/enhance (AttenuationLut,
// MaterialBandTable, MevClassTable, MevRowClassifier), in the same order and on the same lookup
// tables, so that both give the same picture. Change one, change the other. Pixel coordinates are
// those of the level (the scan's at level 0); 3x3 and 5x5 neighbourhoods are the level's.
uniform usampler2D uLow;         // energy views: low-energy channel (single energy: the channel)
uniform usampler2D uHigh;        // high-energy channel (single energy: the channel again)
uniform sampler2D uAttenuation;  // AttenuationLut, 256 x 256
uniform sampler2D uBands;        // MaterialBandTable samples: a row per curve (organic, mixed max R; references)
uniform sampler2D uMevBoundaries; // MevClassTable samples: a row per class boundary (organic|mixed first)

uniform ivec2 uChunkOrigin;   // level pixel of this chunk's first output pixel
uniform ivec2 uSourceOrigin;  // level pixel of the source textures' first texel
uniform ivec2 uLevelSize;

uniform bool uClasses;     // a dual-energy view with material bands or a MeV classification
uniform bool uMegavolt;    // a MeV cargo view: MevClassTable's classes
uniform float uBandStep;
uniform int uBandSize;
uniform float uBackgroundMax;
uniform float uStarved;
uniform int uFirstReferenceCurve;
uniform int uReferenceCount;
uniform float uHueStepsPerReference;
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

layout(location = 0) out vec4 attenuations; // a_low, a_high and their 3x3 binomial blurs
layout(location = 1) out uvec2 material;    // the class and its step (hue step or MeV step)

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
// their class and hue step (which only the material colours show).
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
    if (c != Background && c != Impenetrable)
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

// The 3x3 binomial (1 2 1) blurs of a_low and a_high inside the level, for the unsharp mask: the
// settings pass blurs the signal as the same weighted sum of both.
vec2 blurred(ivec2 p)
{
    vec2 sum = vec2(0.0);
    float columnWeights = 0.0;
    float rowWeights = 0.0;
    for (int dx = -1; dx <= 1; ++dx) {
        int x = p.x + dx;
        if (x < 0 || x >= uLevelSize.x)
            continue;
        vec2 column = vec2(0.0);
        rowWeights = 0.0;
        for (int dy = -1; dy <= 1; ++dy) {
            int y = p.y + dy;
            if (y < 0 || y >= uLevelSize.y)
                continue;
            float w = dy == 0 ? 2.0 : 1.0;
            column += w * vec2(lowAt(ivec2(x, y)), highAt(ivec2(x, y)));
            rowWeights += w;
        }
        float w = dx == 0 ? 2.0 : 1.0;
        sum += w * column;
        columnWeights += w;
    }
    return sum / (rowWeights * columnWeights);
}

void main()
{
    ivec2 p = uChunkOrigin + ivec2(gl_FragCoord.xy);
    attenuations = vec4(lowAt(p), highAt(p), blurred(p));
    int step = 0;
    int c = Background;
    if (uClasses)
        c = uMegavolt ? mevNeighbourhoodClass(p, step) : neighbourhoodClass(p, step);
    material = uvec2(uint(c), uint(step));
}
