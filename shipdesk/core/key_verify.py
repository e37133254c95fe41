"""Is a pasted key good? Asked of ShipStation itself (the capability probe) before anything is stored.

A key ShipStation accepts is good even where the account's plan leaves a surface out (403): the key is
genuine, and the packer is told what works. A refusal (401) is not good, and neither is no answer: a key
that could not be checked is not saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..api.calllog import CallLog
from ..api.capabilities import TITLES, Capabilities, SurfaceStatus, detect_capabilities
from ..api.credentials import V1Credentials, V2Credentials
from ..api.redact import Redactor
from ..api.transport import TransportSettings
from .words import QT_TRANSLATE_NOOP, Words

CONTEXT = "KeyCheck"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    words: Words
    capabilities: Capabilities
    refused: bool = False  # ShipStation said 401: the key is wrong, deleted or expired


def verify(credentials: V1Credentials | V2Credentials, *, v1_base_url: str, v2_base_url: str,
           call_log: CallLog | None = None, redactor: Redactor | None = None,
           settings: TransportSettings | None = None) -> Verdict:
    """Probe with throw-away clients; the calls land (redacted) in `call_log` for the support report."""
    if redactor is not None:  # the session's redactor learns the candidate too, for anything logged later
        if isinstance(credentials, V1Credentials):
            redactor.add_pair(credentials.key, credentials.secret)
        else:
            redactor.add(credentials.key)
    if isinstance(credentials, V1Credentials):
        caps = detect_capabilities(v1=credentials, v1_base_url=v1_base_url, call_log=call_log, settings=settings)
        return judge(caps, [caps.v1], "v1")
    caps = detect_capabilities(v2=credentials, v2_base_url=v2_base_url, call_log=call_log, settings=settings)
    return judge(caps, [caps.v2_shipping, caps.v2_inventory], "v2")


def judge(caps: Capabilities, statuses: list[SurfaceStatus], api: str) -> Verdict:
    surfaces = ("v1",) if api == "v1" else ("v2_shipping", "v2_inventory")
    works = [TITLES[s] for s, st in zip(surfaces, statuses, strict=True) if st.usable]  # type: ignore[index]
    if works:
        return Verdict(True, Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyCheck", "ShipStation accepted the key. It works for: %1."), (", ".join(works),)), caps)
    refused = next((st for st in statuses if st.failure == "auth"), None)
    if refused is not None:
        return Verdict(False, Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyCheck", "ShipStation refused this key, so it was not saved: %1"), (refused.reason,)), caps, True)
    if all(st.failure == "plan" for st in statuses):
        return Verdict(True, Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyCheck", "ShipStation accepted the key, but the account's plan leaves this API out: %1"),
            (statuses[0].reason,)), caps)
    problem = next(st for st in statuses if not st.usable and st.failure != "plan")
    return Verdict(False, Words(CONTEXT, QT_TRANSLATE_NOOP(
        "KeyCheck", "ShipDesk could not check the key with ShipStation, so it was not saved: %1"),
        (problem.reason,)), caps)
