import CapIndexDomain

extension Store {
    /// Stores the challenges of one file in one transaction: each that differs from the
    /// current state of its `challenge_id` becomes current; the earlier stays as history.
    public func saveChallenges(
        _ challenges: [PeerChallenge], sha256: String, fileName: String, rejected: Int, at time: String
    ) throws -> ImprovementWriteCounts {
        try db.transaction {
            let file = try recordImprovementFile(
                kind: .challenges, sha256: sha256, name: fileName, loaded: challenges.count, rejected: rejected, at: time)
            var counts = ImprovementWriteCounts()
            let current = Dictionary(try currentChallenges().map { ($0.challengeID, $0.content) }, uniquingKeysWith: { a, _ in a })
            for c in challenges {
                if current[c.challengeID] == c.content {
                    counts.unchanged += 1
                    continue
                }
                if current[c.challengeID] == nil { counts.new += 1 } else { counts.replaced += 1 }
                try db.run("UPDATE peer_challenges SET is_current = 0 WHERE challenge_id = ? AND is_current = 1", c.challengeID)
                try db.run(
                    """
                    INSERT INTO peer_challenges(challenge_id, la_code, round, themes, lead_la_code, starts_on, ends_on, cx_endorsed_on,
                        report_on, is_current, source_file, source_location)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """, c.challengeID, c.laCode, c.round, c.themes.joined(separator: ","), c.leadLACode, c.startsOn, c.endsOn,
                    c.cxEndorsedOn, c.reportOn, file, c.location)
            }
            return counts
        }
    }

    /// The current state of every peer challenge, by start date and id.
    public func currentChallenges() throws -> [PeerChallenge] {
        try db.query(
            """
            SELECT challenge_id, la_code, round, themes, lead_la_code, starts_on, ends_on, cx_endorsed_on, report_on, source_location
            FROM peer_challenges WHERE is_current = 1 ORDER BY starts_on, challenge_id
            """
        ) { r in
            PeerChallenge(
                challengeID: r.string(0)!, laCode: r.string(1)!, round: r.string(2)!,
                themes: r.string(3)!.split(separator: ",").map(String.init), leadLACode: r.string(4)!, startsOn: r.string(5)!,
                endsOn: r.string(6)!, cxEndorsedOn: r.string(7), reportOn: r.string(8), location: r.string(9)!)
        }
    }
}
