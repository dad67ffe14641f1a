/// Every stable code capindex reports (SPEC 2, 5 and the challenge flags), each with the
/// severity it is declared with, what it means and the usual fix. A diagnostic's severity
/// comes from here, never from the code's first letter, and no code is written as text
/// anywhere else in the sources.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable, Comparable {
    // Submission errors: they reject the submission (E213, E214, E216, E218, E219: the whole file).
    case e201 = "E201", e202 = "E202", e203 = "E203", e204 = "E204", e205 = "E205", e206 = "E206"
    case e207 = "E207", e208 = "E208", e209 = "E209", e210 = "E210", e211 = "E211", e212 = "E212"
    case e213 = "E213", e214 = "E214", e215 = "E215", e216 = "E216", e217 = "E217", e218 = "E218"
    case e219 = "E219"
    // After the challenge event (SPEC 9): an outcome without a submission; an action's status unreadable.
    case e220 = "E220", e221 = "E221"
    // Files that cannot be read at all, whatever their format: that file only (issue 17).
    case e222 = "E222", e223 = "E223"
    // File warnings and notices of ingest and evidence import.
    case w001 = "W001", w002 = "W002", w003 = "W003", w004 = "W004"
    case i001 = "I001", i002 = "I002", i003 = "I003", i004 = "I004", i005 = "I005", i006 = "I006", i007 = "I007", i008 = "I008"
    case i009 = "I009"
    // A file in a submissions folder skipped because it is plainly not a submission.
    case i010 = "I010"
    // A submission file with no submission in it.
    case i011 = "I011"
    // Challenge flags: the questions for the January event.
    case w101 = "W101", w102 = "W102", w103 = "W103", w104 = "W104", w105 = "W105", w106 = "W106"
    case w107 = "W107", w108 = "W108", w109 = "W109", w110 = "W110", w111 = "W111", w112 = "W112"
    // The improvement loop (SPEC 9): peer challenges and actions, listed with the challenge or action.
    case w113 = "W113", w114 = "W114", w115 = "W115", w116 = "W116", w117 = "W117"

    /// The severity the code is declared with.
    public var severity: Severity {
        switch self {
        case .e201, .e202, .e203, .e204, .e205, .e206, .e207, .e208, .e209, .e210, .e211, .e212, .e213, .e214, .e215,
            .e216, .e217, .e218, .e219, .e220, .e221, .e222, .e223:
            .error
        case .w001, .w002, .w003, .w004, .w101, .w102, .w103, .w104, .w105, .w106, .w107, .w108, .w109, .w110, .w111,
            .w112, .w113, .w114, .w115, .w116, .w117:
            .warning
        case .i001, .i002, .i003, .i004, .i005, .i006, .i007, .i008, .i009, .i010, .i011:
            .notice
        }
    }

    /// What the code means, in a few words (the README's table).
    public var meaning: String {
        switch self {
        case .e201: "unknown LA code"
        case .e202: "LA not valid in that year"
        case .e203: "unknown theme"
        case .e204: "rating not parseable or out of range"
        case .e205: "offer not a whole number 0–3"
        case .e206: "need not a whole number 0–3"
        case .e207: "confidence not high/medium/low"
        case .e208: "strength or development not a yes/no value"
        case .e209: "the same theme twice in one submission"
        case .e210: "a required column or value missing (la_code, year, theme, rating)"
        case .e211: "a theme of the framework missing from the submission"
        case .e212: "year not a whole number 2000–2100"
        case .e213: "malformed CSV (unterminated quote, text after a closing quote)"
        case .e214: "malformed JSON"
        case .e215: "narrative over the limit"
        case .e216: "not a text file (a NUL byte, or bytes that are neither UTF-8 nor Windows-1252)"
        case .e217: "submitted_on not a real date"
        case .e218: "unreadable workbook (not a ZIP, truncated, bad CRC, unsupported compression, malformed XML, no worksheet)"
        case .e219: "encrypted (password-protected) workbook"
        case .e220: "an agreed outcome for an LA and year with no current submission"
        case .e221: "action status not one of not started, on track, at risk, off track, complete"
        case .e222: "a file that cannot be read (a FIFO or device, no read permission, a broken or looping link, a name that is not UTF-8)"
        case .e223: "a file larger than capindex reads for its kind (submissions 50 MiB or 200,000 rows, evidence 2 GiB)"
        case .w001: "file read as Windows-1252"
        case .w002: "a submission-level field with different values on different rows (the first counts)"
        case .w003: "cells beyond the header ignored"
        case .w004: "an evidence file not usable"
        case .i001: "file content already ingested (nothing changed)"
        case .i002: "a version superseded"
        case .i003: "unknown columns ignored (one notice per file, listing them)"
        case .i004: "a submission outside the region being processed (run --region): stored, but on none of that run's pages"
        case .i005: "evidence rows ignored, with the reason and count"
        case .i006: "evidence import summary (new, changed, unchanged)"
        case .i007: "Ofsted import summary"
        case .i008: "values changed by a different source file"
        case .i009: "evidence possibly out of date"
        case .i010: "a file in a submissions folder skipped: plainly not a submission (the rule that decided is named)"
        case .i011: "a submission file with no submission in it (a header only, or an empty JSON array)"
        case .w101: "rated 1–2 and an area for development"
        case .w102: "an offer on a theme rated 3–4"
        case .w103: "declared need below the floor the rating implies"
        case .w104: "rating moved two grades since last year"
        case .w105: "rated 1–2 with a linked indicator in band D"
        case .w106: "rated 3–4 while every banded linked indicator is in band A"
        case .w107: "no chief executive sign-off"
        case .w108: "area for development without a narrative"
        case .w109: "strength and development both"
        case .w110: "area for development three years running with no need declared now"
        case .w111: "rated better than Ofsted's latest judgement of the linked area"
        case .w112: "rated worse than Ofsted's latest judgement of the linked area"
        case .w113: "a peer challenge theme that is not an area for development of the receiving LA"
        case .w114: "no chief executive endorsement before the peer challenge started"
        case .w115: "no action plan 56 days or more after the peer challenge ended"
        case .w116: "action overdue"
        case .w117: "action stale: not updated for more than 90 days"
        }
    }

    /// The usual fix, for the codes that have one.
    public var hint: String? {
        switch self {
        case .e201: "use the LA's 3-digit DfE code or its ONS code as in the register"
        case .e202: "check the year, or the LA code of a reorganised council"
        case .e203: "use a theme id or title of the framework (capindex init prints them)"
        case .e204: "use 1–4 or Outstanding, Good, Requires improvement (RI), Inadequate"
        case .e205: "use 0 none, 1 share practice, 2 practitioner time, 3 lead a peer challenge"
        case .e206: "use 0 none, 1 light-touch advice, 2 targeted support, 3 intensive support"
        case .e207: "use high, medium or low (blank means medium)"
        case .e208: "use Y or N (also yes/no, true/false, 1/0; blank means N)"
        case .e209: "keep one row per theme; delete or merge the duplicate"
        case .e210: "fill in la_code, year, theme and rating on every row"
        case .e211: "add a row for every theme of the framework"
        case .e212: "write the year of the November submission, e.g. 2026"
        case .e213: "re-save the file from Excel as CSV UTF-8, or close the quote"
        case .e214: "check the JSON at the place shown, e.g. with a JSON validator"
        case .e215: "shorten the narrative"
        case .e216: "save the sheet as CSV (UTF-8) or JSON, not as a workbook or binary file"
        case .e217: "write the date as YYYY-MM-DD or DD/MM/YYYY"
        case .e218: "open the file in Excel or LibreOffice and save it again as Excel Workbook (.xlsx), or send it again"
        case .e219:
            "remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it), save, and send it again"
        case .w001: "save it as CSV UTF-8 to be sure of accented letters and symbols"
        case .w002: "give the same value on every row, or fill it in on the first row only"
        case .w003: "give the column a header, or delete the stray cells"
        case .w107: "have the chief executive sign the self-assessment off, fill in cx_signoff with their name and send it again"
        case .w108: "add a narrative saying what needs to improve and what is being done about it"
        case .i003: "nothing to do if the column is yours; a misspelt field name is read as blank, so check the spelling"
        case .e220: "ingest the LA's submission for that year first, or check the LA code and year of the row"
        case .e221: "use not started, on track, at risk, off track or complete"
        case .e222: "replace it by the file itself, readable by the account capindex runs as, or move it out of the folder"
        case .e223: "check that it is the file meant; a submission is a few kilobytes"
        case .i004: "nothing to do if the file belongs in this inbox; run that region (or --all-regions) for its pages"
        default: nil
        }
    }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.rawValue < b.rawValue }
}
