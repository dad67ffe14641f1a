import CSQLite

extension DatabaseError {
    /// What failed, in the words of the people who run capindex (issue 17): the file and
    /// what happened to it, never SQLite's codes or the statement, with what to do.
    public var plainWords: (name: String, message: String, hint: String) {
        switch code & 0xFF {
        case SQLITE_FULL:
            (
                "disk_full",
                "\(file): the disk is full, so the database could not be written; what this command had not finished was not stored",
                "free some space on that disk and run the command again"
            )
        case SQLITE_READONLY:
            (
                "database_read_only", "\(file) cannot be written: the file or its folder is read-only to the account capindex runs as",
                "run the command where the database and its folder can be written (SQLite keeps a journal beside the file), or give --db a copy"
            )
        case SQLITE_CANTOPEN:
            (
                "database_cannot_open", "\(file): cannot open the database there: its folder does not exist or cannot be written",
                "check the path given to --db (or CAPINDEX_DB) and the folder's permissions"
            )
        case SQLITE_PERM, SQLITE_AUTH:
            (
                "database_permission", "\(file): permission denied to the account capindex runs as",
                "check the permissions of the file and its folder"
            )
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            (
                "corrupt_database", "\(file) is damaged (SQLite cannot read its structure); capindex stopped without writing to it",
                StoreError.restoreHint
            )
        case SQLITE_IOERR:
            (
                "disk_error", "\(file): the disk reported an error while reading or writing the database",
                "check the disk (dmesg, or the storage's own tools); if the file is damaged, \(StoreError.restoreHint)"
            )
        case SQLITE_BUSY, SQLITE_LOCKED:
            (
                "database_busy", "\(file) is held by another program (an sqlite3 shell or a database viewer, say) and stayed busy",
                "close the other program and run the command again"
            )
        default:
            (
                "database_error", "\(file): the database reported an error: \(message)",
                "check that the file is a capindex database and the disk is not full"
            )
        }
    }

    /// True for SQLite's "the file is damaged" results.
    public var isCorruption: Bool { [SQLITE_CORRUPT, SQLITE_NOTADB].contains(code & 0xFF) }
}
