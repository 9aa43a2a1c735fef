#!/usr/bin/env python3
"""Checks a merged speaker index for rows that researchers could not trust.

Reads `quoth speakers --library --format jsonl FILES...` output and prints:
- non-source rows: names that are transcript labels (Q, A), questions (`Does X`), numbers or
  lone function words (`those`, `One`), as a share of all quotes (bar: <= 3%);
- bare surnames beside a full name in the same index (`Obama` next to `Barack Obama`), as a
  share of all quotes and as a count of rows;
- roles opening with an adverb, a preposition or a participle (bar: <= 5% of roles); a word in
  -ly or -ing that WordNet lists as a noun for a person (`ally`, `king`) is neither.

Usage: scripts/speaker-index-checks.py SPEAKERS.jsonl [--show N]
"""
import json, os, re, sys

PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}
QUESTION = {"does", "do", "did", "should", "would", "could", "can", "is", "was", "are",
            "were", "has", "have", "had", "why", "how", "what", "who", "when", "where", "which"}
FUNCTION = {"the", "a", "an", "one", "those", "these", "this", "that", "some", "many", "most",
            "others", "other", "another", "all", "both", "each", "few", "several", "it", "there",
            "neither", "either", "none"}
OPENERS = {"in", "on", "at", "to", "for", "with", "from", "by", "after", "before", "during",
           "meanwhile", "however", "though", "although", "also", "then", "still", "now", "instead",
           "indeed", "and", "but", "or", "as", "if", "when", "while", "who", "which", "that",
           "through", "via", "like", "unlike", "among", "against", "despite", "amid", "toward", "towards",
           "over", "into", "about", "across", "around", "within", "without", "behind", "beyond",
           "upon", "per", "near", "since", "until", "than"}
ROLE_ING = {"acting", "managing", "leading", "founding", "ranking", "sitting", "outgoing", "incoming",
            "presiding", "visiting", "consulting", "governing", "reigning"}

# Nouns for kinds of people (WordNet, as committed for the project): `ally` and `king` end like an
# adverb or a participle but are nouns, and a role may open with them.
NOUNS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "QuothModel",
                          "Quotes", "PersonNouns.swift")
PERSON_NOUNS = {l.strip() for l in open(NOUNS_FILE, encoding="utf-8")
                if l.startswith("    ") and l.strip().isalpha()}

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
total = sum(r["quotes"] for r in rows)


def non_source(name):
    words = name.split()
    if not words:
        return True
    first = words[0].lower().strip(".,")
    return (len(name) <= 1 or name[0].isdigit() or (first in QUESTION and words[0][0].isupper())
            or (len(words) == 1 and (first in FUNCTION or first in PRONOUNS)))


bad = [r for r in rows if non_source(r["name"])]
people = [r for r in rows if r["kind"] == "person"]
full_last = {}
for r in people:
    w = r["name"].split()
    if len(w) >= 2:
        full_last.setdefault(w[-1].lower(), []).append(r["name"])
bare = [r for r in people if len(r["name"].split()) == 1 and r["name"].lower() in full_last]
roles = [role for r in rows for role in r.get("roles", [])]


def bad_role(role):
    first = role.split()[0].lower() if role.split() else ""
    noun = first in PERSON_NOUNS
    return first in OPENERS or (first.endswith("ly") and len(first) > 3 and not noun) or (
        first.endswith("ing") and first not in ROLE_ING and not noun)


bad_roles = [x for x in roles if bad_role(x)]
print(f"rows {len(rows)}, quotes {total}")
print(f"non-source rows: {len(bad)} rows, {sum(r['quotes'] for r in bad) / total:.1%} of quotes")
print(f"bare surnames beside a full name: {len(bare)} rows, {sum(r['quotes'] for r in bare) / total:.1%} of quotes")
print(f"roles opening with adverb/preposition/participle: {len(bad_roles)}/{len(roles)} = "
      f"{len(bad_roles) / max(1, len(roles)):.1%}")
for label, items in (("non-source", [r["name"] for r in bad]), ("bare", [r["name"] for r in bare]),
                     ("role", bad_roles)):
    for x in items[:show]:
        print(f"  {label}: {x}")
