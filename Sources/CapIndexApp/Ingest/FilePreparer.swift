import CapIndexDomain
import Foundation

/// Prepares the files of an ingest on a thread of its own, in file-name order and at most
/// `lookahead` files ahead of the one being stored: reading, hashing and validating (work
/// on values only) overlap the database's work, which stays on the calling thread with the
/// one connection. On the project's 2-core machine this takes the national ingest from the
/// sum of the two to the larger of them (BENCHMARKS.md).
final class FilePreparer: @unchecked Sendable {
    // Everything below `condition` is read and written with it held.
    private let condition = NSCondition()
    private var ready: [Int: PreparedFile] = [:]
    private var taken = 0
    private var stopped = false
    private var finished = false
    // Who sleeps on `condition`: each side wakes the other only when it sleeps (a wake-up
    // per file on each side was a tenth of a national ingest, in the kernel).
    private var producerWaiting = false
    private var consumerWaiting = false
    // The file the waiting consumer is woken for: a few past the one it needs, so the two
    // threads hand over files in runs rather than one by one.
    private var wakeAt = 0
    private let files: [InputEntry]
    private let lookahead: Int

    /// Starts preparing `files`; `seen` holds the SHA-256 of every file ingested before.
    init(files: [InputEntry], validator: SubmissionValidator, seen: Set<String>, lookahead: Int = 32) {
        self.files = files
        self.lookahead = lookahead
        guard !files.isEmpty else {
            finished = true
            return
        }
        let thread = Thread { [self] in
            var seen = seen
            for i in files.indices {
                condition.lock()
                while i - taken >= lookahead && !stopped {
                    producerWaiting = true
                    condition.wait()
                }
                producerWaiting = false
                let stop = stopped
                condition.unlock()
                if stop { break }
                let prepared = PreparedFile.prepare(files[i], validator: validator, seen: &seen)
                condition.lock()
                ready[i] = prepared
                if consumerWaiting && i >= wakeAt { condition.broadcast() }
                condition.unlock()
            }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        // The JSON parser recurses (at most 200 deep): the stack of a main thread, not less.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// File `index`, once prepared; files are taken in order, each once.
    func take(_ index: Int) -> PreparedFile {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil {
            wakeAt = min(index + 7, files.count - 1)
            consumerWaiting = true
            condition.wait()
        }
        consumerWaiting = false
        taken = index + 1
        // Woken with half the window free, so it prepares files in runs.
        if producerWaiting && taken % max(1, lookahead / 2) == 0 { condition.broadcast() }
        return ready.removeValue(forKey: index)!
    }

    /// Stops the preparing thread and waits for it (an ingest that ends early, on an
    /// error, leaves nothing running behind it).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
