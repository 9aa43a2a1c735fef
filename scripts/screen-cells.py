#!/usr/bin/env python3
"""Reads `tmux capture-pane -p -e` output on stdin and prints what each cell looks like, one row a
line, so that two captures compare by what is seen: a blank shows only its background, underline
and reverse video, and blanks at the end of a row that look like a cleared cell are dropped (tmux
prints a written space and a cleared cell differently, though they look the same).
"""
import re
import sys

SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def cells(line: str, state: dict) -> list:
    out = []
    i = 0
    while i < len(line):
        match = SGR.match(line, i)
        if match:
            params = [p for p in match.group(1).replace(":", ";").split(";")] or ["0"]
            j = 0
            while j < len(params):
                p = int(params[j] or 0)
                if p == 0:
                    state.clear()
                elif p in (38, 48) and j + 1 < len(params):
                    kind = int(params[j + 1] or 0)
                    value = params[j + 2] if kind == 5 and j + 2 < len(params) else ",".join(params[j + 2:j + 5])
                    state["fg" if p == 38 else "bg"] = f"x{value}"
                    j += 2 if kind == 5 else 4
                elif p == 39:
                    state.pop("fg", None)
                elif p == 49:
                    state.pop("bg", None)
                elif 30 <= p <= 37 or 90 <= p <= 97:
                    state["fg"] = str(p)
                elif 40 <= p <= 47 or 100 <= p <= 107:
                    state["bg"] = str(p)
                elif p in (22, 23, 24, 27):
                    for a in {22: ("1", "2"), 23: ("3",), 24: ("4",), 27: ("7",)}[p]:
                        state.pop(f"a{a}", None)
                else:
                    state[f"a{p}"] = True
                j += 1
            i = match.end()
            continue
        char = line[i]
        look = dict(state)
        if char == " ":
            look = {k: v for k, v in look.items() if k in ("bg", "a4", "a7")}
        out.append((char, tuple(sorted(look.items()))))
        i += 1
    while out and out[-1] == (" ", ()):
        out.pop()
    return out


state: dict = {}
for line in sys.stdin.read().split("\n"):
    print(repr(cells(line, state)))
