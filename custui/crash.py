"""Crash reports that hold no customer data.

When custui stops on an error it did not expect, the rep sees a short message, and a report is
written to the user data folder (``crashes/``). The report holds the versions, the platform, the
exception's type and, for each frame, the file, line, function and source line of custui's own
code. It leaves out the exception's message and every local variable: either can hold a
customer's name, phone or notes. ``--debug`` keeps Textual's full traceback, locals included, for
the rep who chooses to show it, with whatever holds the book's passphrase hidden.
"""

from __future__ import annotations

import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def crash_folder() -> Path:
    """Where crash reports go: ``crashes/`` in custui's user data folder."""
    import platformdirs

    return platformdirs.user_data_path("custui", appauthor=False) / "crashes"


def report_text(error: BaseException) -> str:
    """The report of *error*: versions, platform, the exception's type and where it happened, with its
    message and every variable left out."""
    from custui import __version__

    try:
        from textual import __version__ as textual_version
    except ImportError:  # pragma: no cover - textual is a dependency
        textual_version = "?"
    lines = [
        f"custui {__version__} · Python {platform.python_version()} · Textual {textual_version} · {platform.platform()}",
        f"{datetime.now(UTC).isoformat(timespec='seconds')}",
        "",
    ]
    for link in _chain(error):
        lines.append(
            f"{type(link).__module__}.{type(link).__qualname__} (message left out: it may hold customer data)"
        )
        lines += [f"  {frame.filename}:{frame.lineno} in {frame.name}" + (f"\n    {frame.line}" if frame.line else "")
                  for frame in traceback.extract_tb(link.__traceback__)]  # fmt: skip
        lines.append("")
    return "\n".join(lines)


def write_report(error: BaseException, folder: Path | None = None) -> Path:
    """Write *error*'s report (0600) and return its path."""
    folder = crash_folder() if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"crash-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S-%f')}.txt"
    path.touch(mode=0o600)
    path.write_text(report_text(error), encoding="utf-8")
    return path


def short_message(error: BaseException, report: Path | None) -> str:
    """What the rep reads when custui stopped: where, that nothing is lost, where the report is."""
    where = ""
    frames = traceback.extract_tb(error.__traceback__)  # none: an empty summary
    if frames:
        last = frames[-1]
        where = f" in {Path(last.filename).name}:{last.lineno}"
    saved = "Every change you made was saved as you made it."
    if report is None:
        return f"custui stopped on an unexpected {type(error).__name__}{where}. {saved} Run with --debug to see the details."
    return (f"custui stopped on an unexpected {type(error).__name__}{where}. {saved}\n"
            "A report without your customers' data is in this file; please send it:\n"
            f"{report}\n"
            "Run custui with --debug to see the full traceback.")  # fmt: skip


def raised(error: BaseException) -> BaseException:
    """The error that was raised where *error* stands for it: a thread worker's, which Textual
    reports wrapped in a WorkerFailed that was never raised (no traceback of its own)."""
    inner = getattr(error, "error", None)
    if error.__traceback__ is None and isinstance(inner, BaseException):
        return inner
    return error


def _chain(error: BaseException) -> list[BaseException]:
    """*error* and the exceptions it was raised from or during, oldest first."""
    chain: list[BaseException] = []
    link: BaseException | None = raised(error)
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain[::-1]


def current_error() -> BaseException | None:
    return sys.exc_info()[1]


#: what stands in a --debug traceback for a variable that holds a passphrase or a key
HIDDEN = "<hidden: holds the book's passphrase>"


def debug_traceback(error: BaseException, secrets: list[str]) -> Any:
    """Textual's --debug traceback of *error* (a rich Traceback with local variables), with every
    variable, message and note that holds one of *secrets* (custui.store.cipher.secrets_in_memory)
    hidden: a rep who pastes it into a bug report gives away customer data by choice, never the
    passphrase."""
    import rich
    from rich.pretty import Node
    from rich.traceback import Traceback

    error = raised(error)

    def extract(max_string: int) -> Any:
        return Traceback.extract(type(error), error, error.__traceback__, show_locals=True,
                                 locals_max_length=5, locals_max_string=max_string)  # fmt: skip

    def holds_secret(text: str) -> bool:
        return any(secret in text for secret in secrets)

    def scrubbed(text: str) -> str:
        for secret in secrets:
            text = text.replace(secret, "•••")
        return text

    shown, whole = (
        extract(80),
        extract(2**31),
    )  # a long string is cut when shown, whole when checked
    for shown_stack, whole_stack in zip(shown.stacks, whole.stacks, strict=True):
        shown_stack.exc_value = scrubbed(shown_stack.exc_value)
        shown_stack.notes = [scrubbed(note) for note in shown_stack.notes]
        for shown_frame, whole_frame in zip(shown_stack.frames, whole_stack.frames, strict=True):
            for name, node in (whole_frame.locals or {}).items():
                if shown_frame.locals and holds_secret("".join(node.iter_tokens())):
                    shown_frame.locals[name] = Node(value_repr=HIDDEN)
    return Traceback(shown, width=None, locals_max_length=5, suppress=[rich])
