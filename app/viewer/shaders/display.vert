#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// One tile's rectangle, in image pixels (y down), to clip space; texture row 0 is the tile's top.
uniform mat4 uImageToClip;
uniform vec4 uRect; // x, y, width, height
out vec2 texCoord;

void main()
{
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    texCoord = corner;
    gl_Position = uImageToClip * vec4(uRect.xy + corner * uRect.zw, 0.0, 1.0);
}
