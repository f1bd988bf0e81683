internal import CIntakeProcess
import Foundation

/// The PDFs of one bundle, checked by one helper while the bundle is still being read:
/// each is sent as soon as its entry has been read (``submit(_:descriptor:seconds:memory:)``)
/// and the answers are collected once, at the end (``collect()``). One wake-up of the
/// reader per bundle instead of one wait per PDF, and qpdf works while the reader inflates
/// and hashes the next entries. Measured: a lone round trip costs about 150 µs more than
/// qpdf in this process (descriptor passing, two wake-ups), most of which this hides.
///
/// The helper works through the requests in order, so each PDF's deadline runs from when
/// the helper could start it: the later of its submission and the answer before it.
/// At most ``maxInFlight`` requests and ``maxInFlightBytes`` wait on the helper; a
/// further PDF first takes the oldest answers. After a helper fails (past a deadline, out of memory, killed), the PDFs
/// still queued on it, and the bundle's later ones, are checked one by one on fresh
/// helpers, each with its full time.
///
/// Not Sendable: one per inspection, on the inspecting thread.
package final class PDFBatch {
    private let checker: PDFChecker
    private var helper: Helper?
    private var results: [PDFStructure?] = []
    /// Sent to `helper`, answers awaited, in order.
    private var inFlight: [Queued] = []
    /// To be checked one by one on fresh helpers at collection (with why, if one was killed).
    private var alone: [(Queued, killed: String?)] = []
    /// When the last answer was read (DispatchTime nanoseconds).
    private var previousAnswer: UInt64 = 0
    /// The seconds the bundle's PDFs may hold its reader together: the time it waits for
    /// their answers (not the reading of the bundle's other entries, while the helper works);
    /// past them a PDF not yet answered is not checked (``bundleBudgetDetail``).
    private let bundleSeconds: Double?
    private var budget: UInt64? { bundleSeconds.map { PDFChecker.nanoseconds($0) } }
    /// Nanoseconds the helper ran while the reader waited for the bundle's PDFs (the
    /// clock's time, when the helper has no CPU clock), so far: a busy machine that keeps
    /// the helper from running does not use the bundle's time up (``PDFChecker/backstopFactor``).
    private var spent: UInt64 = 0
    /// Nanoseconds the reader has waited by the clock: past ``PDFChecker/backstopFactor`` times
    /// the bundle's time, it is up whatever the helper ran.
    private var waited: UInt64 = 0
    /// The detail of a PDF left unchecked because the bundle's PDFs took their time.
    package static let bundleBudgetDetail = "not checked: the bundle's PDFs took their time together"

    /// Requests in flight on one helper: each holds a descriptor (a memfd of up to
    /// `maxDocumentCheckSize` bytes, or a spool file) and a little of the socket's buffer,
    /// so a bundle of hundreds of PDFs neither fills the socket nor keeps them all.
    static let maxInFlight = 8
    /// Bytes of PDFs in flight (memfds hold them in memory): a further PDF first takes
    /// answers until it fits, or until nothing else is in flight.
    static let maxInFlightBytes = 128 << 20
    private let inFlightBytesCap: Int

    /// Requests waiting on the helper now.
    package var inFlightCount: Int { inFlight.count }

    private struct Queued {
        var ticket: Int
        /// Ours: a memory file of the checker's with the bytes (`memoryFile`), or a
        /// duplicate of the spool file's descriptor.
        var fd: Int32
        /// Set when `fd` is a memory file, given back to the checker when done.
        var memoryFile: PDFChecker.MemoryFile?
        var length: Int
        var seconds: Double
        var memory: Int64
        var submitted: UInt64
    }

    /// The helper has answered for `q`, or is gone: its descriptor can go.
    private func done(_ q: Queued) {
        if let file = q.memoryFile { checker.giveBack(file) } else { close(q.fd) }
    }

    package init(
        _ checker: PDFChecker = .shared, maxInFlightBytes: Int = PDFBatch.maxInFlightBytes, bundleSeconds: Double? = nil
    ) {
        self.checker = checker
        inFlightBytesCap = maxInFlightBytes
        self.bundleSeconds = bundleSeconds
    }

    /// What is left of the bundle's time (nil: no bound).
    private var left: UInt64? {
        budget.map { $0 > spent && waited < PDFChecker.backstopFactor * $0 ? $0 - spent : 0 }
    }
    /// What is left of the clock's backstop for the bundle's time (nil: no bound).
    private var leftByTheClock: UInt64? {
        budget.map { PDFChecker.backstopFactor * $0 > waited ? PDFChecker.backstopFactor * $0 - waited : 0 }
    }
    private var pastTheBundlesTime: Bool { left == 0 }

    private func overTheBundlesTime() -> PDFStructure {
        checker.failed("\(Self.bundleBudgetDetail) (\(PDFChecker.format(bundleSeconds ?? 0)) s)")
    }

    deinit {
        // The helper first: a memory file goes back only once nothing maps it.
        if let helper { checker.discard(helper) }
        for q in inFlight { done(q) }
        for (q, _) in alone { done(q) }
    }

    /// Queues a PDF (see ``PDFChecker/check(_:descriptor:seconds:memory:)``); returns its
    /// ticket, the index of its result in ``collect()``. `bytes` need not outlive the call.
    package func submit(
        _ bytes: UnsafeRawBufferPointer, descriptor: Int32? = nil, seconds: Double, memory: Int64
    ) -> Int {
        let ticket = results.count
        results.append(nil)
        guard case .isolated(let path) = checker.mode, !bytes.isEmpty else {
            results[ticket] = PDFCheck.check(bytes)
            return ticket
        }
        let fd: Int32
        var memoryFile: PDFChecker.MemoryFile?
        if let descriptor {
            fd = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        } else {
            switch checker.memoryFile(holding: bytes) {
            case .success(let file):
                memoryFile = file
                fd = file.fd
            case .failure(let error):
                errno = error.code.rawValue
                fd = -1
            }
        }
        guard fd >= 0 else {
            results[ticket] = checker.failed("the PDF could not be handed to the checker: \(String(cString: strerror(errno)))")
            return ticket
        }
        enqueue(
            Queued(
                ticket: ticket, fd: fd, memoryFile: memoryFile, length: bytes.count, seconds: seconds, memory: memory,
                submitted: DispatchTime.now().uptimeNanoseconds), helper: path)
        return ticket
    }

    /// Queues a PDF already written into a memory file of the checker's (its first
    /// `length` bytes: ``PDFChecker/takeMemoryFile()``, ``PDFChecker/write(_:into:at:)``),
    /// which the batch now owns and gives back once checked; returns its ticket. Without a
    /// helper, the file is mapped and checked here.
    package func submit(memoryFile file: PDFChecker.MemoryFile, length: Int, seconds: Double, memory: Int64) -> Int {
        let ticket = results.count
        results.append(nil)
        guard case .isolated(let path) = checker.mode, length > 0 else {
            results[ticket] =
                file.mapped(length: length) { PDFCheck.check($0) }
                ?? checker.failed("the PDF could not be mapped: \(String(cString: strerror(errno)))")
            checker.giveBack(file)
            return ticket
        }
        enqueue(
            Queued(
                ticket: ticket, fd: file.fd, memoryFile: file, length: length, seconds: seconds, memory: memory,
                submitted: DispatchTime.now().uptimeNanoseconds), helper: path)
        return ticket
    }

    /// Sends a queued PDF to the helper (after reading answers while too many are in
    /// flight), or sets it aside to be checked alone at collection.
    private func enqueue(_ q: Queued, helper path: String) {
        if pastTheBundlesTime {
            results[q.ticket] = overTheBundlesTime()
            done(q)
            return
        }
        let fd = q.fd
        while helper != nil && !inFlight.isEmpty
            && (inFlight.count >= Self.maxInFlight
                || inFlight.reduce(q.length, { $0 + $1.length }) > inFlightBytesCap)
        {
            receiveOne()
        }
        if helper == nil && alone.isEmpty { helper = checker.acquire(path) }
        if let h = helper, h.send(fd: fd, length: q.length, memory: q.memory, seconds: q.seconds) == nil {
            inFlight.append(q)
        } else {
            // No helper, or gone while idle: this PDF and those queued on it go alone later.
            dropHelper()
            alone.append((q, nil))
        }
    }

    /// Stops the helper; what was in flight on it is checked alone at collection.
    private func dropHelper() {
        if let h = helper { checker.discard(h) }
        helper = nil
        alone += inFlight.map { ($0, nil) }
        inFlight = []
    }

    /// Reads the oldest answer in flight. The helper works in order, so a PDF's time
    /// runs from the later of its submission and the previous answer read; a reply that
    /// is already waiting is taken even past that (the reader may have been busy).
    private func receiveOne() {
        guard let h = helper, !inFlight.isEmpty else { return }
        let q = inFlight.removeFirst()
        // Each time is the helper's running time (``PDFChecker/backstopFactor``): its own from
        // when it could start it, the bundle's while the reader waits.
        let ownStart = max(q.submitted, previousAnswer)
        let allowed = PDFChecker.nanoseconds(q.seconds)
        let ownCPU: UInt64? = h.cpuTime() == nil ? nil : h.cpuAtLastAnswer
        let ownBackstop = ownStart + PDFChecker.backstopFactor * allowed
        func ownDeadline(_ now: UInt64) -> UInt64 {
            h.runningDeadline(since: ownStart, cpu: ownCPU, allowed: allowed, backstop: ownBackstop, now: now)
        }
        // The bundle's time is the reader's waiting on its PDFs: an answer already waiting
        // (the helper worked while the reader read other entries) costs it nothing.
        let waiting = DispatchTime.now().uptimeNanoseconds
        let cpuBefore = h.cpuTime()
        let bundleLeft = left
        let bundleBackstop = leftByTheClock.map { waiting + $0 }
        func deadline(_ now: UInt64) -> UInt64 {
            guard let bundleLeft, let bundleBackstop else { return ownDeadline(now) }
            let bundle = h.runningDeadline(
                since: waiting, cpu: cpuBefore, allowed: bundleLeft, backstop: bundleBackstop, now: now)
            return min(ownDeadline(now), bundle)
        }
        let received = h.receive(deadline: deadline(waiting), later: deadline)
        // Read before the helper may be dropped below (a killed helper has no clock).
        let cpuAfter = h.cpuTime()
        let now = DispatchTime.now().uptimeNanoseconds
        let wall = now - waiting
        waited += wall
        if let cpuBefore, let cpuAfter, cpuAfter >= cpuBefore {
            spent += min(wall, cpuAfter - cpuBefore)
        } else {
            spent += wall
        }
        switch received {
        case .answer(let result):
            previousAnswer = DispatchTime.now().uptimeNanoseconds
            results[q.ticket] = result
            if result.status == .overLimits { dropHelper() }
            done(q)
        case .overtime:
            // Said while the helper lives (its clock goes with it).
            results[q.ticket] =
                ownDeadline(now) > now
                ? overTheBundlesTime()
                : checker.failed(PDFChecker.overtime(q.seconds, helper: h, since: ownCPU, wall: ownStart))
            dropHelper()
            done(q)
        case .stopped(let why, let signal):
            if signal == SIGKILL || signal == SIGTERM {
                alone.append((q, why))
            } else {
                results[q.ticket] = checker.failed(why)
                dropHelper()
                done(q)
                return
            }
            dropHelper()
        }
    }

    /// Every submitted PDF's result, by ticket. Waits for the helper's answers.
    package func collect() -> [PDFStructure] {
        while !inFlight.isEmpty && helper != nil { receiveOne() }
        if let h = helper { checker.release(h) }
        helper = nil
        for (q, killed) in alone {
            defer { done(q) }
            if pastTheBundlesTime {
                results[q.ticket] = overTheBundlesTime()
                continue
            }
            let bounded = left.map { Double($0) / 1e9 < q.seconds } ?? false
            let seconds = bounded ? Double(left!) / 1e9 : q.seconds
            let start = DispatchTime.now().uptimeNanoseconds
            let r = checker.checkAlone(fd: q.fd, length: q.length, seconds: seconds, memory: q.memory, killedBefore: killed)
            // Alone (after a failure, rare), the bundle's time runs by the clock.
            spent += DispatchTime.now().uptimeNanoseconds - start
            waited += DispatchTime.now().uptimeNanoseconds - start
            // Stopped by what was left of the bundle's time, not by its own (nor its memory).
            let timedOut = r.status == .overLimits && r.detail?.hasPrefix("qpdf took longer") == true
            results[q.ticket] = bounded && timedOut ? overTheBundlesTime() : r
        }
        alone = []
        return results.map { $0 ?? checker.failed("not checked") }
    }
}
