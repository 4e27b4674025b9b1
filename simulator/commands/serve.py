"""`staysim serve`: the app in a browser (textual-serve), one process and home per visitor."""

import argparse
import ipaddress
import sys
from pathlib import Path

from simulator.cli import UsageError
from simulator.errors import message


def is_local(host: str) -> bool:
    """Only this machine can reach the host: localhost or a loopback address."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_public_url(url: str) -> None:
    if not url.startswith(("http://", "https://")) or "://" == url[-3:]:
        raise UsageError(message("errors_cli.public_url", url=repr(url)))


def run(args: argparse.Namespace) -> int:
    from simulator import paths

    if not is_local(args.host) and args.public_url is None:
        raise UsageError(message("errors_cli.public_host", host=args.host))
    if args.public_url is not None:
        check_public_url(args.public_url)
    if not 0 < args.port < 65536:
        raise UsageError(message("errors_cli.port", port=args.port))
    data = Path(args.data).expanduser() if args.data else paths.home() / "serve"
    try:
        data.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise UsageError(message("errors_cli.data_folder", data=data, reason=reason)) from None
    from simulator.web.server import StaysimServer

    public_url = args.public_url.rstrip("/") if args.public_url else None
    server = StaysimServer(
        data=data.resolve(), host=args.host, port=args.port, public_url=public_url
    )
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        said = message("errors_cli.cannot_serve", host=args.host, port=args.port,
                       reason=exc.strerror or exc)
        print(f"staysim: {said}", file=sys.stderr)
        return 2
    return 0
