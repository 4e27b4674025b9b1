"""The sanitiser: inert terminal text and JSON whose risky characters are escapes."""

import json

from simulator.sanitize import inert, json_dumps

RISKY = "a\x7fb\x85c\x9bd\u2028e\u2029f\u202eg\u2066h\u200ei\u200fj\u061ck"


def test_inert_strips_sequences_controls_and_bidi():
    assert inert("\x1b]0;pwned\x07Anna\x1b[31m!") == "Anna!"
    assert inert("x\u200ey\u061cz\u2067") == "xyz"
    assert inert("één café\tok\r\nnext") == "één café\tok\nnext"


def test_json_dumps_escapes_c1_del_separators_and_bidi_and_round_trips():
    text = json_dumps({"name": RISKY, RISKY: [RISKY]}, indent=2)
    assert all(ord(c) < 0x7F or ord(c) > 0x9F for c in text)
    for char in "\u2028\u2029\u202e\u2066\u200e\u200f\u061c":
        assert char not in text
    assert "\\u009b" in text and "\\u202e" in text and "\\u007f" in text
    assert json.loads(text) == {"name": RISKY, RISKY: [RISKY]}


def test_json_dumps_keeps_ordinary_text_readable():
    assert json_dumps({"t": "één café — ok"}) == '{"t": "één café — ok"}'
    assert json_dumps(["\x1b"]) == '["\\u001b"]'


def test_export_keeps_its_inert():
    from simulator.export import inert as exported

    assert exported is inert


def test_sanitize_imports_no_textual():
    import subprocess
    import sys

    code = "import sys, simulator.sanitize; print({'textual', 'rich'} & set(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "set()", result.stderr
