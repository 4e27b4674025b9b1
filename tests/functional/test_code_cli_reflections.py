"""`staysim code` says how a reflection relates to what the employee said."""

import json
import subprocess
import sys

PREV = "Ik heb vorige week elf berichtjes over het rooster gekregen, op mijn vrije dag."


def _code(lines: list[dict[str, str]]) -> list[dict]:
    run = subprocess.run([sys.executable, "-m", "simulator", "code"], check=True,
                         input="\n".join(json.dumps(x) for x in lines).encode(),
                         capture_output=True)
    return [json.loads(x) for x in run.stdout.decode().splitlines()]


def test_reflections_carry_accurate_generic_and_complex():
    generic, accurate = _code([
        {"text": "Dat klinkt alsof dat belangrijk voor je is.", "prev": PREV},
        {"text": "Dus zelfs op je vrije dag krijg je berichtjes over het rooster.", "prev": PREV},
    ])
    first = next(e for e in generic["evidence"] if e["code"] == "reflection")
    assert first["generic"] is True and first["accurate"] is False
    second = next(e for e in accurate["evidence"] if e["code"] == "reflection")
    assert second["accurate"] is True and second["generic"] is False
    assert isinstance(second["complex"], bool)
    # Every piece of evidence names a rule id or the model's features.
    for item in (*generic["evidence"], *accurate["evidence"]):
        assert item["rule"].startswith(("nl.", "model: "))
