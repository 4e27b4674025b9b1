"""The web server: each visitor gets their own app process and their own STAYSIM_HOME.

A visitor is known by a random token in an HttpOnly cookie set with the page; the websocket
that starts their app process carries it, so a reload finds the same home again. A browser
that sends no cookie gets a fresh home for that connection only, removed when it ends.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import shlex
import shutil
import sys
import weakref
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web
from aiohttp.typedefs import Handler
from textual_serve.app_service import AppService
from textual_serve.server import Server

COOKIE = "staysim_visitor"
_TOKEN = re.compile(r"[0-9a-f]{32}")
_YEAR = 365 * 24 * 3600
# Marks a home made for one connection (no cookie): nobody can reach it again once the
# connection ends, so it is removed then, or when the server next starts.
ONE_CONNECTION = ".one-connection"
_EXIT_WAIT = 10.0  # seconds a stopped app process may take to exit before its home is removed
log = logging.getLogger("textual-serve")


def new_token() -> str:
    return secrets.token_hex(16)


def valid_token(value: str | None) -> str | None:
    """The token when it has our shape (it becomes a folder name), else None."""
    return value if value is not None and _TOKEN.fullmatch(value) else None


def visitor_home(data: Path, token: str) -> Path:
    """The visitor's own STAYSIM_HOME under `data`, created owner-only."""
    if valid_token(token) is None:
        raise ValueError(f"not a visitor token: {token!r}")
    folder = data / token
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def one_connection_homes(data: Path) -> list[str]:
    """The tokens of the homes under `data` made for one connection that has ended."""
    if not data.is_dir():
        return []
    return sorted(folder.name for folder in data.iterdir()
                  if valid_token(folder.name) and not folder.is_symlink()
                  and (folder / ONE_CONNECTION).is_file())


def remove_visitor_home(data: Path, token: str) -> None:
    """Remove the home `visitor_home(data, token)` made: only a folder directly under `data`
    named by a valid token (never a link). A failure is logged, never raised."""
    if valid_token(token) is None:
        log.error("staysim serve: not removing %r: not a visitor token", token)
        return
    folder = data / token
    try:
        shutil.rmtree(folder)  # refuses a symbolic link; removes nothing outside `folder`
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.error("staysim serve: cannot remove a visitor's folder %s: %s", folder, exc)


def visitor_text(request: web.Request, key: str) -> str:
    """A message in the visitor's language: STAYSIM_LANG, else their browser's, else ours."""
    from simulator.language import ui_language
    from simulator.locale import t

    chosen = None if os.environ.get("STAYSIM_LANG") else browser_language(
        request.headers.get("Accept-Language", "")
    )
    return t(key, chosen or ui_language())


def browser_language(accept: str) -> str | None:
    """`nl` or `en` from an Accept-Language header (the first of the two named), else None."""
    for part in accept.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in ("nl", "en"):
            return tag
    return None


class VisitorApp(AppService):
    """One visitor's app process, run with their STAYSIM_HOME (and language, if known)."""

    def __init__(self, command: str, *, env: dict[str, str], **kwargs: object) -> None:
        super().__init__(command, **kwargs)  # type: ignore[arg-type]
        self.visitor_env = env

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        environment.update(self.visitor_env)
        return environment

    async def exited(self, timeout: float) -> bool:
        """Whether the app process has exited (or never started), waiting up to `timeout`."""
        if self._process is None:
            return True
        try:
            await asyncio.wait_for(self._process.wait(), timeout)
        except TimeoutError:
            return False
        return True


class StaysimServer(Server):
    """textual-serve's server, with a home per visitor and a page that loads nothing remote."""

    def __init__(self, *, data: Path, host: str, port: int, public_url: str | None) -> None:
        command = shlex.join([sys.executable, "-m", "simulator"])
        templates = Path(__file__).resolve().parent / "templates"
        super().__init__(
            command, host=host, port=port, title="staysim", public_url=public_url,
            templates_path=templates,
        )
        self.data = data
        # The visitors' open connections: closed on shutdown, so Ctrl+C does not wait out
        # aiohttp's grace period of a minute for a visitor who is still there.
        self.sockets: weakref.WeakSet[web.WebSocketResponse] = weakref.WeakSet()
        self.stopping = False

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._set_cookie)
        return app

    @web.middleware
    async def _set_cookie(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        response = await handler(request)
        if request.path != "/" or valid_token(request.cookies.get(COOKIE)):
            return response
        response.set_cookie(
            COOKIE, new_token(), max_age=_YEAR, path="/", httponly=True, samesite="Strict",
            secure=self.public_url.startswith("https:"),
        )
        return response

    def _same_origin(self, request: web.Request) -> bool:
        """A websocket from another site's page (cross-site hijacking) is refused."""
        origin = request.headers.get("Origin")
        if origin is None:
            return True
        netloc = urlsplit(origin).netloc
        return netloc in (request.host, urlsplit(self.public_url).netloc)

    def visitor_env(self, request: web.Request, token: str) -> dict[str, str]:
        env = {"STAYSIM_HOME": str(visitor_home(self.data, token))}
        language = browser_language(request.headers.get("Accept-Language", ""))
        if language and not os.environ.get("STAYSIM_LANG"):
            env["STAYSIM_LANG"] = language
        return env

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not self._same_origin(request):
            raise web.HTTPForbidden(text=visitor_text(request, "errors_cli.other_origin"))
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _int(request.query.get("width"), 80)
        height = _int(request.query.get("height"), 24)
        cookie = valid_token(request.cookies.get(COOKIE))
        token = cookie or new_token()  # without a cookie: a home for this connection only
        try:
            env = self.visitor_env(request, token)
            if cookie is None:
                (self.data / token / ONE_CONNECTION).touch()
        except OSError as exc:
            log.error("staysim serve: cannot make a visitor's folder in %s: %s", self.data, exc)
            said = visitor_text(request, "errors_cli.no_room")
            raise web.HTTPInternalServerError(text=said) from None
        service: VisitorApp | None = None
        try:
            await websocket.prepare(request)
            self.sockets.add(websocket)
            service = VisitorApp(
                self.command, env=env, write_bytes=websocket.send_bytes,
                write_str=websocket.send_str, close=websocket.close,
                download_manager=self.download_manager, debug=self.debug,
            )
            await service.start(width, height)
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one visitor's failure must not stop the server
            log.error("staysim serve: a visitor's app failed: %s", error)
        finally:
            try:
                if service is not None:
                    await service.stop()
            finally:
                if cookie is None:
                    await self._forget(token, service)
        return websocket

    async def _forget(self, token: str, service: VisitorApp | None) -> None:
        """Remove a connection's throwaway home once its app process has exited; while the
        server stops, the next start removes it (no visitor waits on it then)."""
        if self.stopping:
            return
        if service is not None and not await service.exited(_EXIT_WAIT):
            log.error("staysim serve: a visitor's app did not exit; keeping %s", self.data / token)
            return
        remove_visitor_home(self.data, token)

    async def on_shutdown(self, app: web.Application) -> None:
        """Each visitor still connected is told the server goes away; their app stops."""
        self.stopping = True
        for websocket in list(self.sockets):
            await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopping")

    async def on_startup(self, app: web.Application) -> None:
        for token in one_connection_homes(self.data):
            remove_visitor_home(self.data, token)
        self.console.print(
            f"staysim serve: {self.public_url} (visitors' data in {self.data}); Ctrl+C stops",
            highlight=False, markup=False, soft_wrap=True,
        )


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(int(value or default), 1000))
    except ValueError:
        return default
