"""Bulk audits: many articles against the same sources (or a source library), one output row per article.

:mod:`.plan` runs an audit (inputs, resume, summary), :mod:`.engines` checks the articles (local processes or
dask), :mod:`.rows` writes and reads the output rows, :mod:`.lineage` traces altered quotes across articles.
"""

from provenance.audit.engines import ENGINES, AuditConfig, check_item, limit_threads
from provenance.audit.plan import AuditPlan, Summary, estimate_total, expand, items_of, pending, run
from provenance.audit.rows import (
    CSV_COLUMNS,
    FORMATS,
    Row,
    csv_line,
    output_format,
    read_done,
    repair,
    row_of,
    summarize,
)

__all__ = [
    "CSV_COLUMNS", "ENGINES", "FORMATS", "AuditConfig", "AuditPlan", "Row", "Summary", "check_item", "csv_line",
    "estimate_total", "expand", "items_of", "limit_threads", "output_format", "pending", "read_done", "repair",
    "row_of", "run", "summarize",
]  # fmt: skip
