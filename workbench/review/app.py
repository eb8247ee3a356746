"""The review web app (Starlette + Jinja2): a start page of documents and pairs, a pair page bead by bead, and a
JSON API whose every write is one call into workbench.review.edits, as the CLI's are.

Safety: templates autoescape and the script only sets textContent, so hostile text renders as text; writes need
the page's CSRF token in a header (a cross-site form cannot send one) and a same-origin Origin when one is sent;
with a token configured (always when bound beyond loopback) every request needs it, once, from the URL.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path
from typing import Any, Callable, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from workbench.errors import WorkbenchError
from workbench.review import edits
from workbench.review.view import pair_view, start_view

TOKEN_COOKIE = "workbench_token"
STATIC = Path(__file__).parent / "static"


def create_app(db: str | os.PathLike[str], *, token: Optional[str] = None, user: Optional[str] = None,
               start: Optional[tuple[str, str]] = None) -> Starlette:
    """The app over the memory file ``db``. ``token``: required from every browser; ``user``: the name edits
    are recorded under (default: the login name); ``start``: the pair ``/`` opens."""
    from workbench.store import Memory

    csrf = secrets.token_urlsafe(24)
    templates = Environment(loader=PackageLoader("workbench.review", "templates"),
                            autoescape=select_autoescape(default=True, default_for_string=True))
    who = edits.current_user(user)

    def memory() -> Memory:
        return Memory(db)

    def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = templates.get_template(name).render(csrf=csrf, user=who, **context)
        return HTMLResponse(html, status_code=status_code, headers={"Content-Security-Policy": "default-src 'self'; object-src 'none'; "
                                                                       "base-uri 'none'; frame-ancestors 'none'",
                                           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"})

    def index(request: Request) -> Response:
        if start and "all" not in request.query_params:
            with memory() as m:
                pair = edits.resolve_pair(m, *start)
            return RedirectResponse(f"/pair/{pair.alignment_id}", status_code=303)
        with memory() as m:
            return page("index.html", **start_view(m))

    def pair_page(request: Request) -> Response:
        with memory() as m:
            view = pair_view(m, int(request.path_params["aid"]))
        if view is None:
            return page("error.html", 404, message="There is no such pair.")
        return page("pair.html", view=view)

    def pair_state(request: Request) -> Response:
        with memory() as m:
            view = pair_view(m, int(request.path_params["aid"]))
        if view is None:
            return JSONResponse({"error": "no such pair"}, status_code=404)
        return JSONResponse(view.summary())

    async def act(request: Request) -> Response:
        if not hmac.compare_digest(request.headers.get("x-csrf-token", ""), csrf):
            return JSONResponse({"error": "missing or wrong CSRF token: reload the page"}, status_code=403)
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.headers.get("host", ""):
            return JSONResponse({"error": "cross-site request refused"}, status_code=403)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "send JSON"}, status_code=415)
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse({"error": "the request body is not JSON"}, status_code=400)
        op = request.path_params["op"]
        if op not in ACTIONS or not isinstance(body, dict):
            return JSONResponse({"error": f"unknown action {op!r}"}, status_code=404)
        aid = int(request.path_params["aid"])
        try:
            with memory() as m:
                row = m.conn.execute("SELECT src_doc, tgt_doc FROM alignments WHERE id = ?", (aid,)).fetchone()
                if row is None:
                    return JSONResponse({"error": "no such pair"}, status_code=404)
                version = body.get("version")
                result = ACTIONS[op](m, row[0], row[1], body, {"user": who, "version": _int(version, "version")
                                                                if version is not None else None})
        except edits.ConflictError as err:
            return JSONResponse({"error": str(err), "conflict": True}, status_code=409)
        except (WorkbenchError, KeyError, TypeError, ValueError) as err:
            message = str(err) if isinstance(err, WorkbenchError) else f"bad request: {err}"
            return JSONResponse({"error": message}, status_code=400)
        return JSONResponse(result.summary())

    app = Starlette(routes=[
        Route("/", index),
        Route("/pair/{aid:int}", pair_page),
        Route("/api/pair/{aid:int}", pair_state),
        Route("/api/pair/{aid:int}/{op}", act, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ])
    if token:
        app.add_middleware(_token_middleware(token))
    return app


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number")
    return value


def _ints(value: Any, name: str) -> list[int]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list of sentence numbers")
    return [_int(v, name) for v in value]


ACTIONS: dict[str, Callable[..., edits.EditResult]] = {
    "confirm": lambda m, s, t, b, kw: edits.confirm(m, s, t, [_int(b["n"], "n")], note=str(b.get("note", "")), **kw),
    "merge": lambda m, s, t, b, kw: edits.merge_next(m, s, t, _int(b["n"], "n"), **kw),
    "split": lambda m, s, t, b, kw: edits.split_bead(m, s, t, _int(b["n"], "n"), _int(b.get("src_at", 1), "src_at"),
                                                     _int(b.get("tgt_at", 1), "tgt_at"), **kw),
    "unlink": lambda m, s, t, b, kw: edits.unlink(m, s, t, _int(b["n"], "n"), **kw),
    "link": lambda m, s, t, b, kw: edits.link(m, s, t, _ints(b["src"], "src"), _ints(b["tgt"], "tgt"), **kw),
    "undo": lambda m, s, t, b, kw: edits.undo(m, s, t, **kw),
    "realign": lambda m, s, t, b, kw: edits.realign(m, s, t, **kw),
    "split-sentence": lambda m, s, t, b, kw: edits.split_sentence(m, s, t, str(b["side"]), _int(b["index"], "index"),
                                                                  _int(b["offset"], "offset"), **kw),
    "join-sentences": lambda m, s, t, b, kw: edits.join_sentences(m, s, t, str(b["side"]), _int(b["index"], "index"),
                                                                  **kw),
}


def _token_middleware(token: str) -> type:
    """Every request carries the token: in the URL once (then a cookie), or in a header for scripts."""
    class TokenMiddleware:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await self.app(scope, receive, send)
                return
            request = Request(scope)
            given = (request.query_params.get("token") or request.headers.get("x-workbench-token")
                     or request.cookies.get(TOKEN_COOKIE) or "")
            if not hmac.compare_digest(given, token):
                await Response("This workbench needs its access token: open the address `workbench review` "
                               "printed.", status_code=403, media_type="text/plain")(scope, receive, send)
                return
            if request.query_params.get("token"):
                # Drop the token from the address bar (and from history and Referer) once the cookie holds it.
                response = RedirectResponse(request.url.remove_query_params("token"), status_code=303)
                response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
                await response(scope, receive, send)
                return
            await self.app(scope, receive, send)

    return TokenMiddleware
