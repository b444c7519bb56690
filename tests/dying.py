"""A Cleaner that kills its process on a marked text: a worker dying mid-chunk, for the engines'
tests. Its own module, so that Dask's spawned workers can import it by name."""

from __future__ import annotations

import os
from pathlib import Path

from cleaner import Cleaner

DIE = "DIE-HERE"


class DyingOnceCleaner(Cleaner):
    """Kills the process the first time it meets DIE (noted in the file `flag`), then cleans."""

    def __init__(self, flag: Path) -> None:
        super().__init__()
        self.flag = str(flag)

    def clean(self, text: str):
        if DIE in text and not Path(self.flag).exists():
            Path(self.flag).write_text("died once", encoding="utf-8")
            os._exit(1)
        return super().clean(text)
