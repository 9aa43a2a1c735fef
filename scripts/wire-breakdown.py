#!/usr/bin/env python3
"""Attributes a terminal byte stream (as kept by `WIRE_KEEP=DIR scripts/wire-bytes.sh`) to what
the bytes do: text, attribute changes (SGR), cursor moves, scrolling, erasing, and which rows
they land on (the status bar is the last row).

Usage: scripts/wire-breakdown.py ROWS FILE...
"""
import re
import sys

CSI = re.compile(rb"\x1b\[([?0-9;]*)([@-~])")


def breakdown(data: bytes, rows: int) -> dict:
    counts = {"text": 0, "sgr": 0, "move": 0, "scroll": 0, "erase": 0, "other": 0}
    status = 0  # bytes written while the cursor is on the last row (text, sgr, erase)
    row = 0
    top, bottom = 1, rows
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == 0x1B:
            match = CSI.match(data, i)
            if match:
                size = match.end() - i
                params, final = match.group(1), match.group(2)
                numbers = [int(p) if p else 0 for p in params.replace(b"?", b"").split(b";")] if params else []
                if final == b"m":
                    counts["sgr"] += size
                    status += size if row == rows else 0
                elif final in b"HfABCDEFGd":
                    counts["move"] += size
                    if final in b"Hf":
                        row = numbers[0] if numbers and numbers[0] else 1
                    elif final == b"d":
                        row = numbers[0] if numbers else 1
                    elif final == b"A":
                        row -= numbers[0] if numbers and numbers[0] else 1
                    elif final == b"B":
                        row += numbers[0] if numbers and numbers[0] else 1
                elif final == b"r":
                    counts["scroll"] += size
                    top = numbers[0] if numbers and numbers[0] else 1
                    bottom = numbers[1] if len(numbers) > 1 and numbers[1] else rows
                    row = 1
                elif final in b"LMST":
                    counts["scroll"] += size
                elif final in b"KJXP@":
                    counts["erase"] += size
                    status += size if row == rows else 0
                else:
                    counts["other"] += size
                i = match.end()
                continue
            if i + 1 < len(data) and data[i + 1] in b"78DEM":
                counts["scroll" if data[i + 1] in b"DEM" else "move"] += 2
                i += 2
                continue
            counts["other"] += 1
            i += 1
            continue
        if byte == 0x0A:
            counts["scroll"] += 1
            row = min(row + 1, bottom) if row <= bottom else min(row + 1, rows)
        elif byte == 0x0D:
            counts["move"] += 1
        elif byte in (0x0E, 0x0F):
            counts["sgr"] += 1
            status += 1 if row == rows else 0
        elif byte == 0x08:
            counts["move"] += 1
        elif byte < 0x20:
            counts["other"] += 1
        else:
            counts["text"] += 1
            status += 1 if row == rows else 0
        i += 1
    counts["status row"] = status
    counts["total"] = len(data)
    return counts


def main() -> None:
    rows = int(sys.argv[1])
    keys = ["total", "text", "sgr", "move", "scroll", "erase", "other", "status row"]
    print("".join(f"{k:>11}" for k in keys) + "  file")
    for path in sys.argv[2:]:
        with open(path, "rb") as handle:
            counts = breakdown(handle.read(), rows)
        print("".join(f"{counts[k]:>11}" for k in keys) + f"  {path.rsplit('/', 1)[-1]}")


if __name__ == "__main__":
    main()
