#!/usr/bin/env python3
"""Fills lifeboat_de.ts / lifeboat_fr.ts from translations/tools/phrasebook.py after lupdate.

Run after `cmake --build build --target update_translations`. Entries whose source is not in
the phrasebook stay unfinished (Qt then shows English), and are listed so they can be added.
"""
import os, sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from phrasebook import PHRASES  # noqa: E402

missing = set()
for lang, index in (("de", 0), ("fr", 1)):
    path = os.path.join(here, "..", f"lifeboat_{lang}.ts")
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        entry = PHRASES.get(source)
        if entry is None:
            missing.add(source)
            continue
        text = entry[index]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # ElementTree drops the doctype lupdate writes; put it back so diffs stay small.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
for source in sorted(missing):
    print("untranslated:", repr(source))
