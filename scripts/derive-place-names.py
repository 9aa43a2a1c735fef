#!/usr/bin/env python3
"""Derives quoth's list of place names from WordNet (Debian package wordnet-base).

Every single-word instance of a city, a country or state, or a town (Berlin, Eritrea, Tulsa...),
lower-cased. A speaker named by one of these words alone (`Berlin backed off`) is a place
standing for its government or people: an organization, not a person. Words that are also
given names in quoth's list are left to the caller.

Usage: scripts/derive-place-names.py [/usr/share/wordnet] > Sources/QuothModel/Quotes/PlaceNames.swift
WordNet 3.0 licence: licenses/WordNet-3.0.txt.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet import print_swift, read_nouns, walk  # noqa: E402

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
synsets = read_nouns(root)


def synsets_with(*lemmas):
    """The synsets holding all of `lemmas`."""
    return [o for o, (w, _) in synsets.items() if all(x in w for x in lemmas)]


# City, country (a state or nation, in each sense) and the first sense of town: their hyponyms
# and instances.
roots = synsets_with("city", "metropolis", "urban_center") + synsets_with("country", "state", "land")
roots += synsets_with("town")[:1]
names = set()
for words, ptrs in walk(synsets, roots, {"~", "~i"}):
    if any(sym == "@i" for sym, _ in ptrs):
        names.update(w.lower() for w in words if re.fullmatch(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?", w))

print_swift(
    "derive-place-names.py", "One-word names of cities, countries and towns.", "PlaceNames",
    "The names, lower-cased, one per line.", names)
print(len(names), file=sys.stderr)
