"""Where tourpipe keeps data: the column contract, staged tables, the warehouse's commit protocol and its views.

A warehouse is a local folder or a prefix in object storage (``open_warehouse``). No other module writes
Parquet, reads a manifest or names the database file.
"""
from tourpipe.storage.objectstore import S3Warehouse, is_object_store, open_warehouse
from tourpipe.storage.parquet import KeyedRows, StagedTable, TableWriter
from tourpipe.storage.warehouse import (
    DB_NAME,
    Commit,
    Generation,
    Listing,
    RunRecord,
    Staging,
    Warehouse,
    batch_id_of,
    warehouse_lock,
)

__all__ = ["DB_NAME", "Commit", "Generation", "KeyedRows", "Listing", "RunRecord", "S3Warehouse", "StagedTable",
           "Staging", "TableWriter", "Warehouse", "batch_id_of", "is_object_store", "open_warehouse", "warehouse_lock"]
