"""A large import into a small table, on SQLite: the order indexes built once, after the rows.

Every secondary index of `orders` (the sort keys of the list and the search plans' tails) is a
B-tree whose inserts land at random places: at 750,000 orders they no longer fit SQLite's page
cache and each costs page reads and spills, which is why the storage's cost per row doubled
from 100,000 rows to a million. `CREATE INDEX` instead sorts the table once. So when an import
brings at least twice as many rows as the table holds orders (the first import, a new store's
years), it drops those indexes at its start and creates them again, from their own SQL, at its
end, with a larger page cache meanwhile.

All of it happens inside the import's one transaction, which holds the write lock from its
start (`BEGIN IMMEDIATE`): SQLite's schema changes are transactional, so a failed, cancelled or
killed import rolls the indexes back with the rows and never leaves the workspace without them;
another window keeps reading the workspace as it was, with its indexes, until the commit; a
second writer waits for the lock as for any import. The indexes left in place are those the
import itself reads by (the order id's, which is a constraint, and the lines' and shipments'
order keys, whose new values only grow), and the search index, filled batch by batch beside the
reading (writing.Background) because an update of an order read earlier in the same import
must find it there.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from sqlalchemy import Connection

#: At least this many report lines, and twice the orders already stored, for a bulk load.
MIN_LINES = 20_000
#: The page cache of the importing connection during a bulk load, in KiB (SQLite's own default
#: is 2 MiB): the order id index and the search index still take their rows one at a time, and
#: CREATE INDEX sorts in it. 64 MiB saved little more and took a million-row import's peak
#: memory over 300 MB.
CACHE_KIB = 32 * 1024


def wanted(connection: Connection, lines: int) -> bool:
    """Whether an import of `lines` report lines into this workspace should load in bulk."""
    if connection.dialect.name != "sqlite" or lines < MIN_LINES:
        return False
    # max(id) bounds the number of orders from above (deletions leave gaps) and costs nothing.
    stored = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM orders").scalar_one()
    return lines >= 2 * int(stored)


@dataclass
class BulkLoad:
    """The indexes set aside for one import (none when it is not a bulk load)."""

    connection: Connection | None = None
    indexes: list[tuple[str, str]] = field(default_factory=list)  # (name, CREATE INDEX ...)
    cache_size: int | None = None

    @classmethod
    def start(cls, connection: Connection, lines: int) -> BulkLoad:
        """Drop the secondary indexes of `orders` if this import is a bulk load (`wanted`)."""
        if not wanted(connection, lines):
            return cls()
        indexes = [
            (str(name), str(sql))
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'orders' AND sql IS NOT NULL ORDER BY name"
            )
        ]  # sql IS NULL: a UNIQUE or PRIMARY KEY constraint's own index, which stays
        cache_size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size = -{int(CACHE_KIB)}")
        for name, _sql in indexes:
            connection.exec_driver_sql(f'DROP INDEX "{name}"')
        return cls(connection, indexes, cache_size)

    def finish(self) -> None:
        """Create the indexes again, each from its own SQL, in the same transaction."""
        if self.connection is None:
            return
        for _name, sql in self.indexes:
            self.connection.exec_driver_sql(sql)
        self.indexes = []

    def close(self) -> None:
        """Give the connection its page cache back, whatever happened (it goes back to the
        pool for other work)."""
        if self.connection is not None and self.cache_size is not None:
            # After a failure the connection may be unusable: its own error is the one to see.
            with suppress(Exception):
                self.connection.exec_driver_sql(f"PRAGMA cache_size = {self.cache_size}")
            self.cache_size = None
