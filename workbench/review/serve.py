"""`workbench review`: the web app served with uvicorn on loopback, or elsewhere only behind a token."""

from __future__ import annotations

import ipaddress
import os
import secrets
import threading
import webbrowser
from typing import Callable, Optional

from workbench.extras import need


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(db: str | os.PathLike[str], src: Optional[str], tgt: Optional[str], *, host: str = "127.0.0.1",
          port: int = 8765, token: Optional[str] = None, open_browser: bool = True, user: Optional[str] = None,
          say: Callable[[str], None] = print) -> None:
    """Serve until interrupted. A host other than loopback gets a token (made up when not given), printed in
    the address to open; the pair SRC TGT, when given, is checked before the server starts."""
    uvicorn = need("uvicorn", "the review app", "review")
    need("starlette", "the review app", "review")

    from workbench.review.app import create_app
    from workbench.review.refs import resolve_pair
    from workbench.store import Memory

    start = None
    if src and tgt:
        with Memory(db) as memory:
            pair = resolve_pair(memory, src, tgt)
        start = (pair.src, pair.tgt)
    if not is_loopback(host) and not token:
        token = secrets.token_urlsafe(18)
    app = create_app(db, token=token, user=user, start=start)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    say(f"workbench review: {url}  (Ctrl+C stops it)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")
