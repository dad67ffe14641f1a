import CapIndexDomain

extension Store {
    /// True when a file with these bytes was imported as evidence before.
    public func evidenceFileImported(sha256: String) throws -> Bool {
        try db.scalar("SELECT 1 FROM evidence_files WHERE sha256 = ?", sha256) != .null
    }

    /// Records an evidence file; returns its row id. Counts are filled in by `finishEvidenceFile`.
    func beginEvidenceFile(sha256: String, name: String, kind: String, rows: Int, ignored: Int, at time: String) throws -> Int {
        try db.run(
            """
            INSERT INTO evidence_files(sha256, file_name, kind, imported_at, rows_read, rows_ignored,
                                       values_new, values_changed, values_unchanged)
            VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)
            """, sha256, name, kind, time, rows, ignored)
        return Int(db.lastInsertRowID)
    }

    func finishEvidenceFile(_ id: Int, _ c: ImportCounts) throws {
        try db.run(
            "UPDATE evidence_files SET values_new = ?, values_changed = ?, values_unchanged = ? WHERE id = ?",
            c.new, c.changed, c.unchanged, id)
    }

    /// Stores what one indicator file holds, in one transaction: for one indicator, period
    /// and LA the latest import wins. Existing values of the affected indicators are read
    /// once, so each value is counted new, changed or unchanged and only the first two are written.
    public func saveIndicatorImport(
        _ scan: EvidenceScanResult, catalogue: [IndicatorDefinition], laCodes: [String],
        file: String, sha256: String, kind: EvidenceLayoutKind, at time: String
    ) throws -> ImportCounts {
        try db.transaction {
            let fileID = try beginEvidenceFile(
                sha256: sha256, name: file, kind: kind.rawValue, rows: scan.rows,
                ignored: scan.ignored.total, at: time)
            let laIndex = Dictionary(uniqueKeysWithValues: laCodes.enumerated().map { ($1, $0) })
            var counts = ImportCounts()
            let affected = Set(scan.values.keys.map(PendingKey.indicator))
            var existing: [UInt64: (Double?, String?, Bool)] = [:]
            for i in affected {
                _ = try db.query(
                    """
                    SELECT period, la_code, value, missing_code, combined FROM indicator_values WHERE indicator = ?
                    """, [catalogue[i].id]
                ) { r in
                    if let la = laIndex[r.string(1)!] {
                        existing[PendingKey.make(i, r.int(0)!, Int16(la))] = (r.double(2), r.string(3), r.int(4)! == 1)
                    }
                }
            }
            let upsert = try db.statement(
                """
                INSERT INTO indicator_values(indicator, period, la_code, period_label, value, missing_code, combined,
                                             source_file, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(indicator, period, la_code) DO UPDATE SET
                    period_label = excluded.period_label, value = excluded.value, missing_code = excluded.missing_code,
                    combined = excluded.combined, source_file = excluded.source_file, source_line = excluded.source_line
                """)
            for key in scan.values.keys.sorted() {
                let v = scan.values[key]!
                let ind = PendingKey.indicator(key), period = PendingKey.period(key)
                let (value, code): (Double?, String?) =
                    switch v.cell {
                    case .number(let d): (d, nil)
                    case .missing(let c): (nil, c)
                    }
                var count =
                    counts.perIndicator[ind]
                    ?? IndicatorImportCount(
                        indicator: catalogue[ind].id, firstPeriod: period, lastPeriod: period, values: 0, new: 0, changed: 0, unchanged: 0)
                count.values += 1
                count.firstPeriod = min(count.firstPeriod, period)
                count.lastPeriod = max(count.lastPeriod, period)
                defer { counts.perIndicator[ind] = count }
                if let old = existing[key] {
                    if old.0 == value && old.1 == code && old.2 == v.combined {
                        counts.unchanged += 1
                        count.unchanged += 1
                        continue
                    }
                    counts.changed += 1
                    count.changed += 1
                } else {
                    counts.new += 1
                    count.new += 1
                }
                let label = scan.labels[PendingKey.periodKey(ind, period)] ?? String(period)
                try upsert.execute(
                    catalogue[ind].id, period, laCodes[PendingKey.la(key)], label, value, code, v.combined,
                    fileID, v.line)
            }
            try saveComparators(scan, catalogue: catalogue, fileID: fileID)
            try finishEvidenceFile(fileID, counts)
            return counts
        }
    }

    private func saveComparators(_ scan: EvidenceScanResult, catalogue: [IndicatorDefinition], fileID: Int) throws {
        let upsert = try db.statement(
            """
            INSERT INTO indicator_comparators(indicator, period, level, area_key, area, area_code, period_label, value,
                                              missing_code, source_file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(indicator, period, level, area_key) DO UPDATE SET
                area = excluded.area, area_code = excluded.area_code, period_label = excluded.period_label, value = excluded.value,
                missing_code = excluded.missing_code, source_file = excluded.source_file
            """)
        let keys = scan.comparators.keys.sorted {
            ($0.indicator, $0.period, $0.level.rawValue, $0.area) < ($1.indicator, $1.period, $1.level.rawValue, $1.area)
        }
        for k in keys {
            let c = scan.comparators[k]!
            let (value, code): (Double?, String?) =
                switch c.cell {
                case .number(let d): (d, nil)
                case .missing(let m): (nil, m)
                }
            let label = scan.labels[PendingKey.periodKey(k.indicator, k.period)] ?? String(k.period)
            try upsert.execute(
                catalogue[k.indicator].id, k.period, k.level.rawValue, k.area, c.area, c.areaCode, label, value, code, fileID)
        }
    }
}
