"""Roxy's side of the embedded Python interpreter (loaded from Rust as module `roxy_bridge`).

It imports a server module afresh, finds its server object by type, and serves MCP on it over a
pair of in-memory line streams handed to the SDK's own `stdio_server`, so the SDK parses and
writes exactly the JSON it would over a real stdio pipe. Rust feeds lines in with
`Connection.feed` (on the event-loop thread) and receives the SDK's lines through `emit`.
"""

import asyncio
import functools
import importlib
import importlib.util
import inspect
import logging
import os
import sys
import traceback
import types

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
    except BaseException as error:
        sys.modules.pop(name, None)
        message = f"importing {origin} failed:\n{traceback_tail(error)}"
        if isinstance(error, ModuleNotFoundError) and error.name:
            message += "\n" + missing_module_hint(error.name)
        raise StartError(message) from None


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
):
    """Sets `environment`, puts `search_dir` first on `sys.path` (as running the file would),
    imports the module afresh and returns its server object, ready to serve."""
    os.environ.update(environment)
    if search_dir not in sys.path:
        sys.path.insert(0, search_dir)
    module = import_fresh(name, file, source, origin)
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


class Connection:
    """One MCP connection to one server object, served on Roxy's event loop."""

    def __init__(self, server, emit):
        self._server = server
        self._stdin = LineReader()
        self._stdout = LineWriter(emit)
        self._task: asyncio.Task | None = None

    def feed(self, line: str) -> None:
        """Hands one JSON-RPC message (a line of JSON) to the server."""
        self._stdin.put(line)

    def close(self) -> None:
        """Ends the connection: cancels everything the server is doing for it."""
        self._stdin.put(None)
        if self._task is not None:
            self._task.cancel()

    async def serve(self) -> str:
        """Serves until closed; returns why the connection ended."""
        self._task = asyncio.current_task()
        try:
            await serve_streams(self._server, self._stdin, self._stdout)
            return "the Python server stopped serving"
        except asyncio.CancelledError:
            return "the connection was shut down"
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


class RustLogHandler(logging.Handler):
    """Sends Python log records to Roxy's log (`tracing`, target `python`)."""

    def __init__(self, sink):
        super().__init__()
        self._sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info:
                message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
            self._sink(record.levelno, record.name, message)
        except Exception:
            self.handleError(record)


ROXY_LOG_HANDLER: RustLogHandler | None = None


def install_log_handler(sink) -> None:
    """Routes the root logger to Roxy's log, and `print` to stderr: Roxy's stdout is its own."""
    global ROXY_LOG_HANDLER
    ROXY_LOG_HANDLER = RustLogHandler(sink)
    root = logging.getLogger()
    root.handlers[:] = [ROXY_LOG_HANDLER]
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    sys.stdout = sys.stderr


def adopt_loggers() -> None:
    """Points loggers that an SDK gave their own handlers (fastmcp's rich console) at Roxy's log."""
    if ROXY_LOG_HANDLER is None:
        return
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger) and logger.handlers:
            logger.handlers[:] = [ROXY_LOG_HANDLER]
