"""Validate Discord REST requests against Discord's official OpenAPI 3.1 spec.

The spec (``discord-api-spec/openapi.json``) is loaded once per process and
registered as a single ``referencing`` resource, so ``#/components/schemas/...``
references inside request-body schemas resolve through the registry.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

__all__ = [
    "API_PREFIX",
    "SPEC_URI",
    "OpenAPIValidator",
    "RouteMatch",
    "Violation",
    "default_spec_path",
    "load_spec",
]

API_PREFIX = "/api/v10"
SPEC_URI = "https://discord.com/api/v10/openapi.json"
_HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options")
_MAX_MESSAGE = 300

# Discord's OpenAPI spec (MIT, its LICENSE beside it) is kept in the repository: nothing outside it is needed.
_SPEC_CANDIDATES = (Path(__file__).resolve().parent / "spec" / "openapi.json",)

_cache_lock = threading.Lock()
_spec_cache: dict[Path, dict[str, Any]] = {}
_registry_cache: dict[tuple[Path, bool], Registry] = {}


def default_spec_path() -> Path:
    """Return the spec location: ``$DISCORD_OPENAPI_SPEC`` or the first known candidate that exists."""
    env = os.environ.get("DISCORD_OPENAPI_SPEC")
    if env:
        return Path(env)
    for candidate in _SPEC_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        "Discord OpenAPI spec not found; set DISCORD_OPENAPI_SPEC or place openapi.json at one of: "
        + ", ".join(str(c) for c in _SPEC_CANDIDATES)
    )


def load_spec(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Load (and cache at module level) the OpenAPI document."""
    resolved = Path(path) if path is not None else default_spec_path()
    resolved = resolved.resolve()
    with _cache_lock:
        spec = _spec_cache.get(resolved)
        if spec is None:
            with resolved.open(encoding="utf-8") as fh:
                spec = json.load(fh)
            _spec_cache[resolved] = spec
        return spec


def _load_registry(path: Path, integer_snowflakes: bool) -> Registry:
    spec = load_spec(path)
    with _cache_lock:
        registry = _registry_cache.get((path, integer_snowflakes))
        if registry is None:
            if integer_snowflakes:
                # Discord accepts JSON integers wherever a snowflake string is expected, and discord.py
                # relies on it (e.g. ``attachments[].id`` = 0, 1, ... for new uploads).
                schemas = dict(spec["components"]["schemas"])
                schemas["SnowflakeType"] = {
                    "anyOf": [spec["components"]["schemas"]["SnowflakeType"], {"type": "integer", "minimum": 0}]
                }
                spec = {**spec, "components": {**spec["components"], "schemas": schemas}}
            # The whole document is one 2020-12 resource: "#/components/schemas/X" refs found in any
            # sub-schema resolve against it, and operation schemas are addressed by JSON pointer.
            registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
            _registry_cache[(path, integer_snowflakes)] = registry
        return registry


def _pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(*tokens: str) -> str:
    return "/" + "/".join(_pointer_escape(t) for t in tokens)


# -- format checks ---------------------------------------------------------------------------------

_format_checker = FormatChecker(formats=())


@_format_checker.checks("date-time", raises=ValueError)
def _check_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.match(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}", value):
        raise ValueError("not an ISO 8601 date-time")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("date-time has no timezone offset (RFC 3339 requires one; Discord assumes UTC)")
    return True


@_format_checker.checks("int32")
def _check_int32(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or -(2**31) <= value < 2**31


@_format_checker.checks("int64")
def _check_int64(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or -(2**63) <= value < 2**63


@_format_checker.checks("uri")
def _check_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One spec violation. ``location`` is e.g. ``body/data/content``, ``query/wait`` or ``route``."""

    method: str
    path: str
    location: str
    message: str
    route: str | None = None

    def __str__(self) -> str:
        where = f"{self.method} {self.path}"
        if self.route and self.route != self.path:
            where += f" ({self.route})"
        return f"{where}: {self.location}: {self.message}"


@dataclass(frozen=True)
class RouteMatch:
    """A concrete path matched to a spec path template."""

    template: str
    params: dict[str, str]
    path_item: Mapping[str, Any] = field(repr=False)

    def operation(self, method: str) -> Mapping[str, Any] | None:
        return self.path_item.get(method.lower())


@dataclass
class _Template:
    template: str
    regex: re.Pattern[str]
    names: list[str]
    literal_segments: int


def _compile_template(template: str) -> _Template:
    names: list[str] = []
    parts: list[str] = []
    literals = 0
    for segment in template.strip("/").split("/"):
        match = re.fullmatch(r"\{([^}]+)\}", segment)
        if match:
            names.append(match.group(1))
            parts.append(r"([^/]+)")
        else:
            literals += 1
            parts.append(re.escape(segment))
    regex = re.compile("^/" + "/".join(parts) + "/?$")
    return _Template(template, regex, names, literals)


def _truncate(text: str, limit: int = _MAX_MESSAGE) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _short_repr(value: Any) -> str:
    if isinstance(value, str) and len(value) > 40:
        return f"{value[:30]!r}... ({len(value)} chars)"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _message(error: ValidationError) -> str:
    message = error.message
    full = repr(error.instance)
    if len(full) > 80 and message.startswith(full):
        message = _short_repr(error.instance) + message[len(full) :]
    if error.validator == "format" and error.cause is not None:
        message += f" ({error.cause})"
    return _truncate(message)


def _location(error: ValidationError) -> str:
    return "/".join(str(p) for p in error.absolute_path)


def _disqualifies(error: ValidationError) -> bool:
    """True if ``error`` shows a union alternative is the wrong *kind* of object, not a near miss."""
    path = list(error.relative_path)
    if not path and error.validator == "type":
        return True
    return path == ["type"] and error.validator in ("enum", "const")


def _explain(error: ValidationError) -> list[tuple[str, str]]:
    """Turn one error into (location, message) pairs, descending into the closest union alternative."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        groups: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            groups.setdefault(sub.relative_schema_path[0], []).append(sub)
        candidates = [errs for errs in groups.values() if not any(_disqualifies(e) for e in errs)]
        if candidates:
            closest = min(candidates, key=lambda errs: (len(errs), -max(len(e.absolute_path) for e in errs)))
            return [pair for sub in closest for pair in _explain(sub)]
        allowed: set[Any] = set()
        for errs in groups.values():
            for e in errs:
                if list(e.relative_path) == ["type"] and e.validator in ("enum", "const"):
                    allowed.update(e.validator_value if e.validator == "enum" else [e.validator_value])
        if allowed and isinstance(error.instance, dict):
            location = "/".join([*map(str, error.absolute_path), "type"])
            ordered = sorted(allowed, key=lambda v: (not isinstance(v, int), str(v).zfill(20)))
            choices = ", ".join(repr(v) for v in ordered)
            got = error.instance.get("type")
            message = f"{got!r} matches no {error.validator} alternative (type is one of {choices})"
            return [(location, message)]
    return [(_location(error), _message(error))]


_BOOL_WORDS = {"true": True, "1": True, "false": False, "0": False}


def _coerce_query(value: str, schema: Mapping[str, Any], registry: Registry) -> Any:
    """Coerce a query-string value to the JSON type its schema expects (best effort)."""
    if "$ref" in schema:
        resolved = registry.resolver(base_uri=SPEC_URI).lookup(schema["$ref"]).contents
        return _coerce_query(value, resolved, registry)
    types = schema.get("type")
    type_list = [types] if isinstance(types, str) else list(types or [])
    if "boolean" in type_list and value.lower() in _BOOL_WORDS:
        return _BOOL_WORDS[value.lower()]
    if "integer" in type_list:
        try:
            return int(value)
        except ValueError:
            return value
    if "number" in type_list:
        try:
            return float(value)
        except ValueError:
            return value
    return value


class OpenAPIValidator:
    """Matches requests to spec operations and validates path params, query and body.

    ``integer_snowflakes`` (default on) accepts JSON integers for ``SnowflakeType`` in requests, as
    Discord does; responses are always checked against the unmodified spec.
    """

    def __init__(
        self,
        spec_path: str | os.PathLike[str] | None = None,
        *,
        prefix: str = API_PREFIX,
        integer_snowflakes: bool = True,
    ) -> None:
        path = (Path(spec_path) if spec_path is not None else default_spec_path()).resolve()
        self.spec: dict[str, Any] = load_spec(path)
        self.registry: Registry = _load_registry(path, integer_snowflakes)
        self.strict_registry: Registry = _load_registry(path, False)
        self.prefix = prefix.rstrip("/")
        self._templates = sorted(
            (_compile_template(t) for t in self.spec["paths"]),
            key=lambda t: (-t.literal_segments, len(t.names)),
        )
        self._validators: dict[tuple[str, bool], Draft202012Validator] = {}
        self._lock = threading.Lock()

    # -- routing ---------------------------------------------------------------------------------

    def strip_prefix(self, path: str) -> str:
        """Remove the ``/api/v10`` prefix (if present)."""
        if self.prefix and (path == self.prefix or path.startswith(self.prefix + "/")):
            return path[len(self.prefix) :] or "/"
        return path

    def match(self, path: str, method: str | None = None) -> RouteMatch | None:
        """Match a concrete path (with or without prefix) to a spec template.

        Templates with more literal segments win (``/users/@me`` beats ``/users/{user_id}``). When
        ``method`` is given, templates that do not define that method are skipped if another does.
        """
        path = self.strip_prefix(path.split("?", 1)[0])
        fallback: RouteMatch | None = None
        for tpl in self._templates:
            m = tpl.regex.match(path)
            if not m:
                continue
            params = dict(zip(tpl.names, m.groups(), strict=True))
            found = RouteMatch(tpl.template, params, self.spec["paths"][tpl.template])
            if method is None or found.operation(method) is not None:
                return found
            fallback = fallback or found
        return fallback

    def operation_for(self, method: str, path: str) -> tuple[RouteMatch, Mapping[str, Any]] | None:
        """Return the route match and operation object, or ``None`` if the spec lacks it."""
        found = self.match(path, method)
        if found is None:
            return None
        op = found.operation(method)
        return None if op is None else (found, op)

    # -- schema helpers --------------------------------------------------------------------------

    def validator_for(self, pointer: str, *, strict: bool = False) -> Draft202012Validator:
        """A cached validator for the schema at ``pointer`` (a JSON pointer into the spec)."""
        with self._lock:
            validator = self._validators.get((pointer, strict))
            if validator is None:
                validator = Draft202012Validator(
                    {"$ref": f"{SPEC_URI}#{pointer}"},
                    registry=self.strict_registry if strict else self.registry,
                    format_checker=_format_checker,
                )
                self._validators[(pointer, strict)] = validator
            return validator

    def component_validator(self, name: str, *, strict: bool = False) -> Draft202012Validator:
        """Validator for ``#/components/schemas/<name>``."""
        return self.validator_for(_pointer("components", "schemas", name), strict=strict)

    def validate_instance(self, pointer: str, instance: Any, *, strict: bool = False) -> list[tuple[str, str]]:
        """Validate ``instance`` against the schema at ``pointer``; return (location, message) pairs."""
        validator = self.validator_for(pointer, strict=strict)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
        pairs: list[tuple[str, str]] = []
        for error in errors:
            for pair in _explain(error):
                if pair not in pairs:
                    pairs.append(pair)
        return pairs

    def _params(self, found: RouteMatch, method: str, op: Mapping[str, Any]) -> list[tuple[Mapping[str, Any], str]]:
        """Path-item and operation parameters (operation wins), each with its schema's JSON pointer."""
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        for index, param in enumerate(found.path_item.get("parameters", [])):
            merged[(param["name"], param["in"])] = (param, _pointer("paths", found.template, "parameters", str(index)))
        for index, param in enumerate(op.get("parameters", [])):
            pointer = _pointer("paths", found.template, method.lower(), "parameters", str(index))
            merged[(param["name"], param["in"])] = (param, pointer)
        return list(merged.values())

    def _check_param(self, pointer: str, value: Any) -> list[str]:
        return [message for _, message in self.validate_instance(pointer + "/schema", value)]

    # -- public validation -----------------------------------------------------------------------

    def validate_request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        content_type: str | None = None,
        body: Any = None,
        has_body: bool | None = None,
    ) -> list[Violation]:
        """Validate one request. ``body`` is the parsed JSON (for multipart: the ``payload_json`` object).

        ``content_type`` is the media type without parameters (``application/json``,
        ``multipart/form-data``). ``has_body`` defaults to ``body is not None``.
        """
        method = method.upper()
        bare = self.strip_prefix(path.split("?", 1)[0])
        violations: list[Violation] = []

        def add(location: str, message: str, route: str | None = None) -> None:
            violations.append(Violation(method, bare, location, message, route))

        found = self.match(bare, method)
        if found is None:
            add("route", "no such route in the Discord OpenAPI spec")
            return violations
        op = found.operation(method)
        route = found.template
        if op is None:
            allowed = sorted(m.upper() for m in found.path_item if m in _HTTP_METHODS)
            add("route", f"method {method} not defined for {route} (spec allows {', '.join(allowed)})", route)
            return violations

        params = self._params(found, method, op)
        # Path parameters.
        for param, pointer in params:
            value = found.params.get(param["name"])
            if param["in"] != "path" or value is None:
                continue
            for message in self._check_param(pointer, value):
                add(f"path/{param['name']}", message, route)

        # Query parameters (loosely: unknown names, types after coercion, required).
        query = dict(query or {})
        known_query = {p["name"]: (p, ptr) for p, ptr in params if p["in"] == "query"}
        for name, raw in query.items():
            if name not in known_query:
                add(f"query/{name}", "unknown query parameter", route)
                continue
            param, pointer = known_query[name]
            value = _coerce_query(raw, param.get("schema", {}), self.registry)
            for message in self._check_param(pointer, value):
                add(f"query/{name}", message, route)
        for name, (param, _) in known_query.items():
            if param.get("required") and name not in query:
                add(f"query/{name}", "required query parameter missing", route)

        # Body.
        if has_body is None:
            has_body = body is not None
        request_body = op.get("requestBody")
        if request_body is None:
            if has_body:
                add("body", f"{method} {route} takes no request body", route)
            return violations
        if not has_body:
            if request_body.get("required"):
                add("body", "request body is required", route)
            return violations

        media = (content_type or "application/json").split(";", 1)[0].strip().lower()
        content = request_body.get("content", {})
        if media not in content:
            add("body", f"content type {media!r} not accepted (spec: {', '.join(sorted(content))})", route)
            return violations
        pointer = _pointer("paths", route, method.lower(), "requestBody", "content", media, "schema")
        for location, message in self.validate_instance(pointer, body):
            add("body" + (f"/{location}" if location else ""), message, route)
        return violations

    def validate_response(self, method: str, path: str, status: int, body: Any) -> list[Violation]:
        """Validate a (fake's) JSON response body against the documented 2xx schema, if any."""
        method = method.upper()
        bare = self.strip_prefix(path.split("?", 1)[0])
        result = self.operation_for(method, bare)
        if result is None or not 200 <= status < 300:
            return []
        found, op = result
        response = op.get("responses", {}).get(str(status))
        if not response or "application/json" not in response.get("content", {}):
            return []
        pointer = _pointer(
            "paths", found.template, method.lower(), "responses", str(status), "content", "application/json", "schema"
        )
        return [
            Violation(method, bare, "response" + (f"/{loc}" if loc else ""), msg, found.template)
            for loc, msg in self.validate_instance(pointer, body, strict=True)
        ]
