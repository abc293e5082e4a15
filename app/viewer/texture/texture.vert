#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// One image quad: corners (0..1) scaled to the image size in pixels, then to clip space.
layout(location = 0) in vec2 corner;
uniform mat4 imageToClip;
uniform vec2 imageSize;
out vec2 texCoord;

void main()
{
    texCoord = corner;
    gl_Position = imageToClip * vec4(corner * imageSize, 0.0, 1.0);
}
