import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// The nearest names on a typo, and LAs given by name (SPEC 7).
struct NameSuggestionTests {
    @Test func nearestNames() {
        let commands = ["init", "template", "ingest", "status", "evidence", "score", "explain", "match", "report", "export", "run", "demo"]
        #expect(NameSuggestion.nearest(to: "ingset", among: commands) == ["ingest"], "a swap of neighbours is one edit")
        #expect(NameSuggestion.nearest(to: "reprot", among: commands) == ["report"])
        #expect(NameSuggestion.nearest(to: "exprot", among: commands).first == "export")
        #expect(NameSuggestion.nearest(to: "frobnicate", among: commands).isEmpty, "nothing near: no suggestion")
        let regions = ["London", "North East", "Yorkshire and The Humber", "South East"]
        #expect(NameSuggestion.nearest(to: "yorkshire", among: regions) == ["Yorkshire and The Humber"], "a prefix counts")
        #expect(NameSuggestion.nearest(to: "Yorkshire and Humber", among: regions) == ["Yorkshire and The Humber"])
        #expect(NameSuggestion.didYouMean(["a", "b"]) == "did you mean 'a' or 'b'?")
    }

    @Test func anLAByCodeOrName() throws {
        let register = try LARegister.load(path: Repo.path("Data/register.csv"))
        #expect(register.resolveLA("383") == "383")
        #expect(register.resolveLA("E08000035") == "383")
        #expect(register.resolveLA("leeds") == "383")
        #expect(register.resolveLA("Kingston upon Hull City of") == "810", "punctuation ignored")
        #expect(register.resolveLA("Leds") == nil)
        #expect(register.suggestLAs("Leds").first == "Leeds (383)")
        #expect(register.suggestRegions("london") == ["London"])
    }

    @Test func aDatabaseErrorNamesTheFile() {
        let path = Repo.tempDir("dberror") + "/no-such-folder/capindex.sqlite"
        do {
            _ = try Store(path: path)
            Issue.record("opened a database in a folder that does not exist")
        } catch let e as DatabaseError {
            #expect(e.file == path)
            #expect(e.description.hasPrefix("\(path): database error: "))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
