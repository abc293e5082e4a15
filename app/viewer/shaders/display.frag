#version 330 core
// SPDX-License-Identifier: GPL-3.0-or-later
// The enhanced tile as the pipeline pass left it.
in vec2 texCoord;
uniform sampler2D uImage;
out vec4 fragColour;

void main()
{
    fragColour = vec4(texture(uImage, texCoord).rgb, 1.0);
}
