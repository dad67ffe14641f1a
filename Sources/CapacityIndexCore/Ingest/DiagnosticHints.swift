/// The stable codes of SPEC 2 with a fix for each, so every message ends with a hint.
public enum DiagnosticCodes {
    /// Code → one-line meaning, as documented in the README.
    public static let meanings: [(String, String)] = [
        ("E201", "unknown LA code"),
        ("E202", "LA not valid in that year"),
        ("E203", "unknown theme"),
        ("E204", "rating not parseable or out of range"),
        ("E205", "offer not a whole number 0–3"),
        ("E206", "need not a whole number 0–3"),
        ("E207", "confidence not high/medium/low"),
        ("E208", "strength or development not a yes/no value"),
        ("E209", "the same theme twice in one submission"),
        ("E210", "a required column or value missing (la_code, year, theme, rating)"),
        ("E211", "a theme of the framework missing from the submission"),
        ("E212", "year not a whole number 2000–2100"),
        ("E213", "malformed CSV (unterminated quote, text after a closing quote)"),
        ("E214", "malformed JSON"),
        ("E215", "narrative over the limit"),
        ("E216", "not a text file (a NUL byte, or bytes that are neither UTF-8 nor Windows-1252)"),
        ("E217", "submitted_on not a real date"),
        ("E218", "unreadable workbook (not a ZIP, truncated, bad CRC, unsupported compression, malformed XML, no worksheet)"),
        ("E219", "encrypted (password-protected) workbook"),
        ("W001", "file read as Windows-1252"),
        ("W002", "a submission-level field with different values on different rows (the first counts)"),
        ("W003", "cells beyond the header ignored"),
        ("W004", "an evidence file not usable"),
        ("I001", "file content already ingested (nothing changed)"),
        ("I002", "a version superseded"),
        ("I003", "an unknown column ignored"),
        ("I004", "a submission outside the region being processed"),
        ("I005", "evidence rows ignored, with the reason and count"),
        ("I006", "evidence import summary (new, changed, unchanged)"),
        ("I007", "Ofsted import summary"),
    ]

    /// The usual fix for a code.
    public static func hint(_ code: String) -> String? {
        switch code {
        case "E201": "use the LA's 3-digit DfE code or its ONS code as in the register"
        case "E202": "check the year, or the LA code of a reorganised council"
        case "E203": "use a theme id or title of the framework (capindex init prints them)"
        case "E204": "use 1–4 or Outstanding, Good, Requires improvement (RI), Inadequate"
        case "E205": "use 0 none, 1 share practice, 2 practitioner time, 3 lead a peer challenge"
        case "E206": "use 0 none, 1 light-touch advice, 2 targeted support, 3 intensive support"
        case "E207": "use high, medium or low (blank means medium)"
        case "E208": "use Y or N (also yes/no, true/false, 1/0; blank means N)"
        case "E209": "keep one row per theme; delete or merge the duplicate"
        case "E210": "fill in la_code, year, theme and rating on every row"
        case "E211": "add a row for every theme of the framework"
        case "E212": "write the year of the November submission, e.g. 2026"
        case "E213": "re-save the file from Excel as CSV UTF-8, or close the quote"
        case "E214": "check the JSON at the place shown, e.g. with a JSON validator"
        case "E215": "shorten the narrative"
        case "E216": "save the sheet as CSV (UTF-8) or JSON, not as a workbook or binary file"
        case "E217": "write the date as YYYY-MM-DD or DD/MM/YYYY"
        case "E218": "open the file in Excel or LibreOffice and save it again as Excel Workbook (.xlsx), or send it again"
        case "E219":
            "remove the password (Excel: File › Info › Protect Workbook › Encrypt with Password, clear it), save, and send it again"
        default: nil
        }
    }
}
