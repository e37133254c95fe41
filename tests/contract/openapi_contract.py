"""Contract checker: do the sandbox's V2 responses look like ShipStation's real API V2?

The yardstick is ShipStation's OpenAPI 3.1 file, `shared/specs/shipstation-v2.openapi.yaml` (beside the
repo: `<repo>/../shared/`, or `$SHIPDESK_SHARED_DIR`), with the enabled errata of `contract.errata`
applied to a private copy (the spec is wrong in places; each erratum says why and where from).

Usage
-----
Direct::

    from contract.openapi_contract import ContractViolation, default_contract

    contract = default_contract()  # cached: spec loaded and patched once per process
    contract.check("GET", "/v2/warehouses", 200, "application/json", body_bytes)  # raises on violation

As an httpx event hook (a test fixture asserts nothing was collected at teardown)::

    failures: list[str] = []
    client = httpx.Client(base_url=sandbox_url,
                          event_hooks={"response": [httpx_hook(default_contract(), failures)]})
    ...
    assert not failures, "\\n\\n".join(failures)

`async_httpx_hook` is the same for `httpx.AsyncClient`. Only responses whose URL path starts with
`/v2/` are checked (never `/__sandbox/...`). Tests that provoke what is *not* ShipStation's contract on
purpose (unknown paths, the load balancer's HTML 502/503, malformed/truncated fault injection) pass
`ignore=lambda r: ...` or use a client without the hook.

What `check` enforces
---------------------
* the path matches one of the spec's templates (literal segments win over `{params}`: for
  `/v2/labels/rates/se-1` the template `/v2/labels/rates/{rate_id}` beats `/v2/labels/{label_id}/...`),
  and the method is an operation of that path;
* the status is declared for the operation (exact code, then `4XX`-style ranges, then `default`);
* 204/304 and responses declared without content have an empty body;
* an empty body is accepted only where the declared schema accepts "" (the spec's
  `empty_response_body`, e.g. NoContent/ServerError);
* otherwise the Content-Type must be one of the declared media types; JSON bodies must parse and
  validate (JSON Schema 2020-12 via openapi-schema-validator's OAS31Validator, `format` checked);
  text bodies validate as a string; binary downloads (pdf/png/zpl) are checked by content type only;
* if `headers` are given, headers the response declares `required` must be present (429 Retry-After).

Not checked: requests (bodies, query parameters), and headers unless passed in.

Known spec defects that make *correct* responses fail are listed in `contract.errata.KNOWN_DEFECTS`
with their JSON pointers; several have ready, disabled errata (`enabled=False`).
"""

from __future__ import annotations

import copy
import functools
import json
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import yaml
from jsonschema.exceptions import ValidationError, best_match
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errata import ENABLED_ERRATA, HTTP_METHODS, Erratum, escape

SPEC_NAME = "shipstation-v2.openapi.yaml"
SHARED_DIR_ENV = "SHIPDESK_SHARED_DIR"
SPEC_URI = "urn:shipstation:v2:openapi"
MAX_ERRORS_SHOWN = 5
MAX_MESSAGE_CHARS = 300

_YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContractViolation(AssertionError):
    """A response that ShipStation's V2 contract (spec + errata) does not allow."""


def spec_path() -> Path:
    """Where the V2 spec lives: `$SHIPDESK_SHARED_DIR/specs/...`, else `<repo>/../shared/specs/...`."""
    override = os.environ.get(SHARED_DIR_ENV)
    shared = Path(override) if override else Path(__file__).resolve().parents[2].parent / "shared"
    path = shared / "specs" / SPEC_NAME
    if not path.is_file():
        raise FileNotFoundError(
            f"ShipStation V2 spec not found at {path}; clone `shared/` beside the repo or set {SHARED_DIR_ENV}"
        )
    return path


@functools.lru_cache(maxsize=4)
def _load_raw(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        spec = yaml.load(fh, Loader=_YamlLoader)
    if not isinstance(spec, dict) or not str(spec.get("openapi", "")).startswith("3.1"):
        raise ValueError(f"{path} is not an OpenAPI 3.1 document")
    return spec


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The unpatched spec as a fresh deep copy (the parsed YAML itself is cached)."""
    return copy.deepcopy(_load_raw(path or spec_path()))


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    template: str  # e.g. /v2/labels/{label_id}/void
    operation_id: str
    pointer: str  # JSON pointer of the operation object in the spec
    spec: dict[str, Any]


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _media_matches(declared: str, actual: str) -> bool:
    declared = declared.lower()
    if declared in ("*/*", actual):
        return True
    return declared.endswith("/*") and actual.startswith(declared[:-1])


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 3] + "..."


def _deepest(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf failures, the most relevant sub-error (what probably went wrong)."""
    while error.context:
        nxt = best_match(error.context)
        if nxt is None or nxt is error:
            break
        error = nxt
    return error


def _describe(error: ValidationError) -> str:
    deep = _deepest(error)
    where = deep.json_path
    text = f"{where}: {_short(deep.message)}"
    if deep is not error:
        text += f"  (under {error.json_path}: {error.validator} failed)"
    return text


class V2Contract:
    """ShipStation API V2 response contract: the OpenAPI spec with errata applied."""

    def __init__(self, spec: Path | Mapping[str, Any] | None = None, errata: Iterable[Erratum] | None = None,
                 *, check_formats: bool = True) -> None:
        raw = spec if isinstance(spec, Mapping) else _load_raw(spec or spec_path())
        patched: dict[str, Any] = copy.deepcopy(dict(raw))
        chosen = tuple(ENABLED_ERRATA if errata is None else errata)
        for erratum in chosen:
            erratum.apply(patched)
        self.spec = patched
        self.errata: tuple[str, ...] = tuple(e.id for e in chosen)
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(patched, default_specification=DRAFT202012)
        )
        self._format_checker = OAS31Validator.FORMAT_CHECKER if check_formats else None
        self._validators: dict[str, Any] = {}
        self._templates: list[tuple[tuple[str | None, ...], str]] = []
        for template in patched["paths"]:
            segments = tuple(None if s.startswith("{") and s.endswith("}") else s for s in template.split("/"))
            self._templates.append((segments, template))

    # -- lookup ---------------------------------------------------------------------------------

    def match_path(self, path: str) -> str | None:
        """The spec template for a concrete request path; literal segments beat parameters."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        segments = [unquote(s) for s in path.split("/")]
        best: tuple[tuple[int, ...], str] | None = None
        for template_segments, template in self._templates:
            if len(template_segments) != len(segments):
                continue
            if all(t == s if t is not None else s != "" for t, s in zip(template_segments, segments, strict=True)):
                rank = tuple(1 if t is None else 0 for t in template_segments)
                if best is None or rank < best[0]:
                    best = (rank, template)
        return best[1] if best else None

    def operation(self, method: str, path: str) -> Operation:
        template = self.match_path(path)
        if template is None:
            raise ContractViolation(f"V2 contract: {method.upper()} {path}: no such path in the spec")
        item = self.spec["paths"][template]
        op = item.get(method.lower()) if method.lower() in HTTP_METHODS else None
        if not isinstance(op, dict):
            known = ", ".join(m.upper() for m in item if m in HTTP_METHODS)
            raise ContractViolation(
                f"V2 contract: {method.upper()} {path}: the spec has no {method.upper()} on {template} "
                f"(only {known})"
            )
        pointer = f"/paths/{escape(template)}/{method.lower()}"
        return Operation(method.upper(), template, str(op.get("operationId", "?")), pointer, op)

    def _deref(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        seen = 0
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref not supported: {ref}")
            pointer = ref[1:]
            node = self._node(pointer)
            seen += 1
            if seen > 20:
                raise ValueError(f"$ref loop at {ref}")
        return node, pointer

    def _node(self, pointer: str) -> Any:
        node: Any = self.spec
        for raw in pointer.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def response(self, method: str, path: str, status: int) -> tuple[Operation, dict[str, Any], str]:
        """(operation, declared response object with refs resolved, its JSON pointer)."""
        op = self.operation(method, path)
        responses: dict[str, Any] = op.spec.get("responses", {})
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in responses:
                node, pointer = self._deref(responses[key], f"{op.pointer}/responses/{key}")
                return op, node, pointer
        raise ContractViolation(
            f"V2 contract: {op.method} {path} -> {status}: undocumented status for {op.operation_id} "
            f"({op.method} {op.template}); declared: {', '.join(responses) or 'none'}"
        )

    def statuses(self, method: str, path: str) -> list[str]:
        return list(self.operation(method, path).spec.get("responses", {}))

    def _validator(self, schema_pointer: str) -> Any:
        validator = self._validators.get(schema_pointer)
        if validator is None:
            schema = {"$ref": f"{SPEC_URI}#{schema_pointer}"}
            validator = OAS31Validator(schema, registry=self._registry, format_checker=self._format_checker)
            self._validators[schema_pointer] = validator
        return validator

    def _schema_errors(self, schema_pointer: str, instance: Any) -> list[ValidationError]:
        """Schema errors, most telling first.

        `unevaluatedProperties` errors go last: when an allOf member fails, the properties it would
        have evaluated count as unevaluated, so that error is usually an echo of the real one.
        """
        errors = list(self._validator(schema_pointer).iter_errors(instance))
        errors.sort(key=lambda e: (e.validator == "unevaluatedProperties", len(e.absolute_path), e.json_path))
        return errors

    # -- checking -------------------------------------------------------------------------------

    def violations(self, method: str, path: str, status: int, content_type: str | None, body: bytes,
                   headers: Mapping[str, str] | None = None) -> list[str]:
        """Everything wrong with one response; empty when it honours the contract."""
        try:
            op, declared, pointer = self.response(method, path, status)
        except ContractViolation as exc:
            return [str(exc)]
        problems: list[str] = []
        content: dict[str, Any] = declared.get("content") or {}
        media = _media_type(content_type)

        if headers is not None:
            lowered = {k.lower(): v for k, v in headers.items()}
            for name, header in (declared.get("headers") or {}).items():
                header, _ = self._deref(header, pointer)
                value = lowered.get(name.lower())
                if value is None:
                    if header.get("required"):
                        problems.append(f"required header {name} is missing")
                elif header.get("schema", {}).get("type") == "integer" and not value.strip().isdigit():
                    problems.append(f"header {name}: {value!r} is not an integer")

        if status in (204, 304) or not content or not body:
            if body:
                why = f"status {status}" if status in (204, 304) else "the response is declared without content"
                problems.append(f"body must be empty ({why}) but has {len(body)} bytes: {body[:80]!r}")
            elif content and status not in (204, 304):
                problems.extend(self._empty_body_problems(pointer, content))
            return self._report(op, path, status, content_type, problems)

        declared_type = next((d for d in content if _media_matches(d, media)), None)
        if declared_type is None:
            problems.append(f"content type {content_type!r} not declared (declared: {', '.join(content)})")
            return self._report(op, path, status, content_type, problems)
        schema_pointer = f"{pointer}/content/{escape(declared_type)}/schema"
        has_schema = "schema" in content[declared_type]
        if _is_json(media):
            try:
                instance = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                problems.append(f"body is not valid JSON ({exc}): {body[:120]!r}")
                return self._report(op, path, status, content_type, problems)
        elif media.startswith("text/") and has_schema:
            try:
                instance = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(f"text body is not UTF-8: {exc}")
                return self._report(op, path, status, content_type, problems)
        else:
            return self._report(op, path, status, content_type, problems)  # binary: type is enough
        if has_schema:
            described = list(dict.fromkeys(_describe(e) for e in self._schema_errors(schema_pointer, instance)))
            problems.extend(described[:MAX_ERRORS_SHOWN])
            if len(described) > MAX_ERRORS_SHOWN:
                problems.append(f"... and {len(described) - MAX_ERRORS_SHOWN} more schema errors")
        return self._report(op, path, status, content_type, problems)

    def _empty_body_problems(self, pointer: str, content: dict[str, Any]) -> list[str]:
        for media_type, media in content.items():
            if "schema" in media and (_is_json(media_type) or media_type.startswith("text/")):
                if not self._schema_errors(f"{pointer}/content/{escape(media_type)}/schema", ""):
                    return []  # the spec's `empty_response_body`: "" is how it spells "no body"
        return [f"body is empty, but the response declares content ({', '.join(content)})"]

    @staticmethod
    def _report(op: Operation, path: str, status: int, content_type: str | None, problems: list[str]) -> list[str]:
        if not problems:
            return []
        head = (f"V2 contract: {op.method} {path} -> {status} ({content_type or 'no content type'}) "
                f"violates {op.operation_id} ({op.method} {op.template}):")
        return [head + "".join(f"\n  - {p}" for p in problems)]

    def check(self, method: str, path: str, status: int, content_type: str | None, body: bytes,
              headers: Mapping[str, str] | None = None) -> None:
        """Raise `ContractViolation` unless the response honours the contract."""
        problems = self.violations(method, path, status, content_type, body, headers)
        if problems:
            raise ContractViolation("\n".join(problems))

    def check_response(self, response: httpx.Response) -> None:
        """`check` for an httpx response whose body has been read."""
        self.check(response.request.method, _request_path(response), response.status_code,
                   response.headers.get("content-type"), response.content, response.headers)


@functools.lru_cache(maxsize=1)
def default_contract() -> V2Contract:
    """The shared contract (default spec location, enabled errata), built once per process."""
    return V2Contract()


# -- httpx integration ------------------------------------------------------------------------------


def _request_path(response: httpx.Response) -> str:
    return response.request.url.raw_path.decode("ascii").split("?", 1)[0]


def _is_checked(path: str) -> bool:
    return path.startswith("/v2/") and not path.startswith("/__sandbox/")


def _collect(contract: V2Contract, response: httpx.Response, failures: list[str]) -> None:
    try:
        contract.check_response(response)
    except ContractViolation as exc:
        failures.append(str(exc))


def httpx_hook(contract: V2Contract, failures: list[str],
               ignore: Callable[[httpx.Response], bool] | None = None) -> Callable[[httpx.Response], None]:
    """An httpx `event_hooks={"response": [...]}` entry that records violations in `failures`.

    The body is read in the hook (transport errors while reading propagate as they would to the
    caller); violations are appended, never raised inside httpx.
    """

    def hook(response: httpx.Response) -> None:
        if not _is_checked(_request_path(response)) or (ignore is not None and ignore(response)):
            return
        response.read()
        _collect(contract, response, failures)

    return hook


def async_httpx_hook(contract: V2Contract, failures: list[str],
                     ignore: Callable[[httpx.Response], bool] | None = None
                     ) -> Callable[[httpx.Response], Awaitable[None]]:
    """`httpx_hook` for `httpx.AsyncClient` (its hooks must be coroutines)."""

    async def hook(response: httpx.Response) -> None:
        if not _is_checked(_request_path(response)) or (ignore is not None and ignore(response)):
            return
        await response.aread()
        _collect(contract, response, failures)

    return hook
