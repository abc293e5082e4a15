#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// The picture as the CPU pipeline rendered it.
in vec2 texCoord;
uniform sampler2D picture;
out vec4 fragColour;

void main()
{
    fragColour = vec4(texture(picture, texCoord).rgb, 1.0);
}
