"""Benchmark: voice turns in the practice room against the local fake speech server.

Per turn, two figures: from the end of recording (the talk key pressed again) to the
transcribed text in the input, and from sending that text to the first spoken audio of the
reply (the recording player notes when play is first called). Beside each, the servers'
own time for the same request made directly, so staysim's overhead is the difference.
The offline employee answers, so no chat server is involved.
"""

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

TURNS = [
    "Wat geeft je energie in je werk?",
    "Wat houdt je hier, als je eerlijk bent?",
    "Het klinkt alsof je meer ruimte wilt.",
    "Wat zou je morgen willen veranderen?",
]


def _ms(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"median {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms"


async def _until(condition, what: str, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError(f"{what} did not happen within {timeout:g} s")
        await asyncio.sleep(0.001)


def _servers(server, clip, sentence: str) -> tuple[float, float]:
    """The servers' own time: one transcription and one sentence spoken, made directly."""
    import fake_openai as fake

    from simulator.voice.stt import OpenAITranscriber
    from simulator.voice.tts import OpenAISynthesiser

    settings = fake.fake_settings(server.url, "sk-bench", stt="openai", tts="openai")
    transcriber, synthesiser = OpenAITranscriber(settings), OpenAISynthesiser(settings)
    transcriber.transcribe(clip, "nl")  # the connection, as the app has it open
    synthesiser.synthesise(sentence, "nl", None)
    began = time.monotonic()
    transcriber.transcribe(clip, "nl")
    heard = time.monotonic()
    synthesiser.synthesise(sentence, "nl", None)
    return heard - began, time.monotonic() - heard


async def run(turns: int, seconds: float) -> dict[str, list[float]]:
    import fake_audio
    import fake_openai as fake

    from simulator.engine.backend import choose_backend
    from simulator.library import load_library
    from simulator.store import Store
    from simulator.tui.app import make_app
    from simulator.tui.voice import VoiceSetup
    from simulator.voice.audio import Clip
    from simulator.voice.player import RecordingPlayer
    from simulator.voice.recorder import FrameRecorder

    found: dict[str, list[float]] = {"heard": [], "spoken": [], "stt": [], "tts": []}
    speech = fake_audio.voiced(seconds)
    with fake.FakeOpenAI() as server, tempfile.TemporaryDirectory() as home:
        os.environ["STAYSIM_HOME"] = home
        settings = fake.fake_settings(server.url, "sk-bench", stt="openai", tts="openai")
        recorder, player = FrameRecorder(), RecordingPlayer()
        setup = VoiceSetup(settings=settings, recorder=recorder, player=player,
                           end_of_speech=False)
        app = make_app(
            store=Store.open(Path(home) / "bench.db"),
            library=load_library(include_user=False),
            backend=choose_backend("offline", None),
            scenario_id="stille-senior",
            lang="nl",
            voice=setup,
        )
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            say = screen.query_one("#say")
            await _until(lambda: screen.voice.on and not screen.voice.out.speaking, "voice on")
            for number in range(turns):
                text = TURNS[number % len(TURNS)]
                server.transcript_text = text
                await pilot.press("ctrl+l")
                await _until(lambda: recorder.recording, "recording")
                for start in range(0, len(speech), 320):
                    recorder.push(speech[start : start + 320])
                stopped = time.monotonic()
                await pilot.press("ctrl+l")
                await _until(lambda t=text: say.value == t, "the transcribed text")
                heard = time.monotonic()
                plays = len(player.played_at)
                await say.action_submit()
                await _until(lambda n=plays: len(player.played_at) > n, "the first spoken audio")
                found["heard"].append(heard - stopped)
                found["spoken"].append(player.played_at[plays] - heard)
                await _until(lambda: not screen.busy and not screen.voice.out.speaking, "reply")
                reply = screen.session.turns[-1].text
                first = reply.split(". ")[0]
                stt, tts = await asyncio.to_thread(_servers, server, Clip(speech, 16_000), first)
                found["stt"].append(stt)
                found["tts"].append(tts)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=2.0, help="speech per manager turn")
    options = parser.parse_args()
    found = asyncio.run(run(options.turns, options.seconds))
    heard = [a - b for a, b in zip(found["heard"], found["stt"], strict=True)]
    spoken = [a - b for a, b in zip(found["spoken"], found["tts"], strict=True)]
    print(f"{options.turns} voice turns of {options.seconds:g} s speech, local fake server:")
    print(f"  end of recording -> text on screen: {_ms(found['heard'])} "
          f"(server {_ms(found['stt'])}; staysim {_ms(heard)})")
    print(f"  text sent -> first spoken audio:    {_ms(found['spoken'])} "
          f"(server {_ms(found['tts'])}; staysim {_ms(spoken)})")
    worst = max(statistics.median(heard), statistics.median(spoken))
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
