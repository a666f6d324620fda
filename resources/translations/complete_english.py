#!/usr/bin/env python3
"""Completes balise_en.ts after lupdate: Balise's source strings are English, so every entry that is
not a plural takes its source text as translation. Plural entries (numerus="yes") need their two
English forms written by hand; this script lists those still empty and exits 1 if there are any."""
import re
import sys
from pathlib import Path

path = Path(__file__).with_name("balise_en.ts")
text = path.read_text(encoding="utf-8")

# A message's texts hold no '<' (lupdate escapes it), so [^<]* never runs into the next message.
singular = re.compile(
    r'(<message>\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
    r'<translation type="unfinished">[^<]*</translation>')
text, filled = singular.subn(lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text)
path.write_text(text, encoding="utf-8")

missing = re.findall(r'<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*'
                     r'(?:<comment>[^<]*</comment>\s*)?<translation type="unfinished">', text)
print(f"{filled} entries completed from their source text")
for source in missing:
    print(f"plural forms to write by hand: {source}")
sys.exit(1 if missing else 0)
