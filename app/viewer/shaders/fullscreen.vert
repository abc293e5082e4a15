#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// One triangle that covers the viewport: the pipeline pass writes every pixel of a tile once.
void main()
{
    const vec2 corners[3] = vec2[3](vec2(-1.0, -1.0), vec2(3.0, -1.0), vec2(-1.0, 3.0));
    gl_Position = vec4(corners[gl_VertexID], 0.0, 1.0);
}
