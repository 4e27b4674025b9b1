"""A persona may name its text-to-speech voice; a name that could be an option is refused."""

import shutil
from pathlib import Path

from simulator.library import validate_paths

DATA = Path(__file__).parents[1] / "data" / "library"


def _persona_with(tmp_path: Path, line: str) -> Path:
    target = tmp_path / "lib"
    shutil.copytree(DATA, target)
    path = target / "personas" / "tess.yaml"
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
    return path


def test_a_persona_may_name_a_voice(tmp_path):
    path = _persona_with(tmp_path, "voice: nl+f3\n")
    assert [str(p) for p in validate_paths([path])] == []


def test_a_voice_that_reads_as_an_option_names_the_line_and_field(tmp_path):
    path = _persona_with(tmp_path, "voice: -w /etc/passwd\n")
    [problem] = [str(p) for p in validate_paths([path])]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.startswith(f"{path}:{len(lines)}: voice: ")
