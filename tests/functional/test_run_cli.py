"""`staysim run`: headless sessions, offline and against a local OpenAI-compatible server."""

import json

import fake_openai as fake
import pytest

from simulator import paths
from simulator.cli import main
from simulator.store import Store

# These tests read the English wording of the messages.
pytestmark = pytest.mark.usefixtures("english")

fake_openai = fake.fake_openai
fake_openai_env = fake.fake_openai_env
SCRIPTS = paths.PROJECT_DIR / "tests" / "scripts"


def script(name: str) -> str:
    return str(SCRIPTS / f"{name}.txt")


@pytest.fixture
def quick_retries(staysim_home):
    """Small backoffs via the config file, so retry tests stay fast."""
    staysim_home.mkdir(parents=True, exist_ok=True)
    (staysim_home / "config.json").write_text(
        json.dumps({"backoff_base": 0.01, "backoff_max": 0.02, "timeout": 3})
    )


def test_offline_text_report(capsys):
    code = main(["run", "--scenario", "stille-senior", "--script", script("stille-senior.good")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("backend: offline\n")
    assert "Sanne de Vries: Hoi. Ik zag 'blijfgesprek'" in out
    first = (SCRIPTS / "stille-senior.good.txt").read_text(encoding="utf-8").splitlines()[0]
    assert f"Leidinggevende: {first}" in out
    assert "Score: " in out and "Wat de medewerker deelde: " in out
    assert "[x] Benaderd door een recruiter" in out
    sessions = Store.open(paths.database_path()).list_sessions()
    assert len(sessions) == 1 and sessions[0].ended is not None


def test_offline_json(capsys):
    code = main(
        [
            "run",
            "--scenario",
            "overlooked-lead",
            "--script",
            script("overlooked-lead.poor"),
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0
    data = json.loads(out)
    assert err.startswith("backend: offline")
    assert data["scenario"] == "overlooked-lead" and data["language"] == "en"
    assert data["disclosures"]["total"] == 9 and len(data["disclosures"]["revealed"]) <= 1
    speakers = [line["speaker"] for line in data["transcript"]]
    assert speakers[0] == "employee" and speakers.count("manager") == len(
        [x for x in (SCRIPTS / "overlooked-lead.poor.txt").read_text().splitlines() if x.strip()]
    )
    assert 0 <= data["score"] <= 100


def test_same_script_twice_same_output(capsys):
    outputs = []
    for _ in range(2):
        main(["run", "--scenario", "jong-talent", "--script", script("jong-talent.good"), "--json"])
        data = json.loads(capsys.readouterr().out)
        outputs.append((data["transcript"], data["disclosures"], data["score"]))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scenario", "nope", "--script", "x.txt"], "unknown scenario 'nope' (known: "),
        (["--scenario", "stille-senior", "--script", "missing.txt"], "missing.txt: no such script"),
        (["--scenario", "stille-senior", "--script", "."], ".: is a folder"),
    ],
)
def test_usage_errors_are_one_line(capsys, args, message):
    assert main(["run", *args]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("staysim: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_empty_and_binary_scripts(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n   \n")
    assert main(["run", "--scenario", "stille-senior", "--script", str(empty)]) == 2
    assert "no manager turns" in capsys.readouterr().err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"Hoi\nwat\xff\xfe\n")
    assert main(["run", "--scenario", "stille-senior", "--script", str(binary)]) == 2
    assert "bin.txt:2: not UTF-8 text" in capsys.readouterr().err


def test_openai_without_settings_is_a_usage_error(capsys):
    code = main(
        [
            "run",
            "--scenario",
            "stille-senior",
            "--script",
            script("stille-senior.good"),
            "--backend",
            "openai",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "OPENAI_API_KEY" in err and err.count("\n") == 1


def test_openai_streams_and_survives_two_500s(capsys, fake_openai_env, quick_retries):
    fake_openai_env.fail(500, times=2)
    code = main(["run", "--scenario", "stille-senior", "--script", script("stille-senior.good")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith(f"backend: openai · fake-model @ {fake_openai_env.url}\n")
    lines = len(
        [x for x in (SCRIPTS / "stille-senior.good.txt").read_text().splitlines() if x.strip()]
    )
    chats = fake_openai_env.chat_requests
    assert len(chats) == lines + 2
    assert all(r.body["stream"] is True for r in chats)
    assert out.count(f"Sanne de Vries: {fake_openai_env.reply_text}") == lines


def test_openai_401_is_one_line_and_exit_2(capsys, fake_openai_env, quick_retries):
    fake_openai_env.fail(401, times=5)
    code = main(
        ["run", "--scenario", "stille-senior", "--script", script("stille-senior.good"), "--json"]
    )
    out, err = capsys.readouterr()
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0].startswith("backend: openai")
    assert len(lines) == 2 and "(401)" in lines[1] and fake_openai_env.url in lines[1]
    assert "sk-test" not in err and out == ""
    assert len(fake_openai_env.chat_requests) == 1


def test_openai_poor_script_never_sends_the_leave_facts(capsys, fake_openai_env):
    from simulator.library import load_library

    library = load_library(include_user=False)
    for scenario_id in sorted(library.scenarios):
        persona = library.persona_for(library.scenario(scenario_id))
        before = len(fake_openai_env.requests)
        code = main(
            [
                "run",
                "--scenario",
                scenario_id,
                "--script",
                script(f"{scenario_id}.poor"),
                "--backend",
                "openai",
                "--json",
            ]
        )
        assert code == 0
        data = json.loads(capsys.readouterr().out)
        assert len(data["disclosures"]["revealed"]) <= 1
        bodies = fake_openai_env.requests[before:]
        sent = "\n".join(m["content"] for r in bodies for m in r.body["messages"]) + "\n".join(
            r.raw.decode() for r in bodies
        )
        for fact in persona.facts:
            if fact.theme == "leave" or fact.id not in data["disclosures"]["revealed"]:
                assert fact.text not in sent, (scenario_id, fact.id)
                assert not any(line in sent for line in fact.lines), (scenario_id, fact.id)


def test_openai_429_with_retry_after_and_a_cut_stream(capsys, fake_openai_env, quick_retries):
    fake_openai_env.reply_text = "Een twee drie vier vijf zes."
    fake_openai_env.fail(429, retry_after=0.2)
    fake_openai_env.cut_stream(after=3)
    code = main(["run", "--scenario", "stille-senior", "--script", script("stille-senior.poor")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Een twee drie\n  …\nSanne de Vries: Een twee drie vier vijf zes." in out
    saved = Store.open(paths.database_path()).load_session(1)
    assert saved is not None
    statuses = [t.status for t in saved.turns if t.speaker == "employee"]
    assert statuses.count("interrupted") == 1 and saved.ended is not None


def test_a_device_as_script_is_refused_without_filling_memory(capsys):
    assert main(["run", "--scenario", "stille-senior", "--script", "/dev/zero"]) == 2
    assert "is a device, not a regular file" in capsys.readouterr().err
