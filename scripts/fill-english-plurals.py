#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms that lupdate -pluralonly left unfinished.

The sources write counted words as "scan(s)"; English needs "1 scan" and "2 scans". For each
unfinished numerus message this writes the singular (every "(s)" dropped) and the plural (every
"(s)" made "s"). Irregular plurals are refused with the message named, to be written by hand.

Usage: scripts/fill-english-plurals.py translations/pentournament_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

COUNTED = re.compile(r"\((s)\)")
IRREGULAR = re.compile(r"[A-Za-z]+\((?!s\))[a-z]+\)")


def forms(source):
    if IRREGULAR.search(source):
        raise ValueError(f"write the plural of this message by hand: {source!r}")
    return COUNTED.sub("", source), COUNTED.sub(r"\1", source)


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        one, many = forms(message.findtext("source"))
        for form in list(translation):
            translation.remove(form)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
        filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: {filled} plural message(s) filled")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
