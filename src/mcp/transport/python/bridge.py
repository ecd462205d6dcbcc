"""Roxy's side of the embedded Python interpreter (loaded from Rust as module `roxy_bridge`).

It imports a server module afresh, finds its server object by type, and serves MCP on it over a
pair of in-memory line streams handed to the SDK's own `stdio_server`, so the SDK parses and
writes exactly the JSON it would over a real stdio pipe. Rust feeds lines in with
`Connection.feed` (on the event-loop thread) and receives the SDK's lines through `emit`.
"""

import asyncio
import contextlib
import functools
import gc
import importlib
import importlib.util
import inspect
import io
import json
import logging
import os
import selectors
import sys
import threading
import traceback
import types
import typing

# The server classes Roxy serves, as (module, class, label). Looked up in `sys.modules` only, so
# finding a server never imports an SDK the module did not import itself (`mcp.server.fastmcp`
# raises on purpose in mcp 2.x).
MCP2_SERVER = "mcp 2.x MCPServer"
MCP1_FASTMCP = "mcp 1.x FastMCP"
FASTMCP = "fastmcp FastMCP"
SERVER_CLASSES = (
    ("mcp.server.mcpserver.server", "MCPServer", MCP2_SERVER),
    ("mcp.server.fastmcp.server", "FastMCP", MCP1_FASTMCP),
    ("fastmcp.server.server", "FastMCP", FASTMCP),
)

# How many lines of a traceback an error message keeps.
TRACEBACK_TAIL_LINES = 8


# The venv in use, set by `use_venv`.
VENV_ROOT: str | None = None


def use_venv(root: str, site_packages: str, include_system_site_packages: bool) -> None:
    """What starting the venv's own python would do: its site-packages (with `.pth` files) on
    `sys.path`, the interpreter's own site-packages hidden unless the venv includes them."""
    import site

    global VENV_ROOT
    VENV_ROOT = root
    system = [*site.getsitepackages(), site.getusersitepackages()]
    hidden = [p for p in sys.path if p in system]
    sys.path[:] = [p for p in sys.path if p not in system]
    site.addsitedir(site_packages)
    if include_system_site_packages:
        sys.path.extend(hidden)
    sys.prefix = sys.exec_prefix = root


# The exception classes whose message each SDK passes on to the client in a tool's error result
# (mcp 2.x hides the text of any other exception), as (module, class).
TOOL_ERROR_CLASSES = (
    ("mcp.server.mcpserver.exceptions", "ToolError"),
    ("mcp.server.fastmcp.exceptions", "ToolError"),
    ("fastmcp.exceptions", "ToolError"),
)


def exit_refused(name: str, code) -> Exception:
    """What `sys.exit` and `os._exit` raise inside Roxy: a tool error of every SDK loaded, so
    whichever SDK serves the tool passes the message on."""
    bases = tuple(
        cls
        for module_name, class_name in TOOL_ERROR_CLASSES
        if isinstance(cls := getattr(sys.modules.get(module_name), class_name, None), type)
        and issubclass(cls, Exception)
    )
    refused = type("ExitRefused", bases or (Exception,), {})
    return refused(
        f"the tool called {name}({code!r}), which would end Roxy: python servers run inside "
        f"Roxy's process; raise an exception to report an error instead, or run the server "
        f"with `transport: stdio` if it must exit"
    )


def refuse_exits() -> None:
    """Makes `sys.exit` and `os._exit` raise a tool error instead, so a tool that calls them
    fails with an error result rather than stopping the event loop every embedded server shares
    (`SystemExit`) or Roxy itself (`os._exit`). C code that calls `_exit(2)` directly is not
    covered: run such a module with `transport: stdio`."""

    def sys_exit(code=None):
        raise exit_refused("sys.exit", code)

    def os_exit(code):
        raise exit_refused("os._exit", code)

    sys.exit = sys_exit
    os._exit = os_exit


class StartError(Exception):
    """A server could not be started; the message says why and what to do."""


def traceback_tail(error: BaseException) -> str:
    """The last lines of `error`'s traceback: where it happened and what it was."""
    lines = "".join(traceback.format_exception(error)).rstrip().splitlines()
    return "\n".join(lines[-TRACEBACK_TAIL_LINES:])


def import_fresh(name: str, file: str | None, source: str | None, origin: str):
    """A new module object for `name`: executed from `file`, from `source` (the copy built into
    Roxy), or imported from the venv. Earlier imports of `name` are forgotten first, so a restart
    picks up edits."""
    for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[loaded]
    importlib.invalidate_caches()
    with collector_paused():
        return import_module(name, file, source, origin)


# The collection threshold of the youngest generation while modules are imported, and the
# imports under way with the thresholds to restore when the last of them ends.
IMPORT_GC_THRESHOLD = 50_000
IMPORTS_UNDER_WAY = 0
SAVED_GC_THRESHOLDS: tuple = ()


@contextlib.contextmanager
def collector_paused():
    """Runs an import with the cyclic garbage collector seldom collecting, then freezes what it
    built.

    An SDK's import builds some 130,000 long-lived objects (pydantic models for every protocol
    version), which at the default threshold cost about 200 collections while they are made;
    frozen afterwards, they are skipped by every later collection (see README, "Benchmarks").
    The collector stays on, with a higher threshold, so an import that never returns leaves it
    collecting less often, not stopped. The price of freezing: the few thousand objects an
    import leaves as cyclic garbage are kept rather than collected."""
    global IMPORTS_UNDER_WAY, SAVED_GC_THRESHOLDS
    if IMPORTS_UNDER_WAY == 0:
        SAVED_GC_THRESHOLDS = gc.get_threshold()
        gc.set_threshold(max(IMPORT_GC_THRESHOLD, SAVED_GC_THRESHOLDS[0]), *SAVED_GC_THRESHOLDS[1:])
    IMPORTS_UNDER_WAY += 1
    try:
        yield
    finally:
        IMPORTS_UNDER_WAY -= 1
        if IMPORTS_UNDER_WAY == 0:
            gc.set_threshold(*SAVED_GC_THRESHOLDS)
        gc.freeze()


def import_module(name: str, file: str | None, source: str | None, origin: str):
    """`import_fresh` without forgetting earlier imports first."""
    try:
        if file is not None:
            spec = importlib.util.spec_from_file_location(name, file)
            if spec is None or spec.loader is None:
                raise StartError(f"{file} is not a Python module")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
            return module
        if source is not None:
            module = types.ModuleType(name)
            module.__file__ = origin
            sys.modules[name] = module
            exec(compile(source, origin, "exec"), module.__dict__)
            return module
        return importlib.import_module(name)
    except StartError:
        raise
    except ModuleNotFoundError as error:
        sys.modules.pop(name, None)
        if error.name == name and file is None and source is None:
            raise  # the configured module itself: `load_server` says which ones there are
        raise StartError(import_failed(error, origin)) from None
    except BaseException as error:
        sys.modules.pop(name, None)
        raise StartError(import_failed(error, origin)) from None


def import_failed(error: BaseException, origin: str) -> str:
    """Why importing `origin` failed, and for a module it needs that is missing, how to install it."""
    message = f"importing {origin} failed:\n{traceback_tail(error)}"
    if isinstance(error, ModuleNotFoundError) and error.name:
        message += "\n" + missing_module_hint(error.name)
    return message


def unknown_module(name: str, origin: str, built_in) -> str:
    """A configured module found nowhere: the close names there are (a misspelt name is not a
    package to install: pip would fetch whatever PyPI has under it)."""
    import difflib
    import pkgutil

    known = set(built_in) | {found.name for found in pkgutil.iter_modules()}
    close = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.75)
    if close:
        return f"there is no Python module `{name}` ({origin}); did you mean " + " or ".join(f"`{c}`" for c in close) + "?"
    return (
        f"there is no Python module `{name}` ({origin}); built into Roxy: "
        + ", ".join(f"`{b}`" for b in built_in)
        + f"; a module of your own goes in python_servers/{name}.py, a package into the venv"
    )


def missing_module_hint(module: str) -> str:
    if VENV_ROOT is None:
        return (
            f"hint: no venv is in use, so `{module}` must come from the interpreter's own packages; create "
            "`.venv` at the project root (`python3 -m venv .venv && .venv/bin/pip install -r "
            "python_servers/requirements.txt`) or set `python.venv` in roxy.yaml"
        )
    return f"hint: install it into the venv Roxy uses: `{VENV_ROOT}/bin/pip install {module}`"


def server_label(value) -> str | None:
    """Which supported server class `value` is an instance of, if any."""
    for module_name, class_name, label in SERVER_CLASSES:
        cls = getattr(sys.modules.get(module_name), class_name, None)
        if isinstance(cls, type) and isinstance(value, cls):
            return label
    return None


def find_server(module, origin: str, object_name: str | None):
    """The server object of `module`: the attribute `object_name`, else the one attribute whose
    type is a supported server class."""
    supported = ", ".join(label for _, _, label in SERVER_CLASSES)
    if object_name is not None:
        if not hasattr(module, object_name):
            names = ", ".join(n for n in vars(module) if not n.startswith("_")) or "nothing"
            raise StartError(f"{origin} has no attribute `{object_name}` (it defines: {names})")
        value = getattr(module, object_name)
        if server_label(value) is None:
            raise StartError(
                f"`{object_name}` in {origin} is a {type(value).__qualname__}, not a server ({supported})"
            )
        return value
    found = [(n, server_label(v)) for n, v in vars(module).items() if server_label(v) is not None]
    if len(found) == 1:
        return getattr(module, found[0][0])
    if not found:
        names = ", ".join(f"`{n}` ({type(v).__qualname__})" for n, v in vars(module).items() if not n.startswith("_"))
        raise StartError(f"{origin} defines no server object ({supported}); it defines: {names or 'nothing'}")
    listed = ", ".join(f"`{n}` ({label})" for n, label in found)
    raise StartError(f"{origin} defines {len(found)} server objects: {listed}; choose one with `object: NAME`")


def load_server(
    name: str,
    file: str | None,
    source: str | None,
    origin: str,
    object_name: str | None,
    search_dir: str,
    environment: dict[str, str],
    built_in: tuple[str, ...] = (),
):
    """Sets `environment`, puts `search_dir` first on `sys.path` (as running the file would),
    imports the module afresh and returns its server object, ready to serve. `built_in` names
    the modules built into Roxy, offered when `name` is none of them and found nowhere."""
    # Only what differs: every server shares the process environment, and each `setenv` races
    # with `getenv` on threads Python does not know about (a sound card's, a TLS library's).
    for key, value in environment.items():
        if os.environ.get(key) != value:
            os.environ[key] = value
    if search_dir not in sys.path:
        sys.path.insert(0, search_dir)
    try:
        module = import_fresh(name, file, source, origin)
    except ModuleNotFoundError as error:
        raise StartError(unknown_module(name, origin, built_in)) from error
    adopt_loggers()
    server = find_server(module, origin, object_name)
    offload_sync_tools(server)
    return server


def run_in_thread(fn):
    """`fn` as a coroutine function that runs it on a worker thread, so a blocking tool does not
    stall the event loop every embedded server shares."""
    import anyio.to_thread

    @functools.wraps(fn)
    async def threaded(*args, **kwargs):
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), abandon_on_cancel=True)

    return threaded


def offload_sync_tools(server) -> None:
    """mcp 1.x `FastMCP` and fastmcp 2.x call sync tools on the event loop; make them run on
    worker threads as mcp 2.x and fastmcp 3+ do."""
    label = server_label(server)
    tools = getattr(getattr(server, "_tool_manager", None), "_tools", None)
    if not isinstance(tools, dict):
        return
    if label == MCP1_FASTMCP:
        for tool in tools.values():
            if not tool.is_async:
                tool.fn = run_in_thread(tool.fn)
                tool.is_async = True
    elif label == FASTMCP and sdk_major("fastmcp") < 3:
        for tool in tools.values():
            fn = getattr(tool, "fn", None)
            if fn is not None and not inspect.iscoroutinefunction(fn):
                tool.fn = run_in_thread(fn)


def sdk_major(package: str) -> int:
    version = getattr(sys.modules.get(package), "__version__", "0")
    head = version.split(".", 1)[0]
    return int(head) if head.isdigit() else 0


class LineReader:
    """The server's stdin: an async iterator of the lines Rust feeds in."""

    def __init__(self):
        self._lines: asyncio.Queue = asyncio.Queue()

    def put(self, line: str | None) -> None:
        self._lines.put_nowait(line)

    def __aiter__(self):
        return self

    async def __anext__(self) -> str:
        line = await self._lines.get()
        if line is None:
            raise StopAsyncIteration
        return line


class LineWriter:
    """The server's stdout: every line goes straight to Rust."""

    def __init__(self, emit):
        self._emit = emit

    async def write(self, text: str) -> None:
        self._emit(text)

    async def flush(self) -> None:
        pass


class DirectToolCalls:
    """`tools/call` straight into an mcp 2.x `MCPServer`, past the SDK's stream plumbing.

    Served over streams, every call crosses five asyncio tasks and two zero-buffer memory
    streams (stdin reader, dispatcher, handler task, stdout writer), about ten times what the
    call itself costs (see README, "Benchmarks"). For the calls where that plumbing adds
    nothing, this does what the SDK's request pipeline does for `tools/call` itself: validate
    the params, run `_handle_call_tool` (the SDK's own error results and logging), shape the
    result for the negotiated protocol version as the SDK's serializer does (`plain_writing`:
    dropping the fields the version lacks and checking the ones it types more narrowly, when
    that is all its types change; else with that serializer), and answer a raised `MCPError`
    with its error. Everything else goes the SDK's way: other methods, tools that take a
    `Context` (progress, logging, elicitation need the session) or use resolvers, servers with
    middleware of their own or cache hints, and 2026-era protocol versions.
    """

    def __init__(self, server):
        from mcp.server.mcpserver.server import MCPServer

        if not isinstance(server, MCPServer) or not hasattr(server, "_handle_call_tool"):
            raise TypeError("not an mcp 2.x MCPServer")
        from mcp.shared.jsonrpc_dispatcher import handler_exception_to_error_data
        from mcp_types import CallToolRequestParams, CallToolResult, ErrorData
        from mcp_types import methods
        from mcp_types.version import MODERN_PROTOCOL_VERSIONS

        self._server = server
        self._lowlevel = server._lowlevel_server
        self._params = CallToolRequestParams
        self._error_data = ErrorData
        self._serialize = methods.serialize_server_result
        # How results are written, by protocol version (`ResultShape`), as versions are met.
        self._shapes: dict = {}
        self._result_type = CallToolResult
        self._dump_result = CallToolResult.__pydantic_serializer__.to_json
        self._to_error = handler_exception_to_error_data
        self._modern = MODERN_PROTOCOL_VERSIONS
        # The middleware `MCPServer` installs by default, which do nothing for a `tools/call`
        # without `requestState` (the boundary) or while no OpenTelemetry SDK is set up.
        from mcp.server._otel import OpenTelemetryMiddleware
        from mcp.server.request_state import RequestStateBoundary
        self._otel = OpenTelemetryMiddleware
        self._request_state = RequestStateBoundary
        self._tracing_off = tracing_off_check()

    @classmethod
    def of(cls, server):
        try:
            return cls(server)
        except (ImportError, TypeError, AttributeError):
            return None

    def accepts(self, params, version: str | None) -> bool:
        if version is None or version in self._modern or not isinstance(params, dict):
            return False
        name, arguments = params.get("name"), params.get("arguments")
        if not isinstance(name, str) or not (arguments is None or isinstance(arguments, dict)):
            return False
        if "requestState" in params or self._lowlevel.cache_hints.get("tools/call") is not None:
            return False
        for middleware in self._lowlevel.middleware:
            kind = type(middleware)
            if kind is not self._request_state and (kind is not self._otel or not self._tracing_off()):
                return False
        tool = self._server._tool_manager.get_tool(name)
        return tool is not None and tool.context_kwarg is None and not tool.resolved_params

    async def answer(self, request_id, params, version: str) -> str:
        """The JSON-RPC answer line to `tools/call` request `request_id`."""
        try:
            typed = self._params.model_validate(params, by_name=False)
            result = await self._server._handle_call_tool(None, typed)
            line = self._result_line(request_id, result, version)
            if line is not None:
                return line
            dumped = result.model_dump(by_alias=True, mode="json", exclude_none=True)
            try:
                shaped = self._serialize("tools/call", version, dumped)
            except Exception:
                logging.getLogger("mcp.server.runner").exception("handler for 'tools/call' returned an invalid result")
                shaped = None
            if shaped is not None:
                return json_line({"jsonrpc": "2.0", "id": request_id, "result": shaped})
            error = self._error_data(code=-32603, message="Handler returned an invalid result")
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            error = self._to_error(exc)
            if error is None:
                logging.getLogger("mcp.shared.jsonrpc_dispatcher").exception("handler for 'tools/call' raised")
                error = self._error_data(code=0, message=str(exc))
        wire = error.model_dump(by_alias=True, mode="json", exclude_none=True)
        return json_line({"jsonrpc": "2.0", "id": request_id, "error": wire})


    def _result_line(self, request_id, result, version: str) -> str | None:
        """The answer line for a valid result, shaped for `version` as `serialize_server_result`
        shapes it, but written as JSON by pydantic in one step; `None` when that cannot be done
        here (an SDK without these internals, a result the version's type rejects), for the
        SDK's own path to handle and report."""
        try:
            shape = self._shapes.get(version)
            if shape is None:
                shape = self._shapes[version] = self._shape_for(version)
            plain = shape.plain
            if plain is not None and type(result) is self._result_type:
                for name, adapter in plain.checked:
                    # Raises as the version's validation would: the SDK's path then reports it.
                    adapter.validate_python(getattr(result, name))
                body = self._dump_result(result, by_alias=True, exclude_none=True, exclude=plain.dropped).decode()
            else:
                dumped = result.model_dump(by_alias=True, mode="json", exclude_none=True)
                shaped = shape.surface.validate_python(dumped, by_name=False)
                body = shape.surface.dump_json(shaped, by_alias=True, exclude_none=True).decode()
        except Exception:
            return None
        # The id is an int or a str (`Connection._start_direct_call`); an int is its digits.
        identifier = str(request_id) if isinstance(request_id, int) else json_line(request_id)
        return f'{{"jsonrpc":"2.0","id":{identifier},"result":{body}}}'

    def _shape_for(self, version: str) -> "ResultShape":
        from mcp_types import methods

        methods._check_known_version(version)
        surface_type = methods.SERVER_RESULTS[("tools/call", version)]
        return ResultShape(methods._adapter(surface_type), plain_writing(self._result_type, surface_type))


def tracing_off_check():
    """A check of whether OpenTelemetry traces nothing (its global tracer provider is the
    proxy), as `isinstance(get_tracer_provider(), ProxyTracerProvider)` answers it, without the
    cost of asking on every call: while no provider is set, `get_tracer_provider` looks
    `OTEL_PYTHON_TRACER_PROVIDER` up with `in os.environ`, a `KeyError` raised and caught. The
    same two facts are read here directly: the module's provider and the environment's own
    dictionary (`os.environ` writes through to it), falling back to the public call for anything
    else (5,200 of the Python half's 366,000 instructions per call, callgrind)."""
    import opentelemetry.trace as trace
    from opentelemetry.environment_variables import OTEL_PYTHON_TRACER_PROVIDER
    from opentelemetry.trace import ProxyTracerProvider, get_tracer_provider

    def asked() -> bool:
        return isinstance(get_tracer_provider(), ProxyTracerProvider)

    environment = getattr(os.environ, "_data", None)
    if not isinstance(environment, dict) or not hasattr(trace, "_TRACER_PROVIDER"):
        return asked
    variable = os.environ.encodekey(OTEL_PYTHON_TRACER_PROVIDER)

    def read() -> bool:
        if trace._TRACER_PROVIDER is None and variable not in environment:
            return True
        return asked()

    return read


class ResultShape(typing.NamedTuple):
    """How `tools/call` results are written for one protocol version."""

    # The version's result type (a pydantic adapter): what the SDK validates a result against.
    surface: object
    # What writing the SDK's own result takes instead (`plain_writing`), or `None`: then each
    # result is validated against `surface` and written from that.
    plain: "PlainWriting | None"


class PlainWriting(typing.NamedTuple):
    """A result of the SDK's type written as it is for a version whose type differs from it
    only so: these fields dropped, and these others typed more narrowly."""

    # The SDK's result fields the version's type lacks.
    dropped: frozenset
    # The SDK's result fields the version's type types more narrowly (`structuredContent`:
    # any value, against an object), with an adapter of the version's type for each: every
    # result's value is checked against it.
    checked: tuple


def plain_writing(ours, theirs) -> PlainWriting | None:
    """When validating a result of pydantic model `ours` (the SDK's result type) as `theirs` (a
    protocol version's type of the same name) and dumping that is the same as dumping the result
    minus some fields, provided some of its values pass the version's narrower types: every
    model `ours` holds, at any depth, has the fields of the model of the same name in `theirs`'
    module (by wire name) with the same types (ours may constrain more), none keeps unknown
    fields, and only `ours` itself has more fields or fields typed more narrowly by `theirs`.
    `None` otherwise (a union, another field set or type deeper down, a missing model): results
    must then be validated as `theirs`."""
    from pydantic import BaseModel, TypeAdapter
    from pydantic.fields import FieldInfo

    def is_model(kind) -> bool:
        return isinstance(kind, type) and issubclass(kind, BaseModel)

    if not (is_model(ours) and is_model(theirs)):
        return None
    their_module = sys.modules.get(theirs.__module__)

    def wire_names(model) -> dict:
        return {field.alias or name: name for name, field in model.model_fields.items()}

    def models_in(annotation):
        if is_model(annotation):
            yield annotation
        for argument in typing.get_args(annotation):
            yield from models_in(argument)

    def type_of(annotation, mine: bool):
        """`annotation` compared across the two modules: models by name, unions and literals
        as sets; our own constraints (`Annotated`) dropped, since ours may be stricter."""
        origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
        if is_model(annotation):
            return ("model", annotation.__name__)
        if origin is typing.Annotated:
            inner = type_of(arguments[0], mine)
            return inner if mine else ("annotated", inner, repr(arguments[1:]))
        if origin is typing.Literal:
            return ("literal", frozenset(arguments))
        if origin in (typing.Union, types.UnionType):
            return ("union", frozenset(type_of(argument, mine) for argument in arguments))
        if origin is not None:
            return (origin, tuple(type_of(argument, mine) for argument in arguments))
        return annotation

    def constraints_of(field) -> set:
        """The constraints (`ge`, `max_length`...) of `field` and of the `Annotated` types in
        its annotation, as text."""
        found = {repr(constraint) for constraint in field.metadata}
        annotations = [field.annotation]
        while annotations:
            annotation = annotations.pop()
            for argument in typing.get_args(annotation):
                if isinstance(argument, FieldInfo):
                    found.update(repr(constraint) for constraint in argument.metadata)
                else:
                    annotations.append(argument)
        return found

    checked = []
    seen = set()
    pending = [ours]
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        counterpart = getattr(their_module, model.__name__, None)
        if not is_model(counterpart) or "allow" in (model.model_config.get("extra"), counterpart.model_config.get("extra")):
            return None
        mine, yours = wire_names(model), wire_names(counterpart)
        if not yours.keys() <= mine.keys() or (model is not ours and yours.keys() != mine.keys()):
            return None
        for wire, their_name in yours.items():
            my_field, their_field = model.model_fields[mine[wire]], counterpart.model_fields[their_name]
            same = type_of(my_field.annotation, True) == type_of(
                their_field.annotation, False
            ) and constraints_of(their_field) <= constraints_of(my_field)
            if not same:
                if model is not ours:
                    return None
                # The field's own constraints too (`Field(ge=0)` lives beside its annotation).
                their_type = their_field.annotation
                if their_field.metadata:
                    their_type = typing.Annotated[(their_type, *their_field.metadata)]
                checked.append((mine[wire], TypeAdapter(their_type)))
            pending.extend(models_in(my_field.annotation))
    kept = wire_names(theirs)
    dropped = frozenset(name for wire, name in wire_names(ours).items() if wire not in kept)
    return PlainWriting(dropped, tuple(checked))


# `json.dumps` with these arguments builds a new encoder per call (~4 µs, a few percent of a
# direct call); one shared encoder writes the same text.
_LINE_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def json_line(message) -> str:
    return _LINE_ENCODER.encode(message)


# The C scanner under `json.loads`, without its Python-level wrappers (`loads`, `decode`,
# `raw_decode` and two whitespace matches: some 40% of a small line's decoding).
_SCAN_JSON = json.decoder.JSONDecoder().scan_once


def parse_line(line: str):
    """`json.loads(line)`, the C scanner's way when `line` is one JSON value and nothing else, as
    Roxy writes it; anything else (whitespace around it, garbage, nothing) goes to `json.loads`,
    which decides and raises as it always does."""
    try:
        value, end = _SCAN_JSON(line, 0)
    except (StopIteration, ValueError):
        return json.loads(line)
    return value if end == len(line) else json.loads(line)


class SharedSelector(selectors.BaseSelector):
    """The event loop's selector, wrapped so that the loop is owned by one thread at a time.

    The loop's own thread owns it except while it waits in `select`: it hands ownership back
    (`ownership.release`, Rust's `LoopOwnership`) before waiting and takes it again (waiting,
    without the GIL, for a caller to finish) before it runs anything the wait returned. A
    Tokio thread that takes ownership while the loop thread waits may run the loop's ready
    callbacks itself (`Connection.feed_inline`), so a tool call needs no wake-up of another
    thread. Only the loop thread selects.
    """

    def __init__(self, ownership):
        self._inner = selectors.DefaultSelector()
        self._ownership = ownership

    def register(self, fileobj, events, data=None):
        return self._inner.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._inner.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._inner.modify(fileobj, events, data)

    def select(self, timeout=None):
        self._ownership.release()
        try:
            return self._inner.select(timeout)
        finally:
            self._ownership.acquire()

    def close(self):
        self._inner.close()

    def get_key(self, fileobj):
        return self._inner.get_key(fileobj)

    def get_map(self):
        return self._inner.get_map()


def new_event_loop(ownership):
    """The event loop every embedded server shares, on a `SharedSelector`."""
    return asyncio.SelectorEventLoop(SharedSelector(ownership))


def start_task(coro, event_loop) -> asyncio.Task:
    """`asyncio.ensure_future(coro)` on `event_loop` (running on this thread): the task built
    directly unless the loop has a task factory, which `create_task` then calls."""
    if event_loop.get_task_factory() is None:
        return asyncio.Task(coro, loop=event_loop)
    return event_loop.create_task(coro)


# How many rounds of ready callbacks a caller's thread runs for one inline call before it leaves the rest
# to the loop thread: enough for a tool that awaits nothing or only yields (`asyncio.sleep(0)`),
# few enough that a tool that keeps yielding does not hold a Tokio thread.
INLINE_ITERATIONS = 8


def _wake_up() -> None:
    """Scheduled only to wake the loop thread (`call_soon_threadsafe`)."""


class running_here:
    """Makes `event_loop` this thread's running loop (the thread owns it; see `SharedSelector`)
    for a `with` block, then wakes the loop thread if the block left it work its wait does
    not know of: ready callbacks, or an earlier timer. (A class: a generator-based context
    manager costs a few microseconds more, on a path that costs some fifty.)"""

    __slots__ = ("_event_loop", "_first_timer")

    def __init__(self, event_loop):
        self._event_loop = event_loop

    def __enter__(self) -> None:
        scheduled = self._event_loop._scheduled
        self._first_timer = scheduled[0] if scheduled else None
        asyncio.events._set_running_loop(self._event_loop)

    def __exit__(self, *_) -> None:
        event_loop = self._event_loop
        asyncio.events._set_running_loop(None)
        scheduled = event_loop._scheduled
        timers_changed = (scheduled[0] if scheduled else None) is not self._first_timer
        if event_loop._ready or timers_changed:
            event_loop.call_soon_threadsafe(_wake_up)


def drain_in_place(drain, event_loop) -> None:
    """On a thread that owns `event_loop` (not the loop's own) and has just answered a call in
    place: runs what other threads queued for the loop meanwhile (`drain`, the inbox's) and the
    callbacks that makes ready, as the loop thread would on waking, so that calls made at the
    same time do not each wait for the loop thread to wake and take the loop over."""
    with running_here(event_loop):
        drain()
        run_ready(event_loop)


def run_ready(event_loop) -> None:
    """Runs the callbacks of `event_loop` (running on this thread) that are ready, and those they
    make ready, for up to `INLINE_ITERATIONS` rounds: as the loop's own iteration does, minus
    the wait for I/O and timers, which stay with the loop thread. A call that awaits nothing
    (or only yields) is answered; a call still waiting (for I/O, a timer, another thread) is
    left to the loop thread."""
    ready = event_loop._ready
    for _ in range(INLINE_ITERATIONS):
        if not ready:
            return
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            try:
                handle._run()
            except (SystemExit, KeyboardInterrupt):
                logging.getLogger("roxy.python").error("an embedded Python task raised SystemExit; the event loop goes on")
                return


class Connection:
    """One MCP connection to one server object, served on Roxy's event loop."""

    def __init__(self, server, emit):
        self._server = server
        self._emit = emit
        self._stdin = LineReader()
        self._stdout = LineWriter(self._emit_line)
        self._task: asyncio.Task | None = None
        self._direct = DirectToolCalls.of(server)
        # The `initialize` request whose answer names the protocol version, until it is seen.
        self._initialize_id = None
        self._version: str | None = None
        self._initialized = False
        # Direct calls in flight, by request id (for `notifications/cancelled` and `close`).
        self._calls: dict = {}
        # What a direct call raised that ends the connection.
        self._crash: BaseException | None = None
        # The request whose answer `feed_inline` hands back instead of emitting, while it runs,
        # and that answer once written.
        self._hand_back_id = None
        self._handed_back: str | None = None

    def feed(self, line: str) -> None:
        """Hands one JSON-RPC message (a line of JSON) to the server."""
        if self._direct is None or not self._took_directly(line):
            self._stdin.put(line)

    def feed_inline(self, line: str, event_loop) -> str | bool:
        """On a thread that owns `event_loop` (not the loop's own): starts a direct `tools/call`
        for `line` and runs the loop here until it is answered (`run_ready`). Returns the answer
        line when it was (not emitted: the caller routes it itself, with no hand-off to the
        session's reader), `True` when the call was started but awaits more than this thread
        runs (its answer is emitted when it comes), and `False` when `line` is not such a call
        and nothing was done: feed it the usual way. Never in asyncio's debug mode, whose checks
        refuse loop calls from any thread but the loop's own."""
        if event_loop.get_debug():
            return False
        message = self._direct_call_message(line)
        if message is None:
            return False
        with running_here(event_loop):
            if self._start_direct_call(message, event_loop) is None:
                return False
            self._hand_back_id, self._handed_back = message["id"], None
            try:
                run_ready(event_loop)
            finally:
                answer, self._hand_back_id, self._handed_back = self._handed_back, None, None
        return True if answer is None else answer

    def _took_directly(self, line: str) -> bool:
        """Starts a direct `tools/call` for `line` if it is one; notes what the direct path
        needs to know (the protocol version, the end of the handshake, cancellations)."""
        message = self._direct_call_message(line)
        if message is None:
            return False
        method = message.get("method")
        request_id = message.get("id")
        if method == "tools/call":
            return self._start_direct_call(message, asyncio.get_running_loop()) is not None
        if method == "initialize":
            self._initialize_id = request_id
        elif method == "notifications/initialized":
            self._initialized = True
        elif method == "notifications/cancelled":
            params = message.get("params")
            cancelled = params.get("requestId") if isinstance(params, dict) else None
            call = self._calls.pop(cancelled, None) if isinstance(cancelled, (int, str)) else None
            if call is not None:
                call.cancel()
                return True
        return False

    def _direct_call_message(self, line: str) -> dict | None:
        """`line` as a JSON-RPC message object, if this connection answers calls directly."""
        if self._direct is None:
            return None
        try:
            message = parse_line(line)
        except ValueError:
            return None
        return message if isinstance(message, dict) else None

    def _start_direct_call(self, message: dict, event_loop) -> asyncio.Task | None:
        """Starts answering `message` directly on `event_loop` (running on this thread) if it is
        a `tools/call` the direct path takes."""
        if message.get("method") != "tools/call":
            return None
        request_id = message.get("id")
        params = message.get("params")
        ready = self._initialized and isinstance(request_id, (int, str)) and not isinstance(request_id, bool)
        if not ready or request_id in self._calls or not self._direct.accepts(params, self._version):
            return None
        # Forgotten when it ends (`_answer_directly`) or is cancelled (which may come before
        # it starts, when its body never runs).
        call = self._calls[request_id] = start_task(self._answer_directly(request_id, params), event_loop)
        if call.done():
            # An eager task factory (Python 3.12+) ran it to its end before it was recorded.
            self._calls.pop(request_id, None)
        return call

    async def _answer_directly(self, request_id, params) -> None:
        try:
            line = await self._direct.answer(request_id, params, self._version)
        except asyncio.CancelledError:
            raise
        except BaseException as error:
            # `SystemExit` and the like end the connection, as they end the SDK's task group.
            self._crash = error
            if self._task is not None:
                self._task.cancel()
            return
        finally:
            # Unless cancelled, when its entry went at once and may be another call's by now.
            if self._calls.get(request_id) is asyncio.current_task():
                del self._calls[request_id]
        if request_id == self._hand_back_id:
            self._handed_back = line
        else:
            self._emit(line)

    def _emit_line(self, text: str) -> None:
        """The SDK's output, watched for the answer to `initialize` (its protocol version)."""
        if self._initialize_id is not None:
            try:
                message = json.loads(text)
                if isinstance(message, dict) and message.get("id") == self._initialize_id:
                    self._initialize_id = None
                    version = (message.get("result") or {}).get("protocolVersion")
                    self._version = version if isinstance(version, str) else None
            except (ValueError, AttributeError):
                pass
        self._emit(text)

    def close(self) -> None:
        """Ends the connection: cancels everything the server is doing for it."""
        self._stdin.put(None)
        for call in self._calls.values():
            call.cancel()
        self._calls.clear()
        if self._task is not None:
            self._task.cancel()

    async def serve(self) -> str:
        """Serves until closed; returns why the connection ended."""
        self._task = asyncio.current_task()
        try:
            await serve_streams(self._server, self._stdin, self._stdout)
            return "the Python server stopped serving"
        except asyncio.CancelledError:
            if self._crash is None:
                return "the connection was shut down"
            error = self._crash
            logging.getLogger("roxy.python").error("server crashed", exc_info=error)
            return f"the Python server crashed:\n{traceback_tail(error)}"
        except BaseException as error:
            logging.getLogger("roxy.python").error("server crashed", exc_info=error)
            return f"the Python server crashed:\n{traceback_tail(error)}"


async def serve_streams(server, stdin, stdout) -> None:
    """What each SDK's `run_stdio_async` does, on the given streams instead of fds 0 and 1."""
    from mcp.server.stdio import stdio_server

    label = server_label(server)
    if label == FASTMCP:
        if sdk_major("fastmcp") < 3:
            from mcp.server.lowlevel import NotificationOptions

            options = server._mcp_server.create_initialization_options(
                notification_options=NotificationOptions(tools_changed=True)
            )
        else:
            options = server._mcp_server.create_initialization_options()
        async with server._lifespan_manager():
            async with stdio_server(stdin, stdout) as (read_stream, write_stream):
                await server._mcp_server.run(read_stream, write_stream, options)
        return
    lowlevel = server._lowlevel_server if label == MCP2_SERVER else server._mcp_server
    async with stdio_server(stdin, stdout) as (read_stream, write_stream):
        await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())


# Loggers of the SDKs' servers. A record of theirs that carries an exception is a request the
# server answered with an error (a tool, a resource or a prompt raised), which the caller reports
# itself: its traceback is detail for the log at info (`-v`), not a second report of the failure.
SDK_LOGGERS = ("mcp.", "fastmcp.")


class RustLogHandler(logging.Handler):
    """Sends Python log records to Roxy's log (`tracing`, target `python`)."""

    def __init__(self, sink):
        super().__init__()
        self._sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            level = record.levelno
            if record.exc_info:
                message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
                if record.name.startswith(SDK_LOGGERS):
                    level = min(level, logging.INFO)
            self._sink(level, record.name, message)
        except Exception:
            self.handleError(record)


class LogStream(io.TextIOBase):
    """`sys.stdout` and `sys.stderr` of the embedded interpreter: each line written (a `print`,
    a warning, a traceback Python writes itself) goes to Roxy's log at info as a line of the
    logger `name`, as a stdio server's stderr does. Roxy's stdout is its answer and its stderr
    the person's terminal; neither is the embedded servers'."""

    def __init__(self, sink, name: str):
        super().__init__()
        self._sink = sink
        self._name = name
        self._partial = ""
        self._lock = threading.Lock()

    def writable(self) -> bool:
        return True

    def write(self, text) -> int:
        with self._lock:
            lines = (self._partial + str(text)).split("\n")
            self._partial = lines.pop()
        for line in lines:
            self._sink(logging.INFO, self._name, line)
        return len(text)

    def flush(self) -> None:
        with self._lock:
            partial, self._partial = self._partial, ""
        if partial:
            self._sink(logging.INFO, self._name, partial)


ROXY_LOG_HANDLER: RustLogHandler | None = None


def install_log_handler(sink) -> None:
    """Routes the root logger, `print` and writes to stderr to Roxy's log."""
    global ROXY_LOG_HANDLER
    ROXY_LOG_HANDLER = RustLogHandler(sink)
    root = logging.getLogger()
    root.handlers[:] = [ROXY_LOG_HANDLER]
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    sys.stdout = LogStream(sink, "stdout")
    sys.stderr = LogStream(sink, "stderr")


def adopt_loggers() -> None:
    """Points loggers that an SDK gave their own handlers (fastmcp's rich console) at Roxy's log."""
    if ROXY_LOG_HANDLER is None:
        return
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger) and logger.handlers:
            logger.handlers[:] = [ROXY_LOG_HANDLER]
