"""tourpipe: news articles in, entities and typed figures out, queryable with SQL."""
import os

# Arrow allocates with the system allocator (tourpipe.storage says why); read when pyarrow starts, so set here, before
# any module imports it. A caller's own choice stands.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

__version__ = "0.1.0"
__all__ = ["open_warehouse"]


def __getattr__(name: str):
    # Lazy, so that `import tourpipe` (every worker process, every CLI call) stays free of duckdb and pandas.
    if name == "open_warehouse":
        from tourpipe.api import open_warehouse

        return open_warehouse
    raise AttributeError(f"module 'tourpipe' has no attribute {name!r}")
