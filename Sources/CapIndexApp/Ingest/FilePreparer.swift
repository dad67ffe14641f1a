import CapIndexDomain
import Foundation

/// Prepares the files of an ingest (reading, hashing and validating: work on values only)
/// on a thread of its own, at most `lookahead` files ahead of the one being stored, while
/// the calling thread stores them with the one connection, in file-name order. When the
/// file it needs next is not ready, the calling thread prepares one itself instead of
/// waiting: that file if nobody has started it, else the next one nobody has. On the
/// project's 2-core machine both cores stay busy until the last file (BENCHMARKS.md).
///
/// The preparing thread only knows the files ingested before; a file whose bytes came
/// earlier in the same ingest is told apart here, where files are handed over in order.
///
/// It starts before the database is open (``begin(validator:seen:)`` brings the framework,
/// the register and the files ingested before): until then it reads and parses files,
/// and validation waits, so the second core works while the first opens the store.
///
/// A file the preparing thread made is handed back once stored (``retire(_:)``) and freed
/// on that thread. Freed on the storing thread, its memory went back to the other
/// thread's malloc arena under that arena's lock, which the preparing thread was holding
/// to allocate: 900 of a national ingest's 1,000 waits for a lock were these, and when
/// the machine did not run both threads at once they cost 30 ms.
final class FilePreparer: @unchecked Sendable {
    // Everything below `condition` is read and written with it held.
    private let condition = NSCondition()
    /// A file prepared, or read before ``begin(validator:seen:)`` and still to validate.
    private enum Slot {
        case prepared(PreparedFile, byWorker: Bool)
        case read(ReadFile)
    }
    private var ready: [Int: Slot] = [:]
    /// The first file nobody has started on; files are started in order.
    private var claimed = 0
    /// The first file not yet handed over.
    private var taken = 0
    private var stopped = false
    private var running = false
    // Who sleeps on `condition`: each side wakes the other only when it sleeps (a wake-up
    // per file on each side was a tenth of a national ingest, in the kernel).
    private var producerWaiting = false
    private var consumerWaiting = false
    private let files: [InputEntry]
    private let lookahead: Int
    /// What validating needs, once ``begin(validator:seen:)`` brings it.
    private var context: (validator: SubmissionValidator, seen: Set<String>)?
    // Bytes handed over so far, in file order: a later file with the same bytes is `.seen`.
    // Only the calling thread touches it.
    private var handedOver: Set<String> = []
    /// Whether the file last taken was made by the preparing thread (only the calling
    /// thread touches it).
    private var lastTakenByWorker = false
    /// Files made by the preparing thread and stored: it frees them.
    private var retired: [PreparedFile] = []

    /// Starts reading `files`; they are validated once ``begin(validator:seen:)`` is called.
    init(files: [InputEntry], lookahead: Int = 32) {
        self.files = files
        self.lookahead = lookahead
        guard !files.isEmpty else { return }
        running = true
        let thread = Thread { [self] in
            condition.lock()
            while true {
                while retired.isEmpty && (claimed >= files.count || claimed - taken >= lookahead) && !stopped {
                    producerWaiting = true
                    condition.wait()
                }
                producerWaiting = false
                if !retired.isEmpty {
                    // Freed here, outside the lock, where they were made.
                    var done: [PreparedFile] = []
                    swap(&done, &retired)
                    condition.unlock()
                    done.removeAll()
                    condition.lock()
                    continue
                }
                if stopped { break }
                guard claimed < files.count && claimed - taken < lookahead else { continue }
                let i = claimed
                claimed += 1
                let context = self.context
                condition.unlock()
                let slot: Slot
                if let context {
                    slot = .prepared(PreparedFile.prepare(files[i], validator: context.validator, seen: context.seen), byWorker: true)
                } else {
                    switch PreparedFile.read(files[i]) {
                    case .done(let f): slot = .prepared(f, byWorker: true)
                    case .read(let r): slot = .read(r)
                    }
                }
                condition.lock()
                ready[i] = slot
                if consumerWaiting && i == taken { condition.broadcast() }
            }
            running = false
            condition.broadcast()
            condition.unlock()
        }
        // The JSON parser recurses (at most 200 deep): the stack of a main thread, not less.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Brings what validating needs: the validator and the SHA-256 of every file ingested
    /// before. Files read before it are validated as they are taken.
    func begin(validator: SubmissionValidator, seen: Set<String>) {
        condition.lock()
        context = (validator, seen)
        condition.unlock()
    }

    /// Prepares file `i` on the calling thread (after ``begin(validator:seen:)``).
    private func prepare(_ i: Int, _ context: (validator: SubmissionValidator, seen: Set<String>)) -> PreparedFile {
        PreparedFile.prepare(files[i], validator: context.validator, seen: context.seen)
    }

    /// File `index`, once prepared; files are taken in order, each once, after
    /// ``begin(validator:seen:)``.
    func take(_ index: Int) -> PreparedFile {
        condition.lock()
        guard let context else { preconditionFailure("FilePreparer.take before begin") }
        var file: PreparedFile
        lastTakenByWorker = false
        while true {
            if let slot = ready.removeValue(forKey: index) {
                switch slot {
                case .prepared(let f, let byWorker):
                    file = f
                    lastTakenByWorker = byWorker
                case .read(let r):
                    condition.unlock()
                    file = PreparedFile.finish(r, validator: context.validator, seen: context.seen)
                    condition.lock()
                }
                break
            }
            if claimed == index {
                // Nobody has started it: prepare it here.
                claimed += 1
                condition.unlock()
                file = prepare(index, context)
                condition.lock()
                break
            }
            if claimed < files.count && claimed - index < lookahead && !stopped {
                // The thread is on it: prepare the next one nobody has started meanwhile.
                let j = claimed
                claimed += 1
                condition.unlock()
                let prepared = prepare(j, context)
                condition.lock()
                ready[j] = .prepared(prepared, byWorker: false)
                continue
            }
            consumerWaiting = true
            condition.wait()
            consumerWaiting = false
        }
        taken = index + 1
        // Woken with half the window free, so it prepares files in runs.
        if producerWaiting && taken % max(1, lookahead / 2) == 0 { condition.broadcast() }
        condition.unlock()
        guard case .validated(let v) = file else { return file }
        return handedOver.insert(v.sha256).inserted ? file : .seen(sha256: v.sha256)
    }

    /// Hands back the file last taken, once stored: one the preparing thread made is freed
    /// there (in batches: that thread is woken for every 16 when it waits).
    func retire(_ file: consuming PreparedFile) {
        guard lastTakenByWorker else { return }
        condition.lock()
        retired.append(file)
        if producerWaiting && retired.count >= 16 { condition.broadcast() }
        condition.unlock()
    }

    /// Stops the preparing thread and waits for it (an ingest that ends early, on an
    /// error, leaves nothing running behind it); it frees what was handed back first.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }
}
