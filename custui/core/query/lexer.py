"""Scanning the typed text: words split into quoted and unquoted segments, the head of
a condition (``-field OP``), and a value split into comma-separated items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from custui.core.query.fields import error_at

COMMAS = ",，、"
OPEN_QUOTES = {'"': '"', "“": "”"}
NEG = "-－−"


@dataclass(frozen=True)
class Seg:
    text: str
    quoted: bool
    start: int  # offset in the expression of the first character (the quote, if quoted)


def tokens(expr: str) -> Iterator[list[Seg]]:
    """Words split at white space outside quotes, each as its quoted/unquoted pieces."""
    i, n = 0, len(expr)
    while i < n:
        if expr[i].isspace():
            i += 1
            continue
        segs: list[Seg] = []
        buf: list[str] = []
        bstart = i
        while i < n and not expr[i].isspace():
            ch = expr[i]
            if ch in OPEN_QUOTES:
                if buf:
                    segs.append(Seg("".join(buf), False, bstart))
                    buf = []
                close, q = OPEN_QUOTES[ch], i
                i += 1
                qbuf: list[str] = []
                while True:
                    if i >= n:
                        raise error_at("Unbalanced quote", q, f"close it with {close}", n)
                    c = expr[i]
                    if c == "\\" and i + 1 < n:
                        qbuf.append(expr[i + 1])
                        i += 2
                        continue
                    i += 1
                    if c == close:
                        break
                    qbuf.append(c)
                segs.append(Seg("".join(qbuf), True, q))
                bstart = i
            else:
                if not buf:
                    bstart = i
                buf.append(ch)
                i += 1
        if buf:
            segs.append(Seg("".join(buf), False, bstart))
        yield segs


HEAD = re.compile(
    r"(?P<neg>[-－−]?)(?P<name>[^\W\d_]\w*)"
    r"(?P<op>[!！][=＝]|[>＞][=＝]|[<＜][=＝]|[:：=＝<＜>＞≥≤≠])"
)
OP_CANON = str.maketrans({"！": "!", "＝": "=", "＞": ">", "＜": "<", "：": ":"})
OP_WIDE = {"≥": ">=", "≤": "<=", "≠": "!="}


@dataclass(frozen=True)
class Item:
    text: str
    start: int
    end: int


def split_items(segs: list[Seg], *, split: bool) -> list[Item]:
    """Comma-separated items of a value (commas inside quotes do not split)."""
    items: list[Item] = []
    parts: list[str] = []
    start: int | None = None
    end = segs[0].start if segs else 0

    def close(at: int) -> None:
        nonlocal parts, start
        items.append(Item("".join(parts), at if start is None else start, end))
        parts, start = [], None

    for seg in segs:
        if seg.quoted:
            start = seg.start if start is None else start
            parts.append(seg.text)
            end = seg.start + len(seg.text) + 2
            continue
        for k, ch in enumerate(seg.text):
            pos = seg.start + k
            if split and ch in COMMAS:
                end = pos
                close(pos)
                continue
            start = pos if start is None else start
            parts.append(ch)
            end = pos + 1
    close(end)
    return items
