"""A built wheel, installed outside the source tree, carries the bundled personas and scenarios."""

import json
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from simulator import paths

SCRIPT = paths.PROJECT_DIR / "tests" / "scripts" / "stille-senior.good.txt"


def _run(
    *command: object, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=300, cwd=cwd, env=env
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheels")
    # A copy, so the build leaves no build/ or egg-info behind in the working tree.
    source = folder / "source"
    shutil.copytree(
        paths.PROJECT_DIR, source, symlinks=True,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__"),
    )
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", folder, source)
    assert built.returncode == 0, built.stderr[-2000:]
    (found,) = folder.glob("staysim-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_holds_every_bundled_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind in ("personas", "scenarios"):
        for source in (paths.PROJECT_DIR / kind).glob("*.yaml"):
            assert f"simulator/{kind}/{source.name}" in names


@pytest.mark.slow
def test_an_installed_wheel_lists_and_runs_scenarios_outside_the_source_tree(wheel, tmp_path):
    venv = tmp_path / "venv"
    assert _run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    installed = _run(sys.executable, "-m", "pip", "--python", python, "install", "-q",
                     "--no-deps", wheel)
    assert installed.returncode == 0, installed.stderr[-2000:]
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    script = outside / "script.txt"
    script.write_text(SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")
    # The dependencies come from this environment; staysim itself only from the wheel.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(site.getsitepackages()),
               STAYSIM_HOME=str(tmp_path / "home"))
    where = _run(python, "-c", "import simulator; print(simulator.__file__)", cwd=outside, env=env)
    assert where.stdout.startswith(str(venv)), where.stdout + where.stderr
    listed = _run(venv / "bin" / "staysim", "scenarios", "list", cwd=outside, env=env)
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr
    bundled = list((paths.PROJECT_DIR / "scenarios").glob("*.yaml"))
    assert len(listed.stdout.splitlines()) == len(bundled) and "stille-senior" in listed.stdout
    ran = _run(venv / "bin" / "staysim", "run", "--scenario", "stille-senior", "--script",
               script, "--json", cwd=outside, env=env)
    assert ran.returncode == 0, ran.stderr
    card = json.loads(ran.stdout)
    assert card["scenario"] == "stille-senior" and card["disclosures"]["total"] > 0
