"""A datatrove pipeline step that cleans each document's text.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        CleanerStep(disable=["signoff"]),
        JsonlWriter("clean/"),
    ], tasks=4).run()

`doc.text` becomes the clean text; `doc.metadata["cleaner_removals"]` holds every removal as a
JSON-ready dict (rule or heuristic, category, reason, text, offsets in the text as it came), and
`doc.metadata["cleaner_suspicious"]` is set on a document left as it came because it would lose
most of its words (see Options.allow_large_removals). Documents are never dropped: follow the step
with a datatrove filter for that. Stats count documents changed and removals per category.

Install with `pip install 'article-cleaner[datatrove]'`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from cleaner.pipeline import Cleaner, Options

REMOVALS_KEY = "cleaner_removals"
SUSPICIOUS_KEY = "cleaner_suspicious"


class CleanerStep(PipelineStep):
    """Clean `doc.text` with a Cleaner; record the removals in `doc.metadata`."""

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        rules: Iterable[Path | str] = (),
        *,
        include_default_rules: bool = True,
        disable: Iterable[str] = (),
        options: Options = Options(),
        html: bool = False,
    ) -> None:
        """`rules`, `include_default_rules`, `disable`, `options`: as for Cleaner. `html=True`:
        the documents are HTML pages, extracted and cleaned as Cleaner.clean_html does."""
        super().__init__()
        # compiled once here; the step is pickled to each task, and the Cleaner with it
        self.cleaner = Cleaner(
            list(rules), include_default_rules=include_default_rules, disable=list(disable), options=options
        )
        self.html = html

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                result = self.cleaner.clean_html(doc.text) if self.html else self.cleaner.clean(doc.text)
            doc.text = result.text
            doc.metadata[REMOVALS_KEY] = [removal.to_dict() for removal in result.removals]
            if result.suspicious:
                doc.metadata[SUSPICIOUS_KEY] = True
                self.stat_update("suspicious")
            if result.removals:
                self.stat_update("changed")
            for removal in result.removals:
                self.stat_update(f"removed_{removal.category.value}")
            yield doc
