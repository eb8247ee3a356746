"""Segmenting a large text on every core: the text is cut at blank lines into one piece per worker.

A blank line always ends a sentence, and the scanner forgets everything at one (the sentence start,
the list markers), so the pieces' sentences are exactly the whole text's: tests compare the two. The
workers are forked children that inherit the text and the loaded rules, and send their sentences back
through a pipe; the parent segments the first piece meanwhile. Where fork is missing, or a child fails,
the piece is segmented in the parent: the answer never changes, only the time.
"""

from __future__ import annotations

import os
import pickle
import re
from typing import Callable, Optional, TypeVar

from workbench.lang import detect_lang, normalize_lang
from workbench.segment import langdata
from workbench.segment.core import sentences

MIN_PIECE = 1_000_000  # characters: below this a fork costs more than it saves
T = TypeVar("T")
_BLANK_RUN = re.compile(r"\n[^\S\n]*\n\s*")


def pieces(text: str, parts: int) -> list[tuple[int, int]]:
    """(start, end) of up to ``parts`` consecutive pieces of ``text``, each cut just after a blank line."""
    bounds = [0]
    for k in range(1, parts):
        m = _BLANK_RUN.search(text, max(bounds[-1], len(text) * k // parts))
        if m is None:
            break
        if m.end() < len(text):
            bounds.append(m.end())
    bounds.append(len(text))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def sentences_parallel(text: str, lang: Optional[str] = None, workers: Optional[int] = None) -> list[str]:
    """``segment.sentences`` on up to ``workers`` cores (default: all); the same list, sooner."""
    out: list[str] = []
    for part in _map_pieces(text, lang, workers, sentences):
        out.extend(part)
    return out


def lines_parallel(text: str, lang: Optional[str] = None, workers: Optional[int] = None) -> str:
    """The sentences one per line (a line break inside a sentence becomes a space), every line ended:
    what `workbench segment` prints, joined by the workers too."""
    return "".join(_map_pieces(text, lang, workers, _lines))


def _lines(text: str, lang: str) -> str:
    return "".join(s.replace("\n", " ") + "\n" for s in sentences(text, lang))


def _map_pieces(text: str, lang: Optional[str], workers: Optional[int], fn: Callable[[str, str], T]) -> list[T]:
    """``fn(piece, lang)`` for each piece of ``text``, the first in this process, the others in children."""
    lang = normalize_lang(lang) if lang else detect_lang(text)
    workers = workers or os.cpu_count() or 1
    spans = pieces(text, min(workers, max(1, len(text) // MIN_PIECE)))
    if len(spans) < 2 or not hasattr(os, "fork"):
        return [fn(text, lang)]
    langdata.load(lang)  # loaded once, before the fork, for every child
    children = [_fork(text, a, b, lang, fn) for a, b in spans[1:]]
    out = [fn(text[spans[0][0]:spans[0][1]], lang)]
    for (a, b), child in zip(spans[1:], children):
        got = _collect(child)
        out.append(got if got is not None else fn(text[a:b], lang))
    return out


def _fork(text: str, a: int, b: int, lang: str, fn: Callable) -> Optional[tuple[int, int]]:
    """(pid, read end of the pipe) of a child segmenting text[a:b], or None when it cannot be started."""
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: answer through the pipe, then leave without running the parent's clean-up
        status = 1
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(fn(text[a:b], lang), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _collect(child: Optional[tuple[int, int]]):
    if child is None:
        return None
    pid, read_end = child
    try:
        with os.fdopen(read_end, "rb") as pipe:
            got = pickle.load(pipe)
    except (EOFError, pickle.UnpicklingError, OSError):
        got = None
    _, status = os.waitpid(pid, 0)
    return got if status == 0 else None
