"""Roxy's knowledge-graph memory: the tools, answers and file format of the official MCP memory
server (npm `@modelcontextprotocol/server-memory`), in Python with the standard library only, so
it runs inside Roxy without Node, npm or the network.

Roxy embeds this module in-process (`transport: python`, `module: roxy_memory`, served as the
server `memory` in the default config); it also runs on its own over stdio:
`.venv/bin/python python_servers/roxy_memory.py`. tests/memory_graph.rs calls the same tools on
both servers and compares the answers.

The graph lives in `MEMORY_FILE_PATH` (default `ROXY_DATA_DIR/memory-graph.jsonl`): one JSON
object per line, `{"type": "entity", "name", "entityType", "observations"}` or
`{"type": "relation", "from", "to", "relationType"}`, the official server's format, so either
server reads the other's file. Every change is written to a temporary file, flushed to disk and
renamed over the graph, so a kill at any moment leaves the old graph or the new one. A change
holds an exclusive lock on `<graph file>.lock` from reading the graph to renaming the new one
into place, so processes sharing the file (a REPL and a one-shot `roxy call`) never write over
each other's change.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Annotated

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import Field
from typing_extensions import TypedDict  # pydantic needs it for output schemas before Python 3.12


def _graph_file() -> Path:
    configured = os.environ.get("MEMORY_FILE_PATH")
    if configured:
        return Path(configured)
    data = os.environ.get("ROXY_DATA_DIR")
    if data:
        return Path(data) / "memory-graph.jsonl"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "roxy" / "memory-graph.jsonl"


GRAPH_FILE = _graph_file()
LOCK_FILE = GRAPH_FILE.with_name(GRAPH_FILE.name + ".lock")
RESOURCE_URI = "memory://knowledge-graph"

# Tools run on worker threads: one change at a time, so no write is lost between load and save.
_lock = threading.Lock()


@contextlib.contextmanager
def _changing():
    """One change at a time, from loading the graph to saving it: among this server's worker
    threads (`_lock`) and among the processes that share the file (an `flock` on `LOCK_FILE`,
    released when its descriptor is closed, also by a kill). Reads need neither lock from other
    processes: the graph is replaced by a rename, so a reader sees the old file or the new."""
    with _lock:
        LOCK_FILE.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)

server = MCPServer(
    "memory-server",
    instructions="A knowledge graph of entities, their observations and the relations between them.",
)


class Entity(TypedDict):
    name: Annotated[str, Field(description="The name of the entity")]
    entityType: Annotated[str, Field(description="The type of the entity")]
    observations: Annotated[list[str], Field(description="An array of observation contents associated with the entity")]


# `from` is a Python keyword, hence the functional form.
Relation = TypedDict(
    "Relation",
    {
        "from": Annotated[str, Field(description="The name of the entity where the relation starts")],
        "to": Annotated[str, Field(description="The name of the entity where the relation ends")],
        "relationType": Annotated[str, Field(description="The type of the relation")],
    },
)


class ObservationInput(TypedDict):
    entityName: Annotated[str, Field(description="The name of the entity to add the observations to")]
    contents: Annotated[list[str], Field(description="An array of observation contents to add")]


class ObservationDeletion(TypedDict):
    entityName: Annotated[str, Field(description="The name of the entity containing the observations")]
    observations: Annotated[list[str], Field(description="An array of observations to delete")]


class Graph(TypedDict):
    entities: list[Entity]
    relations: list[Relation]


class Entities(TypedDict):
    entities: list[Entity]


class Relations(TypedDict):
    relations: list[Relation]


class AddedObservations(TypedDict):
    entityName: str
    addedObservations: list[str]


class ObservationResults(TypedDict):
    results: list[AddedObservations]


class Done(TypedDict):
    success: bool
    message: str


def _load() -> Graph:
    graph: Graph = {"entities": [], "relations": []}
    try:
        text = GRAPH_FILE.read_text(encoding="utf-8")
    except FileNotFoundError:
        return graph
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise ToolError(f"{GRAPH_FILE}:{number}: not JSON ({error}); fix or remove that line") from None
        if item.get("type") == "entity":
            graph["entities"].append(
                {"name": item["name"], "entityType": item["entityType"], "observations": item["observations"]}
            )
        elif item.get("type") == "relation":
            graph["relations"].append({"from": item["from"], "to": item["to"], "relationType": item["relationType"]})
    return graph


def _save(graph: Graph) -> None:
    lines = [
        json.dumps(
            {"type": "entity", "name": e["name"], "entityType": e["entityType"], "observations": e["observations"]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for e in graph["entities"]
    ] + [
        json.dumps(
            {"type": "relation", "from": r["from"], "to": r["to"], "relationType": r["relationType"]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for r in graph["relations"]
    ]
    GRAPH_FILE.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=GRAPH_FILE.parent, prefix=GRAPH_FILE.name + ".", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, GRAPH_FILE)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    directory = os.open(GRAPH_FILE.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _same_relation(a: Relation, b: Relation) -> bool:
    return a["from"] == b["from"] and a["to"] == b["to"] and a["relationType"] == b["relationType"]


def _around(graph: Graph, entities: list[Entity]) -> Graph:
    """`entities` with every relation that touches one of them."""
    names = {e["name"] for e in entities}
    return {"entities": entities, "relations": [r for r in graph["relations"] if r["from"] in names or r["to"] in names]}


def _writes(destructive: bool, idempotent: bool) -> ToolAnnotations:
    return ToolAnnotations(
        readOnlyHint=False, destructiveHint=destructive, idempotentHint=idempotent, openWorldHint=False
    )


READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)


@server.tool(title="Create Entities", annotations=_writes(False, False))
def create_entities(entities: list[Entity]) -> Entities:
    """Create multiple new entities in the knowledge graph"""
    with _changing():
        graph = _load()
        known = {e["name"] for e in graph["entities"]}
        new = []
        for entity in entities:
            if entity["name"] not in known:
                new.append(entity)
                known.add(entity["name"])
        graph["entities"].extend(new)
        _save(graph)
    return {"entities": new}


@server.tool(title="Create Relations", annotations=_writes(False, False))
def create_relations(relations: list[Relation]) -> Relations:
    """Create multiple new relations between entities in the knowledge graph. Relations should be in active voice"""
    with _changing():
        graph = _load()
        new = []
        for relation in relations:
            if not any(_same_relation(relation, r) for r in graph["relations"] + new):
                new.append(relation)
        graph["relations"].extend(new)
        _save(graph)
    return {"relations": new}


@server.tool(title="Add Observations", annotations=_writes(False, False))
def add_observations(observations: list[ObservationInput]) -> ObservationResults:
    """Add new observations to existing entities in the knowledge graph"""
    with _changing():
        graph = _load()
        results: list[AddedObservations] = []
        for item in observations:
            entity = next((e for e in graph["entities"] if e["name"] == item["entityName"]), None)
            if entity is None:
                raise ToolError(f"Entity with name {item['entityName']} not found")
            added = []
            for content in item["contents"]:
                if content not in entity["observations"] and content not in added:
                    added.append(content)
            entity["observations"].extend(added)
            results.append({"entityName": item["entityName"], "addedObservations": added})
        _save(graph)
    return {"results": results}


@server.tool(title="Delete Entities", annotations=_writes(True, True))
def delete_entities(
    entityNames: Annotated[list[str], Field(description="An array of entity names to delete")],
) -> Done:
    """Delete multiple entities and their associated relations from the knowledge graph"""
    with _changing():
        graph = _load()
        graph["entities"] = [e for e in graph["entities"] if e["name"] not in entityNames]
        graph["relations"] = [
            r for r in graph["relations"] if r["from"] not in entityNames and r["to"] not in entityNames
        ]
        _save(graph)
    return {"success": True, "message": "Entities deleted successfully"}


@server.tool(title="Delete Observations", annotations=_writes(True, True))
def delete_observations(deletions: list[ObservationDeletion]) -> Done:
    """Delete specific observations from entities in the knowledge graph"""
    with _changing():
        graph = _load()
        for deletion in deletions:
            for entity in graph["entities"]:
                if entity["name"] == deletion["entityName"]:
                    entity["observations"] = [o for o in entity["observations"] if o not in deletion["observations"]]
                    break
        _save(graph)
    return {"success": True, "message": "Observations deleted successfully"}


@server.tool(title="Delete Relations", annotations=_writes(True, True))
def delete_relations(
    relations: Annotated[list[Relation], Field(description="An array of relations to delete")],
) -> Done:
    """Delete multiple relations from the knowledge graph"""
    with _changing():
        graph = _load()
        graph["relations"] = [r for r in graph["relations"] if not any(_same_relation(r, d) for d in relations)]
        _save(graph)
    return {"success": True, "message": "Relations deleted successfully"}


@server.tool(title="Read Graph", annotations=READ_ONLY)
def read_graph() -> Graph:
    """Read the entire knowledge graph"""
    with _lock:
        return _load()


@server.tool(title="Search Nodes", annotations=READ_ONLY)
def search_nodes(
    query: Annotated[
        str, Field(description="The search query to match against entity names, types, and observation content")
    ],
) -> Graph:
    """Search for nodes in the knowledge graph based on a query"""
    needle = query.lower()
    with _lock:
        graph = _load()
    found = [
        e
        for e in graph["entities"]
        if needle in e["name"].lower()
        or needle in e["entityType"].lower()
        or any(needle in o.lower() for o in e["observations"])
    ]
    return _around(graph, found)


@server.tool(title="Open Nodes", annotations=READ_ONLY)
def open_nodes(
    names: Annotated[list[str], Field(description="An array of entity names to retrieve")],
) -> Graph:
    """Open specific nodes in the knowledge graph by their names"""
    with _lock:
        graph = _load()
    return _around(graph, [e for e in graph["entities"] if e["name"] in names])


@server.resource(RESOURCE_URI, name="knowledge-graph", title="Knowledge Graph", mime_type="application/json")
def knowledge_graph() -> str:
    """The full knowledge graph with all entities and relations"""
    with _lock:
        return json.dumps(_load(), indent=2, ensure_ascii=False)


if __name__ == "__main__":
    server.run()
