internal import CIntakeProcess
import Foundation
internal import IntakeModel

/// Runs ``PDFCheck`` where a hostile PDF cannot take the process down: in a pool of
/// helper processes (`intake-pdf-helper`, next to the running executable), each under a
/// memory limit (`RLIMIT_DATA`) and a deadline. qpdf's time and memory grow with the
/// objects it has to build, and a PDF can pack a million of them into a few megabytes of
/// compressed object stream; no pre-scan of the bytes can bound that, a process can.
///
/// The bytes do not travel through the socket: a spooled document's own file, or an
/// in-memory file (`memfd`, reused from PDF to PDF, written through a mapping kept with
/// it) holding a document kept in memory, is passed as a descriptor (SCM_RIGHTS); the
/// helper reads a PDF of up to 256 KiB into a buffer it keeps and maps a larger one
/// read-only. A helper that overruns its
/// deadline is killed; one that ran out of memory or stopped is replaced; either way the
/// PDF gets ``PDFStructure/Status/overLimits`` and the next PDF a fresh helper.
///
/// Without the helper executable (a program embedding the library, or
/// `INTAKE_PDF_CHECK=in-process`, which the fuzzer sets) the check runs in this process,
/// with only the object-count cap as a bound; ``mode`` says which.
package final class PDFChecker: @unchecked Sendable {
    package static let shared = PDFChecker()

    package enum Mode: Sendable, Equatable {
        /// Checks run in helper processes started from this executable.
        case isolated(helper: String)
        /// Checks run in this process; the reason says why.
        case inProcess(reason: String)
    }

    package let mode: Mode

    /// For log lines: `isolated` or `in-process (reason)`.
    package var modeDescription: String {
        switch mode {
        case .isolated: "isolated"
        case .inProcess(let reason): "in-process (\(reason))"
        }
    }
    private let lock = NSLock()
    private var idle: [Helper] = []
    private var busy: Set<pid_t> = []
    /// Helpers kept waiting for the next PDF; more are stopped when released.
    private let maxIdle = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
    /// Helpers started since this process started (a replaced one counts again).
    package private(set) var started = 0

    package init(helperPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if environment["INTAKE_PDF_CHECK"] == "in-process" {
            mode = .inProcess(reason: "INTAKE_PDF_CHECK=in-process")
            return
        }
        let path =
            helperPath ?? environment["INTAKE_PDF_HELPER"]
            ?? URL(fileURLWithPath: Self.executablePath()).deletingLastPathComponent()
            .appendingPathComponent("intake-pdf-helper").path
        if access(path, X_OK) == 0 {
            mode = .isolated(helper: path)
        } else {
            mode = .inProcess(reason: "no executable helper at \(path)")
        }
    }

    deinit {
        for helper in idle + stopping { helper.stop() }
        for file in spareFiles { file.close() }
    }

    /// The running executable (resolved from /proc/self/exe, which follows links).
    package static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4_096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments.first ?? "intake" }
        return buffer.withUnsafeBufferPointer { p in
            String(decoding: UnsafeRawBufferPointer(start: p.baseAddress, count: n), as: UTF8.self)
        }
    }

    /// Checks a PDF held in memory (`bytes`), or spooled in the file `descriptor` (its
    /// first `bytes.count` bytes, mapped by the caller as `bytes`), under `seconds` of
    /// wall-clock time and `memory` bytes of the helper's data. One round trip; a bundle's
    /// PDFs go together through a ``PDFBatch``.
    package func check(
        _ bytes: UnsafeRawBufferPointer, descriptor: Int32? = nil, seconds: Double, memory: Int64
    ) -> PDFStructure {
        let batch = PDFBatch(self)
        let ticket = batch.submit(bytes, descriptor: descriptor, seconds: seconds, memory: memory)
        return batch.collect()[ticket]
    }

    /// The PDF in `fd` (its first `length` bytes) on a helper of its own, waiting for it.
    /// A helper that died while idle (killed from outside) fails on send, one killed from
    /// outside while checking (SIGKILL, SIGTERM: the OOM killer, an operator) stops
    /// without answering: either way the PDF goes to a fresh helper, once. A helper that
    /// stops on its own (an allocation qpdf did not catch aborts it) is the answer.
    func checkAlone(fd: Int32, length: Int, seconds: Double, memory: Int64, killedBefore: String? = nil) -> PDFStructure {
        guard case .isolated(let path) = mode else { return failed("no helper") }
        var sendError: Int32 = 0
        var stoppedBefore = killedBefore
        for _ in 0..<2 {
            guard let helper = acquire(path) else {
                return failed("the PDF checker could not start: \(String(cString: strerror(errno)))")
            }
            if let error = helper.send(fd: fd, length: length, memory: memory, seconds: seconds) {
                sendError = error
                discard(helper)
                continue
            }
            // The time is the helper's running time: kept waiting for a CPU (a busy machine:
            // four checks on two cores), it is given that waiting back, up to the backstop.
            let start = DispatchTime.now().uptimeNanoseconds
            let cpu = helper.cpuTime()
            let allowed = Self.nanoseconds(seconds)
            let backstop = start + Self.backstopFactor * allowed
            let received = helper.receive(deadline: start + allowed) {
                helper.runningDeadline(since: start, cpu: cpu, allowed: allowed, backstop: backstop, now: $0)
            }
            switch received {
            case .answer(let result):
                if result.status == .overLimits { discard(helper) } else { release(helper) }
                return result
            case .overtime:
                let why = Self.overtime(seconds, helper: helper, since: cpu, wall: start)  // before it is killed
                discard(helper)
                return failed(why)
            case .stopped(let why, let signal):
                discard(helper)
                if (signal == SIGKILL || signal == SIGTERM) && stoppedBefore == nil {
                    stoppedBefore = why
                    continue
                }
                return failed(why)
            }
        }
        return failed(stoppedBefore ?? "the PDF checker could not be reached: \(String(cString: strerror(sendError)))")
    }

    static func nanoseconds(_ seconds: Double) -> UInt64 { UInt64(max(0, min(seconds, 86_400)) * 1e9) }

    /// A check's time limit is the helper's running time (CPU), so that the same PDF gets the
    /// same answer on a busy machine (round 32, tester k: four 190,000-page PDFs checked at
    /// once on two cores were each cut off at 20 s of the clock, `invalid` for good, while
    /// alone each took 9 s). A helper that does not run (stopped, starved without end) is
    /// still cut off, at this many times the limit by the clock.
    static let backstopFactor: UInt64 = 4

    /// Why a check was cut off: its running time used up, or the clock's backstop reached.
    static func overtime(_ seconds: Double, helper: Helper, since cpu: UInt64?, wall: UInt64) -> String {
        let limit = "qpdf took longer than \(format(seconds)) s"
        guard let cpu, let now = helper.cpuTime() else { return limit }
        let ran = Double(now > cpu ? now - cpu : 0) / 1e9
        let waited = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
        guard ran < seconds else { return limit + " of running time" }
        return limit
            + " (\(format((waited * 10).rounded() / 10)) s by the clock, \(format((ran * 10).rounded() / 10)) s running: the machine was too busy)"
    }

    func failed(_ detail: String) -> PDFStructure {
        PDFStructure(status: .overLimits, pages: nil, restricted: false, detail: detail, warnings: 0)
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// An in-memory file (memfd) holding a PDF for a helper, which reads (or maps) its
    /// first `length` bytes. `size` is the largest PDF it has held (the bytes it keeps in
    /// memory). Written through a shared mapping of the file kept from PDF to PDF, so a
    /// write is a copy into pages already there, not a system call that looks every page
    /// up; the file only grows (sealed against shrinking: ``intake_memfd``), so the mapping
    /// can never lose a page under it, whatever the helper does with its descriptor.
    package struct MemoryFile {
        package var fd: Int32
        package var size: Int
        /// The file's length; the address space mapped for it (`mapped` bytes from `base`,
        /// nil before the first write, possibly past the file's end, where nothing is
        /// touched); and how far its pages are in the mapping's page table.
        var capacity = 0
        var base: UnsafeMutableRawPointer?
        var mapped = 0
        var populated = 0

        init(fd: Int32) {
            self.fd = fd
            self.size = 0
        }

        /// Address space reserved for a file at its first write: growing the file within
        /// it is a `ftruncate`, not a new mapping whose pages would all fault again.
        static let reservation = 64 << 20

        /// Its first `length` bytes, read-only, for `body` (an empty buffer for 0); nil when
        /// the file could not be mapped (errno says why).
        package func mapped<T>(length: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
            guard length > 0 else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
            if let base, length <= capacity { return body(UnsafeRawBufferPointer(start: base, count: length)) }
            guard let base = mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0), base != MAP_FAILED else { return nil }
            defer { munmap(base, length) }
            return body(UnsafeRawBufferPointer(start: base, count: length))
        }

        /// Makes the file at least `needed` bytes long (at least doubling), within the
        /// address space mapped for it, which is reserved again only past ``reservation``.
        mutating func grow(to needed: Int) -> POSIXError? {
            let length = Self.pages(max(needed, 2 * capacity, 64 << 10))
            if length > mapped {
                let reserve = max(length, Self.reservation)
                let mapping = mmap(nil, reserve, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
                guard let mapping, mapping != MAP_FAILED else { return POSIXError.current }
                if let base { munmap(base, mapped) }
                (base, mapped, populated) = (mapping, reserve, 0)
            }
            guard ftruncate(fd, off_t(length)) == 0 else { return POSIXError.current }
            capacity = length
            return nil
        }

        /// Fills the page table up to `end` in one call (MADV_POPULATE_WRITE, Linux 5.14),
        /// rather than a fault per page as the bytes are copied in; the errno when the pages
        /// cannot be had (out of memory: an error to report, where a fault would be SIGBUS).
        /// Where the kernel does not have it (EINVAL), the pages fault in as before.
        mutating func populate(to end: Int) -> POSIXError? {
            guard end > populated, let base else { return nil }
            let upTo = min(capacity, Self.pages(end))
            let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, newer than Glibc's headers here
            if madvise(base + populated, upTo - populated, populateWrite) != 0 && errno != EINVAL {
                return POSIXError.current
            }
            populated = upTo
            return nil
        }

        static func pages(_ n: Int) -> Int {
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            return (n + page - 1) / page * page
        }

        /// Its first `count` bytes to write into directly (grown and its pages filled in);
        /// ``PDFChecker/write(_:into:at:)`` of those same bytes then copies nothing. Nil when
        /// the file cannot grow or its pages cannot be had.
        package mutating func writable(count: Int) -> UnsafeMutableRawBufferPointer? {
            if count > capacity, grow(to: count) != nil { return nil }
            if populate(to: count) != nil { return nil }
            size = max(size, count)  // its pages are in memory now, whatever is written
            return UnsafeMutableRawBufferPointer(start: base, count: count)
        }

        /// Unmaps and closes it.
        func close() {
            if let base { munmap(base, mapped) }
            _ = Foundation.close(fd)
        }
    }

    /// Memory files kept for the next PDFs (``memoryFile(holding:)``), and their bytes.
    private var spareFiles: [MemoryFile] = []
    private var spareBytes = 0
    /// A memory file larger than this is closed after use rather than kept.
    package static let maxSpareFileSize = 16 << 20
    /// At most this many bytes of memory files are kept (memory held while idle).
    package static let maxSpareBytes = 64 << 20
    /// And at most this many (descriptors held while idle; after a helper fails, a
    /// bundle's PDFs are checked alone, each with a file of its own, and come back together).
    package static let maxSpareFiles = 4 * PDFBatch.maxInFlight

    /// A memory file holding `bytes` from its offset 0, or the errno why none could be
    /// made. Reused from earlier PDFs where one is spare: a fresh memfd per PDF costs its
    /// pages allocated, zeroed and freed again at close, which doubled the system time of a
    /// run over scanned bundles; one overwritten in place keeps its pages. Bytes past
    /// `bytes.count` (an earlier, longer PDF) stay in the file but outside what the helper
    /// reads. Give it back with ``giveBack(_:)`` once the helper's answer is in (or the
    /// helper is gone): the helper no longer reads it then.
    package func memoryFile(holding bytes: UnsafeRawBufferPointer) -> Result<MemoryFile, POSIXError> {
        switch takeMemoryFile() {
        case .failure(let error): return .failure(error)
        case .success(var file):
            if let error = Self.write(bytes, into: &file, at: 0) {
                file.close()
                return .failure(error)
            }
            return .success(file)
        }
    }

    /// A memory file to write a PDF into with ``write(_:into:at:)`` as its bytes come (a
    /// spare one where kept, see ``memoryFile(holding:)``), or the errno why none could be
    /// made.
    package func takeMemoryFile() -> Result<MemoryFile, POSIXError> {
        lock.lock()
        let spare = spareFiles.popLast()
        if let spare { spareBytes -= spare.size }
        lock.unlock()
        if let spare { return .success(spare) }
        let fd = intake_memfd("intake-pdf")
        guard fd >= 0 else { return .failure(POSIXError.current) }
        return .success(MemoryFile(fd: fd))
    }

    /// Writes `bytes` into a memory file at `offset`; nil when done, else the errno.
    package static func write(_ bytes: UnsafeRawBufferPointer, into file: inout MemoryFile, at offset: Int) -> POSIXError? {
        let end = offset + bytes.count
        if end > file.capacity, let error = file.grow(to: end) { return error }
        if let error = file.populate(to: end) { return error }
        // Bytes inflated into the file itself (``MemoryFile/writable(count:)``) are in place.
        if let source = bytes.baseAddress, !bytes.isEmpty, UnsafeRawPointer(file.base! + offset) != source {
            (file.base! + offset).copyMemory(from: source, byteCount: bytes.count)
        }
        file.size = max(file.size, end)
        return nil
    }

    /// Keeps a memory file for a later PDF, or closes it (too large, or enough are kept:
    /// ``maxSpareFiles``, ``maxSpareBytes``).
    package func giveBack(_ file: MemoryFile) {
        lock.lock()
        if file.size <= Self.maxSpareFileSize && spareBytes + file.size <= Self.maxSpareBytes
            && spareFiles.count < Self.maxSpareFiles
        {
            spareFiles.append(file)
            spareBytes += file.size
            lock.unlock()
        } else {
            lock.unlock()
            file.close()
        }
    }

    /// Bytes held by the memory files kept for later PDFs (for tests).
    package var spareMemoryFileBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return spareBytes
    }

    /// Memory files kept for later PDFs (for tests).
    package var spareMemoryFiles: Int {
        lock.lock()
        defer { lock.unlock() }
        return spareFiles.count
    }

    func acquire(_ path: String) -> Helper? {
        lock.lock()
        while let helper = idle.popLast() {
            if helper.isAlive {
                busy.insert(helper.pid)
                lock.unlock()
                return helper
            }
            lock.unlock()
            helper.stop()
            lock.lock()
        }
        started += 1
        lock.unlock()
        guard let helper = Helper.start(path) else { return nil }
        lock.lock()
        busy.insert(helper.pid)
        lock.unlock()
        return helper
    }

    /// Starts a helper ahead of the first PDF, for a one-shot `intake check`: the helper's
    /// start (the dynamic loader, qpdf's libraries) then runs on another core while this
    /// process reads the pipeline and the bundle, instead of after the first PDF is found.
    /// Nothing when checks run in this process or a helper is idle already.
    package func prestart() {
        guard case .isolated(let path) = mode, let helper = acquire(path) else { return }
        release(helper)
    }

    /// Stops a helper that must not be used again.
    func discard(_ helper: Helper) {
        lock.lock()
        busy.remove(helper.pid)
        lock.unlock()
        helper.stop()
    }

    func release(_ helper: Helper) {
        lock.lock()
        busy.remove(helper.pid)
        if idle.count < maxIdle {
            idle.append(helper)
            lock.unlock()
        } else {
            lock.unlock()
            helper.stop()
        }
    }

    /// Stops every idle helper (they are started again when needed), reaps those let go
    /// earlier, and frees the memory files kept for later PDFs.
    package func stopIdle() {
        lock.lock()
        let helpers = idle + stopping
        idle = []
        stopping = []
        let files = spareFiles
        spareFiles = []
        spareBytes = 0
        lock.unlock()
        for helper in helpers { helper.stop() }
        for file in files { file.close() }
    }

    /// Kills the idle helpers without waiting for them (a one-bundle `check` that has its
    /// PDFs' answers): the kernel tears a helper down (~8 ms, its mappings and qpdf's
    /// libraries) on another core while the process goes on; ``stopIdle()`` reaps them.
    package func letIdleGo() {
        lock.lock()
        let helpers = idle
        idle = []
        lock.unlock()
        // Killed before they are listed: no other thread touches them until then.
        for helper in helpers { helper.terminate() }
        lock.lock()
        stopping += helpers
        lock.unlock()
    }

    /// Helpers killed by ``letIdleGo()`` and not reaped yet.
    private var stopping: [Helper] = []

    /// The pids of the idle helpers (for tests that kill one from outside).
    package var idlePIDs: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return idle.map(\.pid)
    }

    /// The pids of the helpers checking a PDF now.
    package var busyPIDs: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return Array(busy)
    }
}

/// One helper process and our end of its socket.
final class Helper {
    let pid: pid_t
    private(set) var socket: Int32
    /// The helper's CPU-time clock (clock_getcpuclockid), nil where the system gives none.
    private let cpuClock: clockid_t?
    /// The helper's running time when its last answer was read (nanoseconds).
    private(set) var cpuAtLastAnswer: UInt64 = 0

    private init(pid: pid_t, socket: Int32) {
        self.pid = pid
        self.socket = socket
        var clock = clockid_t()
        cpuClock = clock_getcpuclockid(pid, &clock) == 0 ? clock : nil
    }

    /// The nanoseconds of CPU the helper has run (user and system), or nil (no clock, gone).
    func cpuTime() -> UInt64? {
        guard let cpuClock else { return nil }
        var t = timespec()
        guard clock_gettime(cpuClock, &t) == 0 else { return nil }
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// The deadline (DispatchTime nanoseconds) of `allowed` nanoseconds of the helper's
    /// running from `wall` (when its CPU time was `cpu`), as it stands `now`: pushed back by
    /// the time the helper was kept from running since (the clock's time passed less its
    /// CPU time), never past `backstop`. Without a CPU clock, the clock's deadline.
    func runningDeadline(since wall: UInt64, cpu: UInt64?, allowed: UInt64, backstop: UInt64, now: UInt64) -> UInt64 {
        var deadline = wall + allowed
        if let cpu, let current = cpuTime(), now > wall {
            let ran = current > cpu ? current - cpu : 0
            let passed = now - wall
            if passed > ran { deadline += passed - ran }
        }
        return min(deadline, max(backstop, wall + allowed))
    }

    static func start(_ path: String) -> Helper? {
        var fds: [Int32] = [-1, -1]
        guard intake_seqpacket_pair(&fds) == 0 else { return nil }
        let parent = String(getpid())
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), strdup(parent), nil]
        defer { for a in argv { free(a) } }
        let pid = argv.withUnsafeBufferPointer { intake_spawn_with_fd(path, $0.baseAddress, fds[1]) }
        let saved = errno
        close(fds[1])
        guard pid > 0 else {
            close(fds[0])
            errno = saved
            return nil
        }
        return Helper(pid: pid, socket: fds[0])
    }

    enum Outcome {
        case answer(PDFStructure)
        case overtime
        case stopped(String, signal: Int32)
    }

    /// Sends one request; the errno when it could not be sent (the helper is gone).
    func send(fd: Int32, length: Int, memory: Int64, seconds: Double) -> Int32? {
        let request = PDFWire.request(length: length, memory: memory, seconds: seconds)
        let sent = request.withUnsafeBytes { intake_send_fd(socket, fd, $0.baseAddress, $0.count) }
        return sent == request.count ? nil : (sent < 0 ? errno : EPIPE)
    }

    /// Waits for the next reply until `deadline` (DispatchTime nanoseconds). A reply that
    /// is already waiting is taken even past the deadline. Once the deadline passes,
    /// `later` (given the time) may move it back (``runningDeadline(since:cpu:allowed:backstop:now:)``).
    func receive(deadline: UInt64, later: ((UInt64) -> UInt64)? = nil) -> Outcome {
        var pfd = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        var deadline = deadline
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            let wait = now < deadline ? Int32(min(Double(Int32.max), (Double(deadline - now) / 1e6).rounded(.up))) : 0
            let r = poll(&pfd, 1, wait)
            if r < 0 && errno == EINTR { continue }
            if r == 0 {
                if wait == 0 {
                    if let later {
                        let moved = later(now)
                        if moved > now {
                            deadline = moved
                            continue
                        }
                    }
                    return .overtime
                }
                continue  // woke early: look at the clock again
            }
            break
        }
        var reply = [UInt8](repeating: 0, count: PDFWire.maxReply)
        var passed: Int32 = -1
        let n = reply.withUnsafeMutableBytes { intake_recv_fd(socket, $0.baseAddress, $0.count, &passed) }
        if passed >= 0 { close(passed) }
        if n > 0, let result = PDFWire.result(reply[..<n]) {
            cpuAtLastAnswer = cpuTime() ?? cpuAtLastAnswer
            return .answer(result)
        }
        return reap()
    }

    /// Waits for a helper that closed its end (or answered nonsense: it is killed first)
    /// and says how it ended.
    private func reap() -> Outcome {
        var status: Int32 = 0
        var r: pid_t
        repeat { r = waitpid(pid, &status, WNOHANG) } while r < 0 && errno == EINTR
        if r == 0 {
            // Still running: give it a moment to finish dying, then kill it.
            usleep(10_000)
            repeat { r = waitpid(pid, &status, WNOHANG) } while r < 0 && errno == EINTR
            if r == 0 {
                kill(pid, SIGKILL)
                repeat { r = waitpid(pid, &status, 0) } while r < 0 && errno == EINTR
            }
        }
        reaped = true
        let signal = r == pid ? status & 0x7f : 0
        if signal != 0 {
            return .stopped("the PDF checker stopped on signal \(signal) (out of memory or crashed)", signal: signal)
        }
        return .stopped("the PDF checker stopped (exit status \((status >> 8) & 0xff))", signal: 0)
    }

    private var reaped = false

    /// False when the helper closed its end or sent something unasked while idle (it died,
    /// or was killed from outside): it must not be handed out.
    var isAlive: Bool {
        var pfd = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&pfd, 1, 0) == 0
    }

    /// Kills and reaps the helper (a no-op for one already reaped).
    func stop() {
        terminate()
        guard !reaped else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
    }

    /// Closes our end and kills the helper, without waiting for it to be gone.
    func terminate() {
        guard socket >= 0 else { return }
        close(socket)
        socket = -1
        if !reaped { kill(pid, SIGKILL) }
    }
}

/// The two messages between ``PDFChecker`` and `intake-pdf-helper`, one datagram each.
/// Request: length, memory limit and time limit in milliseconds (three little-endian
/// UInt64) with the file descriptor.
/// Reply: status (1 byte), restricted (1), warnings (UInt32), pages (Int64, −1: none),
/// the paper's shortest and longest short side, shortest and longest long side (four
/// IEEE doubles, NaN: not read), then the detail as UTF-8 (at most 1 KiB).
package enum PDFWire {
    package static let requestSize = 24
    static let head = 48
    package static let maxReply = head + 1_024

    package static func request(length: Int, memory: Int64, seconds: Double) -> [UInt8] {
        bytes(UInt64(length)) + bytes(UInt64(max(0, memory))) + bytes(PDFChecker.nanoseconds(seconds) / 1_000_000)
    }

    package static func parseRequest(_ b: ArraySlice<UInt8>) -> (length: Int, memory: Int64, milliseconds: Int64)? {
        guard b.count == requestSize else { return nil }
        let length = UInt64(b, at: b.startIndex)
        let memory = UInt64(b, at: b.startIndex + 8)
        let milliseconds = UInt64(b, at: b.startIndex + 16)
        guard length <= UInt64(Int.max), memory <= UInt64(Int64.max), milliseconds <= 86_400_000 else { return nil }
        return (Int(length), Int64(memory), Int64(milliseconds))
    }

    static let statuses: [PDFStructure.Status] = [
        .sound, .recovered, .encrypted, .unreadable, .tooManyObjects, .overLimits, .noPage, .noEnd, .trailing,
    ]

    package static func reply(_ r: PDFStructure) -> [UInt8] {
        var out: [UInt8] = [UInt8(statuses.firstIndex(of: r.status) ?? 3), r.restricted ? 1 : 0, 0, 0]
        out += bytes(UInt64(UInt32(clamping: r.warnings))).prefix(4)
        out += bytes(UInt64(bitPattern: Int64(r.pages ?? -1)))
        let paper = r.paper.map { [$0.shortMin, $0.shortMax, $0.longMin, $0.longMax] } ?? [Double](repeating: .nan, count: 4)
        for side in paper { out += bytes(side.bitPattern) }
        var detail = Array((r.detail ?? "").utf8)
        if detail.count > 1_024 {
            detail = Array(detail.prefix(1_024))
            // Cut before a character the limit split: find the last lead byte and keep its
            // character only if all its bytes made it.
            var lead = detail.count - 1
            while lead > 0 && detail[lead] & 0xC0 == 0x80 { lead -= 1 }
            let b = detail[lead]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if lead + length > detail.count { detail.removeLast(detail.count - lead) }
        }
        return out + detail
    }

    package static func result(_ b: ArraySlice<UInt8>) -> PDFStructure? {
        guard b.count >= head else { return nil }
        let s = b.startIndex
        let code = Int(b[s])
        guard code < statuses.count else { return nil }
        let warnings = Int(UInt64(b, at: s + 4) & 0xFFFF_FFFF)
        let pages = Int64(bitPattern: UInt64(b, at: s + 8))
        let sides = (0..<4).map { Double(bitPattern: UInt64(b, at: s + 16 + 8 * $0)) }
        let detail = b.count > head ? String(decoding: b[(s + head)...], as: UTF8.self) : nil
        var result = PDFStructure(
            status: statuses[code], pages: pages >= 0 ? Int(pages) : nil, restricted: b[s + 1] != 0, detail: detail,
            warnings: warnings)
        if sides.allSatisfy({ $0.isFinite && $0 > 0 }) {
            result.paper = PaperSize(shortMin: sides[0], shortMax: sides[1], longMin: sides[2], longMax: sides[3])
        }
        return result
    }

    private static func bytes(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}

extension UInt64 {
    /// Eight little-endian bytes of `b` from `i` (fewer read as zero).
    fileprivate init(_ b: ArraySlice<UInt8>, at i: Int) {
        var v: UInt64 = 0
        for k in 0..<8 where i + k < b.endIndex { v |= UInt64(b[i + k]) << (8 * UInt64(k)) }
        self = v
    }
}

extension POSIXError {
    /// The error `errno` holds now.
    fileprivate static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
