"""The one clock of the workbench: honours SOURCE_DATE_EPOCH so exports can be byte-identical."""

from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    """Current UTC time, or SOURCE_DATE_EPOCH when set (reproducible builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def tmx_stamp(moment: datetime | None = None) -> str:
    """TMX date form: YYYYMMDDThhmmssZ, always UTC."""
    return (moment or now()).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def iso_date(moment: datetime | None = None) -> str:
    return (moment or now()).astimezone(timezone.utc).strftime("%Y-%m-%d")
