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
    /// and LA the latest import wins, its provenance included (an unchanged value cites the
    /// new file). Existing values of the affected indicators are read once, so each value is
    /// counted new, changed or unchanged; changed values that another file gave are tallied
    /// for notice I008 and recorded.
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
            var existing: [UInt64: (value: Double?, code: String?, combined: Bool, file: Int)] = [:]
            for i in affected {
                _ = try db.query(
                    """
                    SELECT period, la_code, value, missing_code, combined, source_file FROM indicator_values WHERE indicator = ?
                    """, [catalogue[i].id]
                ) { r in
                    if let la = laIndex[r.string(1)!] {
                        existing[PendingKey.make(i, r.int(0)!, Int16(la))] = (r.double(2), r.string(3), r.int(4)! == 1, r.int(5)!)
                    }
                }
            }
            var replaced = ReplacementTally()
            let moveSource = try db.statement(
                """
                UPDATE indicator_values SET source_file = ?, source_line = ?, period_label = ?, time_identifier = ?
                WHERE indicator = ? AND period = ? AND la_code = ?
                """)
            let upsert = try db.statement(
                """
                INSERT INTO indicator_values(indicator, period, la_code, period_label, value, missing_code, combined,
                                             source_file, source_line, time_identifier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(indicator, period, la_code) DO UPDATE SET
                    period_label = excluded.period_label, value = excluded.value, missing_code = excluded.missing_code,
                    combined = excluded.combined, source_file = excluded.source_file, source_line = excluded.source_line,
                    time_identifier = excluded.time_identifier
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
                    if old.value == value && old.code == code && old.combined == v.combined {
                        counts.unchanged += 1
                        count.unchanged += 1
                        // The latest import wins its provenance too: the value now cites this file
                        // and its period label (an EES release confirming a LAIT value is its source).
                        let pk = PendingKey.periodKey(ind, period)
                        try moveSource.execute(
                            fileID, v.line, scan.labels[pk] ?? String(period), scan.timeIdentifiers[pk], catalogue[ind].id, period,
                            laCodes[PendingKey.la(key)])
                        continue
                    }
                    counts.changed += 1
                    count.changed += 1
                    replaced.add(
                        previousFile: old.file,
                        EvidenceReplacement.Example(
                            indicator: catalogue[ind].id, period: period, laCode: laCodes[PendingKey.la(key)],
                            old: EvidenceReplacement.text(old.value.map(EvidenceCell.number) ?? .missing(old.code ?? "")),
                            new: EvidenceReplacement.text(v.cell)))
                } else {
                    counts.new += 1
                    count.new += 1
                }
                let pk = PendingKey.periodKey(ind, period)
                try upsert.execute(
                    catalogue[ind].id, period, laCodes[PendingKey.la(key)], scan.labels[pk] ?? String(period), value, code, v.combined,
                    fileID, v.line, scan.timeIdentifiers[pk])
            }
            try saveComparators(scan, catalogue: catalogue, fileID: fileID)
            try finishEvidenceFile(fileID, counts)
            counts.replacements = try saveReplacements(replaced, fileID: fileID)
            return counts
        }
    }

    private func saveComparators(_ scan: EvidenceScanResult, catalogue: [IndicatorDefinition], fileID: Int) throws {
        let upsert = try db.statement(
            """
            INSERT INTO indicator_comparators(indicator, period, level, area_key, area, area_code, period_label, value,
                                              missing_code, source_file, time_identifier)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(indicator, period, level, area_key) DO UPDATE SET
                area = excluded.area, area_code = excluded.area_code, period_label = excluded.period_label, value = excluded.value,
                missing_code = excluded.missing_code, source_file = excluded.source_file, time_identifier = excluded.time_identifier
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
            let pk = PendingKey.periodKey(k.indicator, k.period)
            try upsert.execute(
                catalogue[k.indicator].id, k.period, k.level.rawValue, k.area, c.area, c.areaCode, scan.labels[pk] ?? String(k.period),
                value, code, fileID, scan.timeIdentifiers[pk])
        }
    }
}
