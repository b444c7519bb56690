from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# A run's verdict belongs to the commit: the property tests draw the same examples on every run.
# HYPOTHESIS_PROFILE=explore draws new ones, to look for failures before committing.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def default_cleaner():
    from cleaner import Cleaner

    return Cleaner()
