#!/usr/bin/env python3
"""Runs a feed parser's test suite through `quoth list --format jsonl FILE` and scores it.

The suite is a folder of test feeds (such as Python feedparser's tests/: wellformed/, illformed/,
entities/, encoding/...). Each feed may state what that parser expects in a header comment:

    Expect:      not bozo and entries[0]['title'] == 'Item 1 title'

For every file in the folder (recursively) this checks:
- no crash: quoth exits 0 or 1 (1 is a reported bad input), never by a signal or another status;
- no hang: it ends within --timeout seconds (default 10);
- no escape byte: neither stdout nor stderr holds a C0 control other than tab, line feed and
  carriage return, DEL, or a C1 control (U+0080-U+009F);
- for the feeds whose Expect line states the first item's title, link or author (entries[0]'s
  title, title_detail.value, link, author, author_detail.name, authors[0].name): the first row's
  title, url and first author equal the stated values, compared as text. The expected value is
  made text as quoth makes it: markup dropped, entities decoded, whitespace collapsed, control
  characters removed; an author given as `Name (e-mail)` or `e-mail (Name)` is compared by its
  name, and a bare e-mail address as no author (quoth keeps names only).
The feed's own title (feed.title, compared with the `source` of the first row) is scored the
same way as a second figure, over the feeds that state one and have at least one item.

Usage: scripts/feed-suite-check.py SUITE_FOLDER [--quoth PATH] [--timeout S] [--jobs N]
                                    [--failures FILE]
"""
import argparse, ast, html.parser, json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ITEM_FIELDS = {
    ("title",): "title", ("title_detail", "value"): "title", ("link",): "link",
    ("author",): "author", ("author_detail", "name"): "author", ("authors", 0, "name"): "author",
}
FEED_FIELDS = {("title",): "title", ("title_detail", "value"): "title"}
BAD_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")


class _Text(html.parser.HTMLParser):
    """Collects the text of an HTML fragment, leaving out script and style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def collapsed(value):
    """Whitespace collapsed, controls removed."""
    value = re.sub(r"[\t\n\x0b\x0c\r \x85\u2028\u2029]+", " ", value)
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "", value).strip()


def as_text(value):
    """Markup dropped, entities decoded, whitespace collapsed, controls removed."""
    if "<" in value or "&" in value:
        parser = _Text()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    return collapsed(value)


def is_email(text):
    text = text[7:] if text.startswith("mailto:") else text
    return bool(re.fullmatch(r"[^@\s]+@[^@\s]+", text))


def author_name(value):
    """The name part of an RSS-style author, as quoth keeps it ('' for none)."""
    text = as_text(value)
    match = re.fullmatch(r"(.*)\(([^()]*)\)\s*", text)
    if match:
        outer, inner = match.group(1).strip(), match.group(2).strip()
        if is_email(outer) or not outer:
            text = inner
        elif is_email(inner):
            text = outer
    text = re.sub(r"<[^>]*>", "", text).strip()
    if text.startswith("mailto:"):
        text = text[7:]
    if is_email(text):
        return ""
    return " ".join(w for w in text.split(" ") if not is_email(w)).strip()


def constant(node):
    """The value of a string literal or a sum of them; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = constant(node.left), constant(node.right)
        return None if left is None or right is None else left + right
    return None


def access_path(node):
    """`entries[0]['title_detail'].value` -> ('entries', 0, 'title_detail', 'value')."""
    parts = []
    while True:
        if isinstance(node, ast.Subscript):
            key = node.slice
            if isinstance(key, ast.Index):  # Python < 3.9
                key = key.value
            if not isinstance(key, ast.Constant):
                return None
            parts.append(key.value)
            node = node.value
        elif isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            return tuple(reversed(parts))
        else:
            return None


def expectations(text):
    """{('item'|'feed', field): expected} from a file's Expect line."""
    match = re.search(r"^\s*Expect:\s*(.+)$", text, re.M)
    if not match:
        return {}
    try:
        tree = ast.parse(match.group(1).strip(), mode="eval")
    except SyntaxError:
        return {}
    found = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
            continue
        path, value = access_path(node.left), constant(node.comparators[0])
        if path is None or value is None:
            continue
        if path[:2] == ("entries", 0) and path[2:] in ITEM_FIELDS:
            found.setdefault(("item", ITEM_FIELDS[path[2:]]), value)
        elif path[:1] == ("feed",) and path[1:] in FEED_FIELDS:
            found.setdefault(("feed", FEED_FIELDS[path[1:]]), value)
    return found


def check(path, quoth, timeout):
    """One feed's result: a dict with crash/hang/escape flags and the field comparisons."""
    result = {"path": path, "crash": False, "hang": False, "escape": False, "item": None, "feed": None}
    try:
        done = subprocess.run([quoth, "list", "--format", "jsonl", path], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        result["hang"] = True
        return result
    result["crash"] = done.returncode not in (0, 1)
    result["escape"] = bool(BAD_BYTES.search(done.stdout) or BAD_BYTES.search(done.stderr))
    with open(path, encoding="utf-8", errors="replace") as file:
        expected = expectations(file.read())
    rows = []
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            pass
    first = rows[0] if rows else {}
    item = {key[1]: value for key, value in expected.items() if key[0] == "item"}
    if item:
        got = {"title": first.get("title") or "", "link": first.get("url") or "",
               "author": (first.get("authors") or [""])[0]}
        # A title may be HTML or plain text (that parser's value does not say which): either
        # reading is accepted.
        want = {"title": {as_text(item["title"]), collapsed(item["title"])} if "title" in item else None,
                "link": {item["link"].strip()} if "link" in item else None,
                "author": {author_name(item["author"])} if "author" in item else None}
        misses = {k: (sorted(want[k]), got[k]) for k in want if want[k] is not None and got[k] not in want[k]}
        result["item"] = misses
    feed = {key[1]: value for key, value in expected.items() if key[0] == "feed"}
    if feed and rows:
        want, got = {as_text(feed["title"]), collapsed(feed["title"])}, first.get("source") or ""
        result["feed"] = {} if got in want else {"title": (sorted(want), got)}
    return result


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("suite")
    arguments.add_argument("--quoth", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "quoth"))
    arguments.add_argument("--timeout", type=float, default=10)
    arguments.add_argument("--jobs", type=int, default=2)
    arguments.add_argument("--failures", help="write each failing feed and why to this file")
    options = arguments.parse_args()
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(options.suite)
                   for name in names if not name.endswith((".py", ".pyc")))
    with ThreadPoolExecutor(options.jobs) as pool:
        results = list(pool.map(lambda f: check(f, options.quoth, options.timeout), files))
    crashes = [r for r in results if r["crash"]]
    hangs = [r for r in results if r["hang"]]
    escapes = [r for r in results if r["escape"]]
    stated = [r for r in results if r["item"] is not None]
    passed = [r for r in stated if not r["item"]]
    feeds = [r for r in results if r["feed"] is not None]
    feeds_passed = [r for r in feeds if not r["feed"]]
    print(f"feeds run: {len(results)}")
    print(f"crashes: {len(crashes)}  hangs: {len(hangs)}  escape bytes: {len(escapes)}")
    share = 100 * len(passed) / len(stated) if stated else 0
    print(f"first item title/link/author as expected: {len(passed)} of {len(stated)} ({share:.1f}%)")
    share = 100 * len(feeds_passed) / len(feeds) if feeds else 0
    print(f"feed title as expected (feeds with items): {len(feeds_passed)} of {len(feeds)} ({share:.1f}%)")
    if options.failures:
        with open(options.failures, "w", encoding="utf-8") as out:
            for r in results:
                why = [k for k in ("crash", "hang", "escape") if r[k]]
                if why or r["item"] or r["feed"]:
                    out.write(json.dumps({"path": r["path"], "flags": why, "item": r["item"], "feed": r["feed"]},
                                         ensure_ascii=False) + "\n")
    ok = not crashes and not hangs and not escapes and (not stated or len(passed) / len(stated) >= 0.9)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
