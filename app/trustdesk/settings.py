"""User settings kept as JSON in the platform's config folder."""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from trustdesk import paths
from trustdesk.fileio import write_atomic

log = logging.getLogger(__name__)

DEFAULT_REGION = "ap-northeast-1"
# Amazon Nova Micro through the Asia Pacific cross-region inference profile: it is served in
# ap-northeast-1, costs the least per token, and needs no third-party use-case form.
DEFAULT_MODEL_ID = "apac.amazon.nova-micro-v1:0"


@dataclass
class Settings:
    region: str = DEFAULT_REGION
    model_id: str = DEFAULT_MODEL_ID
    # "" follows the system locale; otherwise a language code such as "ja" or "en".
    language: str = ""


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults and is logged, never raised."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("Ignoring unreadable settings file %s: %s", path, error)
        return Settings()

    if not isinstance(raw, dict):
        log.warning("Ignoring settings file %s: expected a JSON object", path)
        return Settings()
    known = {field.name for field in dataclasses.fields(Settings)}
    values = {key: value for key, value in raw.items() if key in known and isinstance(value, str)}
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    text = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text.encode("utf-8"), backup=False)
