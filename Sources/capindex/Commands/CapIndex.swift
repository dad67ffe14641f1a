import ArgumentParser
import CapIndexApp

/// The root command: its help reads like the table of contents of the yearly cycle.
struct CapIndex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capindex",
        abstract: "Self-assessment pipeline for a region's children's services sector-led improvement programme.",
        discussion: """
            The yearly cycle (capindex help COMMAND for each):
              November  init, template        a workbook for each LA for the year
                        ingest, status        collect and validate; the chase list
                        report feedback       a feedback page per LA, the same day
                        versions, diff,       every version kept; what a resubmission
                        withdraw              changed; a wrong filing undone
              January   evidence              published indicators, Ofsted judgements
                        score, explain        capacity index, trends, challenge flags
                        report challenge,     one challenge pack per LA; the CSV
                        export                exports
                        outcomes import       the ratings the challenge event agreed
                                              (every score uses them)
              March     match, report summit  priorities, support balance, pairings
              all year  challenges import,    the peer challenge programme and the
                        actions import,       action tracker: who was challenged,
                        report improvement    what was promised, what is overdue
              any time  run (cron), demo      all of the above in one idempotent run

            Exit codes: 0 success (warnings only, or nothing changed); 1 validation
            errors (some submission rejected, the rest still done) or nothing to do;
            2 usage error; 3 anything else.
            The database is ./capindex.sqlite unless --db or CAPINDEX_DB says otherwise.
            """,
        version: CapIndexVersion.current,
        subcommands: [
            Init.self, Template.self, Ingest.self, Status.self, Versions.self, Diff.self, Withdraw.self, Evidence.self, Score.self,
            Explain.self, Match.self, Outcomes.self, Challenges.self, Actions.self, Report.self, Export.self, Run.self, Demo.self,
        ]
    )
}
