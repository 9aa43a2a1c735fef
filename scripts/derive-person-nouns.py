#!/usr/bin/env python3
"""Derives quoth's list of person nouns from WordNet (Debian package wordnet-base).

Every single-word, lower-case noun lemma in the hyponym tree of person.n.01 (kinds of people:
senator, spokesman, economist...), instances (named people) left out. Writes Swift source
holding the words, one per line, for roles: a role is kept only when its head is one of them.

Usage: scripts/derive-person-nouns.py [/usr/share/wordnet] > Sources/QuothModel/Quotes/PersonNouns.swift
WordNet 3.0 licence: licenses/WordNet-3.0.txt.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet import print_swift, read_nouns, walk  # noqa: E402

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
synsets = read_nouns(root)

person = next(o for o, (w, _) in synsets.items() if "person" in w and "individual" in w)
lemmas = set()
for words, _ in walk(synsets, [person], {"~"}):
    lemmas.update(w for w in words if re.fullmatch(r"[a-z]+(-[a-z]+)?", w))

print_swift(
    "derive-person-nouns.py", "Nouns naming kinds of people, heads of real roles.", "PersonNouns",
    "The words, one per line.", lemmas)
print(len(lemmas), file=sys.stderr)
