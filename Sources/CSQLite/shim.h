#include <sqlite3.h>

/// Process-wide SQLite settings, made before SQLite is first used (sqlite3_config is
/// variadic, which Swift cannot call):
/// - no memory statistics (capindex reads none), so SQLite's allocator takes no global
///   lock on every malloc and free;
/// - statement journals stay in memory: a statement that writes several rows and may
///   fail half-way keeps the pages it changes there so that it alone can be undone, and
///   past 64 KiB SQLite spilled them to a temporary file (67 MB of writes in a national
///   ingest that stored 7.4 MB, when a submission's theme rows still needed one; since
///   migration 12 they do not, and other many-row statements still may).
static inline int capindex_sqlite3_configure(void) {
    int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
}
