import ArgumentParser
import CapIndexApp

/// The root command: its help reads like the table of contents of the yearly cycle.
struct CapIndex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capindex",
        abstract: "Self-assessment pipeline for a region's children's services sector-led improvement programme.",
        discussion: """
            The yearly cycle:
              November  init, template            send each LA its Excel workbook for the year
                        ingest, status            collect and validate each LA's self-assessment; the chase list
                        report feedback           one feedback page per LA, to e-mail back the same day
                        versions, diff, withdraw  every version kept; what a resubmission changed; a wrong filing undone
              January   evidence, score, explain  published indicators and Ofsted against the self-ratings;
                        report challenge, export  capacity index, trends, challenge flags, one pack per LA
                        outcomes import           the ratings the challenge event agreed (every score uses them)
              March     match, report summit      priorities, theme support balance, support pairings
              all year  challenges import,        the peer challenge programme and the action tracker;
                        actions import,           report improvement: who has been challenged, what was promised,
                        report improvement        what is overdue or stale
              any time  run (cron), demo          everything above in one idempotent command

            Exit codes: 0 success (warnings only, or nothing changed), 1 validation errors
            (some submission rejected; the rest still done), 2 usage error, 3 anything else.
            The database is ./capindex.sqlite unless --db or CAPINDEX_DB says otherwise.
            """,
        version: CapIndexVersion.current,
        subcommands: [
            Init.self, Template.self, Ingest.self, Status.self, Versions.self, Diff.self, Withdraw.self, Evidence.self, Score.self,
            Explain.self, Match.self, Outcomes.self, Challenges.self, Actions.self, Report.self, Export.self, Run.self, Demo.self,
        ]
    )
}
