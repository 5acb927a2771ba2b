"""tourpipe: news articles in, entities and typed figures out, queryable with SQL."""

__version__ = "0.1.0"
