"""`staysim serve`: localhost only unless a public URL is given; one home per visitor."""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import aiohttp
import pytest
from serve_helpers import served, start, stop

from simulator.cli import main
from simulator.commands.serve import is_local
from simulator.web.server import (
    COOKIE,
    ONE_CONNECTION,
    browser_language,
    one_connection_homes,
    remove_visitor_home,
    valid_token,
    visitor_home,
)

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "staysim.example.org"])
def test_a_non_local_host_without_a_public_url_is_refused_in_one_line(host, capsys, tmp_path):
    assert main(["serve", "--host", host, "--data", str(tmp_path / "data")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"staysim: --host {host} is reachable from other machines")
    assert "--public-url" in err and not (tmp_path / "data").exists()


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.0.1", "localhost", "::1", "[::1]"])
def test_loopback_hosts_are_local(host):
    assert is_local(host)


@pytest.mark.parametrize("url", ["staysim.example.org", "ftp://x", "https://"])
def test_a_public_url_must_be_a_web_address(url, capsys, tmp_path):
    assert main(["serve", "--host", "0.0.0.0", "--public-url", url,
                 "--data", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"staysim: --public-url {url!r}")


def test_a_taken_port_is_one_line(tmp_path, capsys):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"staysim: cannot serve on 127.0.0.1:{port}:") and "Traceback" not in err


def test_visitor_tokens_are_folder_names_and_nothing_else(tmp_path):
    assert valid_token("0123456789abcdef0123456789abcdef")
    for bad in ("../../etc", "0123456789ABCDEF0123456789ABCDEF", "", None, "a" * 33):
        assert valid_token(bad) is None
    with pytest.raises(ValueError):
        visitor_home(tmp_path, "../escape")
    home = visitor_home(tmp_path, "f" * 32)
    assert home == tmp_path / ("f" * 32) and home.stat().st_mode & 0o777 == 0o700


def test_only_a_visitor_home_is_removed_and_a_failure_is_logged(tmp_path, caplog):
    home = visitor_home(tmp_path, "a" * 32)
    (home / "staysim.db").write_text("x")
    remove_visitor_home(tmp_path, "a" * 32)
    assert not home.exists()
    remove_visitor_home(tmp_path, "a" * 32)  # already gone: nothing to say
    assert caplog.records == []

    other = tmp_path / "notes"
    other.mkdir()
    remove_visitor_home(tmp_path, "notes")
    remove_visitor_home(tmp_path, "..")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("x")
    (tmp_path / ("b" * 32)).symlink_to(outside, target_is_directory=True)
    remove_visitor_home(tmp_path, "b" * 32)  # a link is not followed, and is reported
    assert other.exists() and (outside / "keep.txt").exists()
    assert (tmp_path / ("b" * 32)).is_symlink()
    assert len(caplog.records) == 3 and "b" * 32 in caplog.records[-1].getMessage()


def test_the_browser_language_picks_the_app_language():
    assert browser_language("nl-NL,nl;q=0.9,en;q=0.8") == "nl"
    assert browser_language("de-DE,en-GB;q=0.7") == "en"
    assert browser_language("fr-FR") is None


async def _visit(
    url: str, jar: aiohttp.CookieJar, origin: str | None = None, data: Path | None = None
) -> int:
    """Open the page and the app's websocket and wait for the app's first screen; given
    `data`, press Enter on the picker and wait for the session's database in the visitor's
    home there. The websocket handshake's status."""
    async with aiohttp.ClientSession(cookie_jar=jar) as http:
        async with http.get(url + "/") as page:
            assert page.status == 200
        headers = {"Origin": origin} if origin else {}
        try:
            async with http.ws_connect(url + "/ws?width=100&height=30", headers=headers) as ws:
                message = await asyncio.wait_for(ws.receive(), timeout=30)
                assert message.type == aiohttp.WSMsgType.BINARY  # the app drew its screen
                if data is not None:
                    await ws.send_json(["stdin", "\r"])  # Enter: start the first scenario
                    token = next(c.value for c in jar if c.key == COOKIE)
                    for _ in range(300):
                        if (data / token / "staysim.db").exists():
                            break
                        await asyncio.sleep(0.1)
                    assert (data / token / "staysim.db").exists()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def _homes(data: Path) -> set[str]:
    return {p.name for p in data.iterdir()} if data.exists() else set()


@pytest.mark.slow
async def test_each_visitor_has_their_own_home_kept_across_reloads(tmp_path, staysim_home):
    data = tmp_path / "visitors"
    with served(data) as url:
        first = aiohttp.CookieJar(unsafe=True)
        assert await _visit(url, first, data=data) == 101  # the app keeps its data there
        token = next(c.value for c in first if c.key == COOKIE)
        assert _homes(data) == {token}

        assert await _visit(url, first) == 101  # a reload: the same home
        assert _homes(data) == {token}

        second = aiohttp.CookieJar(unsafe=True)
        assert await _visit(url, second) == 101
        other = next(c.value for c in second if c.key == COOKIE)
        assert other != token and _homes(data) == {token, other}
        assert not (data / other / "staysim.db").exists()
        assert not (staysim_home / "staysim.db").exists()  # the server's own home is untouched


@pytest.mark.slow
async def test_a_websocket_from_another_site_is_refused(tmp_path):
    data = tmp_path / "visitors"
    with served(data) as url:
        jar = aiohttp.CookieJar(unsafe=True)
        assert await _visit(url, jar, origin="http://evil.example") == 403
        assert _homes(data) == set()


async def _visit_without_cookie(url: str, data: Path) -> str:
    """Open the app's websocket as a browser that keeps no cookies, start the first scenario
    so the app writes its database in its new home, and close. The home's folder name."""
    before = _homes(data)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        async with http.ws_connect(url + "/ws?width=100&height=30") as ws:
            message = await asyncio.wait_for(ws.receive(), timeout=30)
            assert message.type == aiohttp.WSMsgType.BINARY  # the app drew its screen
            (home,) = _homes(data) - before
            await ws.send_json(["stdin", "\r"])  # Enter: start the first scenario
            for _ in range(300):
                if (data / home / "staysim.db").exists():
                    break
                await asyncio.sleep(0.1)
            assert (data / home / "staysim.db").exists()  # the app keeps its data there
            return home


@pytest.mark.slow
async def test_a_home_for_one_connection_is_removed_when_it_ends(tmp_path):
    data = tmp_path / "visitors"
    with served(data) as url:
        jar = aiohttp.CookieJar(unsafe=True)
        assert await _visit(url, jar, data=data) == 101
        kept = next(c.value for c in jar if c.key == COOKIE)

        throwaway = await _visit_without_cookie(url, data)
        for _ in range(300):
            if not (data / throwaway).exists():
                break
            await asyncio.sleep(0.1)
        assert _homes(data) == {kept}  # the cookie's home stays: a reload finds it again
        assert (data / kept / "staysim.db").exists()


@pytest.mark.slow
async def test_the_server_stops_at_once_with_a_visitor_still_connected(tmp_path):
    data = tmp_path / "visitors"
    server, url = start(data)
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get(url + "/"):
                pass
            async with http.ws_connect(url + "/ws?width=100&height=30") as ws:
                message = await asyncio.wait_for(ws.receive(), timeout=30)
                assert message.type == aiohttp.WSMsgType.BINARY  # the app drew its screen
                server.send_signal(signal.SIGTERM)  # Ctrl+C while they are still there
                began = time.monotonic()
                while server.poll() is None and time.monotonic() - began < 20:
                    await asyncio.sleep(0.1)
                assert server.poll() is not None, "the server waited for its visitor"
                assert time.monotonic() - began < 10
                # The visitor's page is told the server went away, not left hanging.
                while not ws.closed:
                    if (await asyncio.wait_for(ws.receive(), timeout=5)).type in (
                            aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                        break
    finally:
        stop(server)


@pytest.mark.slow
async def test_a_home_for_a_connection_cut_by_stopping_goes_at_the_next_start(tmp_path):
    data = tmp_path / "visitors"
    server, url = start(data)
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
            async with http.ws_connect(url + "/ws?width=100&height=30") as ws:
                assert (await asyncio.wait_for(ws.receive(), timeout=30)).type == (
                    aiohttp.WSMsgType.BINARY)
                (home,) = _homes(data)
                server.send_signal(signal.SIGTERM)
                began = time.monotonic()
                while server.poll() is None and time.monotonic() - began < 20:
                    await asyncio.sleep(0.1)
                assert time.monotonic() - began < 10  # no wait for that visitor's app either
    finally:
        stop(server)
    assert (data / home / ONE_CONNECTION).is_file()  # nobody can reach it: marked to go
    (data / ("0" * 32)).mkdir()  # a visitor's home found by their cookie
    with served(data):
        assert _homes(data) == {"0" * 32}


def test_only_marked_token_folders_are_one_connection_homes(tmp_path):
    once, kept, odd = "a" * 32, "b" * 32, "not-a-token"
    for name in (once, kept, odd):
        (tmp_path / name).mkdir()
    (tmp_path / once / ONE_CONNECTION).touch()
    (tmp_path / odd / ONE_CONNECTION).touch()
    (tmp_path / ("c" * 32)).symlink_to(tmp_path / once)
    assert one_connection_homes(tmp_path) == [once]
    assert one_connection_homes(tmp_path / "absent") == []
