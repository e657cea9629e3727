#!/usr/bin/env python3
"""Fills unfinished entries of the .ts catalogues from a Python dictionary file.

Usage: scripts/fill-translations.py DICT.py
DICT.py defines DE (source -> German), DE_N (source -> (singular, plural)) and EN_N
(English plural forms for numerus entries). Entries already translated are kept.
"""
import runpy, sys, xml.etree.ElementTree as ET

def fill(path, single, plural):
    tree = ET.parse(path)
    missing = []
    for m in tree.getroot().iter('message'):
        src = m.find('source').text
        tr = m.find('translation')
        if tr.get('type') != 'unfinished' and (tr.text or list(tr)):
            continue
        if m.get('numerus') == 'yes':
            forms = plural.get(src)
            if not forms:
                missing.append(src)
                continue
            for f in list(tr):
                tr.remove(f)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, 'numerusform').text = f
            tr.attrib.pop('type', None)
        elif single is not None:
            if src not in single:
                missing.append(src)
                continue
            tr.text = single[src]
            tr.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = open(path, encoding='utf-8').read().replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    open(path, 'w', encoding='utf-8').write(text if text.endswith('\n') else text + '\n')
    return missing

d = runpy.run_path(sys.argv[1])
print('de missing:', fill('translations/stargate_de.ts', d.get('DE', {}), d.get('DE_N', {})))
print('en missing:', fill('translations/stargate_en.ts', None, d.get('EN_N', {})))
