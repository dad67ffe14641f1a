import CapIndexDomain

extension Store {
    /// Stores inspections in one transaction. An inspection is one LA and inspection date:
    /// held in both Ofsted files it is stored once; a blank in one file never erases a
    /// judgement that the other file gave.
    public func saveOfstedImport(
        _ inspections: [(OfstedInspection, Int)], file: String, sha256: String, rows: Int,
        ignored: Int, at time: String
    ) throws -> ImportCounts {
        try db.transaction {
            let fileID = try beginEvidenceFile(sha256: sha256, name: file, kind: "ofsted", rows: rows, ignored: ignored, at: time)
            var existing: [String: OfstedInspection] = [:]
            for i in try ofstedInspections() { existing[i.laCode + "|" + i.inspectionDate] = i }
            let upsert = try db.statement(
                """
                INSERT INTO ofsted_inspections(la_code, inspection_date, publication_date, ons_code, la_name, inspection_type,
                    overall, leaders, help_protection, children_in_care, care_leavers, source_file, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(la_code, inspection_date) DO UPDATE SET
                    publication_date = excluded.publication_date, ons_code = excluded.ons_code, la_name = excluded.la_name,
                    inspection_type = excluded.inspection_type, overall = excluded.overall, leaders = excluded.leaders,
                    help_protection = excluded.help_protection, children_in_care = excluded.children_in_care,
                    care_leavers = excluded.care_leavers, source_file = excluded.source_file, source_line = excluded.source_line
                """)
            var counts = ImportCounts()
            for (found, line) in inspections {
                var merged = found
                let old = existing[found.laCode + "|" + found.inspectionDate]
                if let old {
                    merged.inspectionType = found.inspectionType ?? old.inspectionType
                    merged.overall = found.overall ?? old.overall
                    merged.leaders = found.leaders ?? old.leaders
                    merged.helpProtection = found.helpProtection ?? old.helpProtection
                    merged.childrenInCare = found.childrenInCare ?? old.childrenInCare
                    merged.careLeavers = found.careLeavers ?? old.careLeavers
                    if merged.laName.isEmpty { merged.laName = old.laName }
                    // Codes and names may be spelt differently by the two files: only judgements and dates count.
                    var same = merged
                    same.onsCode = old.onsCode
                    same.laName = old.laName
                    if same == old { counts.unchanged += 1; continue }
                    counts.changed += 1
                } else {
                    counts.new += 1
                }
                existing[found.laCode + "|" + found.inspectionDate] = merged
                try upsert.execute(
                    merged.laCode, merged.inspectionDate, merged.publicationDate, merged.onsCode, merged.laName,
                    merged.inspectionType, merged.overall?.rawValue, merged.leaders?.rawValue,
                    merged.helpProtection?.rawValue, merged.childrenInCare?.rawValue,
                    merged.careLeavers?.rawValue, fileID, line)
            }
            try finishEvidenceFile(fileID, counts)
            return counts
        }
    }

    /// True when any inspection is stored.
    public func hasOfstedInspections() throws -> Bool {
        try db.scalar("SELECT count(*) FROM ofsted_inspections") != .int(0)
    }

    /// The newest publication date of any stored inspection (`YYYY-MM-DD`), nil when none:
    /// what the freshness notice I009 compares with the report date.
    public func newestOfstedPublication() throws -> String? {
        if case .text(let d) = try db.scalar("SELECT max(publication_date) FROM ofsted_inspections") { return d }
        return nil
    }

    /// Every stored inspection, by LA and date.
    public func ofstedInspections() throws -> [OfstedInspection] {
        try db.query(
            """
            SELECT la_code, ons_code, la_name, inspection_date, publication_date, inspection_type,
                   overall, leaders, help_protection, children_in_care, care_leavers
            FROM ofsted_inspections ORDER BY la_code, inspection_date
            """
        ) { r in
            OfstedInspection(
                laCode: r.string(0)!, onsCode: r.string(1)!, laName: r.string(2)!, inspectionDate: r.string(3)!,
                publicationDate: r.string(4)!, inspectionType: r.string(5),
                overall: r.int(6).flatMap(Rating.init(rawValue:)), leaders: r.int(7).flatMap(Rating.init(rawValue:)),
                helpProtection: r.int(8).flatMap(Rating.init(rawValue:)),
                childrenInCare: r.int(9).flatMap(Rating.init(rawValue:)),
                careLeavers: r.int(10).flatMap(Rating.init(rawValue:)))
        }
    }
}
