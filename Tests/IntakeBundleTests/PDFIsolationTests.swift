import Foundation
import IntakeEvidence
import IntakeFixtures
import IntakeModel
import IntakePDF
import Testing

enum PDFTestSupport {
    /// The helper the build puts next to the test executable (`swift build --build-tests`
    /// builds every product).
    static var helper: String {
        URL(fileURLWithPath: PDFChecker.executablePath()).deletingLastPathComponent()
            .appendingPathComponent("intake-pdf-helper").path
    }

    /// This process' resident memory, from /proc/self/status.
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return 0 }
        return kb << 10
    }
}

/// qpdf in helper processes under the pipeline's time and memory limits for one PDF
/// (`maxPDFCheckSeconds`, `maxPDFCheckMemory`): a hostile PDF that would take gigabytes
/// or minutes gets `bundle-limit`, and neither this process nor the next PDF suffers.
/// Serialized: the tests count and kill helpers of the shared pool.
@Suite(.serialized) struct PDFIsolationTests {
    static let sound: [UInt8] = {
        (try? DocumentStructureTests.fixture("three-pages.pdf")) ?? []
    }()

    @Test func theBuildRunsChecksInHelpers() {
        #expect(PDFChecker.shared.mode == .isolated(helper: PDFTestSupport.helper))
        let r = Self.sound.withUnsafeBytes { PDFChecker.shared.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound)
        #expect(r.pages == 3)
    }

    @Test func idleHelpersLetGoAreReapedLaterAndReplaced() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let first = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(first.status == .sound)
        let pid = try #require(checker.idlePIDs.first)
        checker.letIdleGo()
        #expect(checker.idlePIDs.isEmpty)
        // Killed, not reaped yet: a zombie at most until stopIdle().
        checker.stopIdle()
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
        let second = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(second.status == .sound && second.pages == 3)
        #expect(checker.idlePIDs.first != pid)
        checker.stopIdle()
    }

    @Test func theHostileFileOpensInQpdfWhenSmall() {
        // The generator writes a valid PDF: a hundred pages open without a warning.
        let small = SampleDocuments.pdfWithPagesInObjectStream(100)
        let r = small.withUnsafeBytes { PDFChecker.shared.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound)
        #expect(r.pages == 100)
        #expect(small.withUnsafeBytes { PDFCheck.objectCount($0) } < 10)
        #expect(!small.withUnsafeBytes { PDFCheck.overObjectLimit($0) })
    }

    @Test func aPDFOverTheMemoryLimitGetsBundleLimitAndTheProcessStaysSmall() throws {
        // 300,000 pages in a 3 MB file: about 750 MB of qpdf objects, over a 128 MiB limit.
        let hostile = SampleDocuments.pdfWithPagesInObjectStream(300_000)
        #expect(hostile.count < 4 << 20)
        var limits = BundleLimits.default
        limits.maxPDFCheckMemory = 128 << 20
        let before = PDFTestSupport.residentBytes()
        let started = Date()
        let (_, findings, _, pages) = DocumentScan.examine(hostile, limits: limits)
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(findings.map(\.code) == [.bundleLimit])
        #expect(findings.first?.severity == .error)
        let detail = findings.first?.detail ?? ""
        // qpdf's own bad_alloc, or std::terminate's abort (signal 6) for one it did not catch.
        #expect(detail.contains("bad_alloc") || detail.contains("signal 6 "), "\(detail)")
        #expect(detail.contains("128 MiB"))
        #expect(pages == nil)
        // The file itself and its scan buffer are a few MB; qpdf's objects (about 750 MB) never
        // came here. The bound is the whole test process's: other suites run beside this one
        // and hold their own bundles meanwhile (a full run once added 73 MB under a 64 MB bound).
        #expect(PDFTestSupport.residentBytes() - before < 256 << 20)
        // The next PDF gets a fresh helper.
        let next = Self.sound.withUnsafeBytes { PDFChecker.shared.check($0, seconds: 20, memory: 1 << 30) }
        #expect(next.status == .sound)
    }

    /// 400,000 pages: about 9 s and 1 GB of qpdf's time and memory, in a 4 MB file.
    static let slow = SampleDocuments.pdfWithPagesInObjectStream(400_000)
    /// 60,000 pages: a few seconds of qpdf, well within the limits.
    static let busy = SampleDocuments.pdfWithPagesInObjectStream(60_000)

    @Test func aPDFOverTheDeadlineIsStoppedThere() throws {
        var limits = BundleLimits.default
        limits.maxPDFCheckSeconds = 1
        limits.maxPDFCheckMemory = 4 << 30
        let slow = Self.slow  // made before the clock starts
        let started = Date()
        let (_, findings, _, _) = DocumentScan.examine(slow, limits: limits)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 6, "\(elapsed) s")
        #expect(findings.map(\.code) == [.bundleLimit])
        #expect(findings.first?.detail?.contains("qpdf took longer than 1 s") == true, "\(findings)")
    }

    // The pool itself, on checkers of their own (other suites share `PDFChecker.shared`).

    @Test func aHelperOverItsDeadlineIsKilledAndTheNextCheckStartsAnother() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let r = Self.slow.withUnsafeBytes { checker.check($0, seconds: 1, memory: 4 << 30) }
        #expect(r.status == .overLimits)
        #expect(checker.started == 1)
        #expect(checker.idlePIDs.isEmpty && checker.busyPIDs.isEmpty)
        let next = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(next.status == .sound)
        #expect(checker.started == 2)
        #expect(checker.idlePIDs.count == 1)
    }

    /// A check's time is the helper's running time: a helper kept from running (stopped
    /// here, as a busy machine starves it) past the clock's limit still answers (round 32,
    /// tester k: four long PDFs at once on two cores were each cut off at 20 s of the clock
    /// and `invalid` for good); one that never runs is cut off at
    /// ``PDFChecker/backstopFactor`` times the limit. Both through a bundle's batch, with
    /// and without the bundle's own time.
    @Test(arguments: [nil, 0.5] as [Double?])
    func aHelperKeptFromRunningIsGivenItsWaitingBack(bundleSeconds: Double?) throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        defer { checker.stopIdle() }
        _ = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        let pid = try #require(checker.idlePIDs.first)
        kill(pid, SIGSTOP)
        let resume = Thread {
            usleep(1_200_000)
            kill(pid, SIGCONT)
        }
        resume.start()
        let start = Date()
        let batch = PDFBatch(checker, bundleSeconds: bundleSeconds)
        let ticket = Self.sound.withUnsafeBytes { batch.submit($0, seconds: 0.5, memory: 1 << 30) }
        let r = batch.collect()[ticket]
        #expect(r.status == .sound, "\(r)")
        #expect(Date().timeIntervalSince(start) >= 1.1)
        #expect(checker.started == 1)
    }

    @Test func aHelperThatNeverRunsIsCutOffByTheClocksBackstop() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        defer { checker.stopIdle() }
        _ = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        let pid = try #require(checker.idlePIDs.first)
        kill(pid, SIGSTOP)
        let start = Date()
        let r = Self.sound.withUnsafeBytes { checker.check($0, seconds: 0.25, memory: 1 << 30) }
        let took = Date().timeIntervalSince(start)
        #expect(r.status == .overLimits)
        #expect(r.detail?.hasPrefix("qpdf took longer than 0.25 s") == true, "\(String(describing: r.detail))")
        #expect(r.detail?.contains("too busy") == true, "\(String(describing: r.detail))")
        // 4 × 0.25 s by the clock (and the kill), not 0.25 s.
        #expect(took >= 0.95 && took < 10, "\(took)")
        #expect(kill(pid, 0) == -1 || checker.idlePIDs.isEmpty)
    }

    @Test func aHelperKilledWhileIdleIsReplaced() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        _ = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        let idle = checker.idlePIDs
        #expect(idle.count == 1)
        for pid in idle { kill(pid, SIGKILL) }
        usleep(100_000)
        let r = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound)
        #expect(r.pages == 3)
        #expect(checker.started == 2)
    }

    @Test func aHelperKilledFromOutsideMidCheckIsRetriedOnce() throws {
        // The OOM killer or an operator (SIGKILL) is not the PDF's fault: a fresh helper
        // checks it again.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let killer = Thread {
            for _ in 0..<500 {
                if let pid = checker.busyPIDs.first {
                    usleep(200_000)
                    kill(pid, SIGKILL)
                    return
                }
                usleep(10_000)
            }
        }
        killer.start()
        let r = Self.busy.withUnsafeBytes { checker.check($0, seconds: 60, memory: 4 << 30) }
        #expect(r.status == .sound, "\(r)")
        #expect(r.pages == 60_000)
        #expect(checker.started == 2)
    }

    @Test func aHelperHoldsNoDescriptorOfOursButItsSocket() throws {
        // A server's listening socket or an upload must not live on in a helper.
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)  // not close-on-exec
        defer {
            close(fds[0])
            close(fds[1])
        }
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        _ = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        let pid = try #require(checker.idlePIDs.first)
        let open = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").sorted()
        #expect(open == ["0", "1", "2", "3"])
        let stderr = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/2")
        #expect(stderr == "/dev/null")
    }

    @Test func memoryFilesAreReusedAndAShorterPDFIsReadAloneAfterALongerOne() throws {
        // A memory file keeps an earlier, longer PDF's bytes past the new one's end: the
        // helper must see only the new one (a qpdf that read on would find the old trailer).
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let long = SampleDocuments.pdfWithPagesInObjectStream(2_000)
        let cut = Array(Self.sound.dropLast(40))  // its trailer gone: recovered, or unreadable
        let encrypted = try DocumentStructureTests.fixture("user-password.pdf")
        #expect(long.count > 2 * Self.sound.count)
        let sequence = [long, Self.sound, long, cut, encrypted, Self.sound]
        for file in sequence {
            let isolated = file.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
            let here = file.withUnsafeBytes { PDFCheck.check($0) }
            #expect(isolated.status == here.status)
            #expect(isolated.pages == here.pages)
            #expect(isolated.warnings == here.warnings)
        }
        // One at a time: one memory file did for all, as large as the longest.
        #expect(checker.spareMemoryFileBytes == long.count)
        checker.stopIdle()
        #expect(checker.spareMemoryFileBytes == 0)
    }

    @Test func aMemoryFileGrowsAsItIsWrittenAndNoOneCanShrinkIt() throws {
        // Written piece by piece through its mapping, across several growths; the helper
        // maps a PDF this long (past the buffer it reads small ones into).
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        var rng = SeededRandom(seed: 7)
        let pdf = SampleDocuments.pdf(size: 3 << 20, rng: &rng)  // a one-page scan
        var file = try checker.takeMemoryFile().get()
        var at = 0
        while at < pdf.count {
            let end = min(pdf.count, at + 7_919)
            let error = pdf[at..<end].withUnsafeBytes { PDFChecker.write($0, into: &file, at: at) }
            #expect(error == nil)
            at = end
        }
        #expect(file.size == pdf.count)
        #expect(file.mapped(length: pdf.count) { Array($0) } == pdf)
        // Sealed: neither we nor a helper holding the descriptor can cut it under a
        // mapping (a SIGBUS here), nor seal it against growing.
        // <fcntl.h> under _GNU_SOURCE, which Swift's Glibc does not see.
        let (addSeals, getSeals): (Int32, Int32) = (1_024 + 9, 1_024 + 10)
        let (sealSeal, sealShrink, sealGrow): (Int32, Int32, Int32) = (1, 2, 4)
        let seals = fcntl(file.fd, getSeals)
        #expect(seals >= 0 && seals & sealShrink != 0 && seals & sealSeal != 0)
        #expect(ftruncate(file.fd, 0) == -1 && errno == EPERM)
        #expect(fcntl(file.fd, addSeals, sealGrow) == -1)
        let batch = PDFBatch(checker)
        let ticket = batch.submit(memoryFile: file, length: pdf.count, seconds: 20, memory: 1 << 30)
        let isolated = batch.collect()[ticket]
        let here = pdf.withUnsafeBytes { PDFCheck.check($0) }
        #expect(isolated.status == .sound && isolated.pages == 1)
        #expect(isolated.status == here.status && isolated.pages == here.pages && isolated.warnings == here.warnings)
        // Back among the spares with its pages, and written over from offset 0 by the next PDF.
        #expect(checker.spareMemoryFileBytes == pdf.count)
        let again = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(again.status == .sound && again.pages == 3)
        checker.stopIdle()
    }

    @Test func aFileInflatedForAPDFThatIsNotOneStaysItsOwnUntilTheEntryIsRead() throws {
        // The manifest says PDF, the bytes are a JPEG inflated into a memory file: once the
        // scan knows it is no PDF, the file still holds the rest of the entry, which is read
        // from there. A memory file taken meanwhile (another worker's next PDF) is another.
        var rng = SeededRandom(seed: 5)
        let jpeg = SampleDocuments.jpeg(size: 600_000, rng: &rng)
        let scan = DocumentScan(declaredSize: Int64(jpeg.count), limits: .default)
        let target = try #require(scan.inflateTarget(size: jpeg.count))
        jpeg.withUnsafeBytes { target.copyMemory(from: $0) }
        let piece = 256 << 10
        scan.feed(UnsafeRawBufferPointer(rebasing: target[0..<piece]))  // decided here: a JPEG
        var other = try PDFChecker.shared.takeMemoryFile().get()
        let garbage = [UInt8](repeating: 0xEE, count: jpeg.count)
        #expect(garbage.withUnsafeBytes { PDFChecker.write($0, into: &other, at: 0) } == nil)
        scan.feed(UnsafeRawBufferPointer(rebasing: target[piece...]))
        let intact = Array(target[0..<jpeg.count]) == jpeg  // (not the arrays: a failure would print both)
        #expect(intact)
        PDFChecker.shared.giveBack(other)
    }

    @Test func memoryFilesKeptAreBounded() throws {
        // A PDF over the size kept is not kept; a batch's files go back after its answers.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        var large = Self.sound
        large += [UInt8](repeating: 0x20, count: PDFChecker.maxSpareFileSize)
        _ = large.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(checker.spareMemoryFiles == 0 && checker.spareMemoryFileBytes == 0)
        let batch = PDFBatch(checker)
        for _ in 0..<6 { _ = Self.sound.withUnsafeBytes { batch.submit($0, seconds: 20, memory: 1 << 30) } }
        #expect(checker.spareMemoryFiles == 0)  // all six in flight or answered, none back yet
        #expect(batch.collect().allSatisfy { $0.status == .sound && $0.pages == 3 })
        #expect(checker.spareMemoryFiles == 6)
        #expect(checker.spareMemoryFileBytes == 6 * Self.sound.count)
        // The next batch takes them again rather than making more.
        let again = PDFBatch(checker)
        for _ in 0..<6 { _ = Self.sound.withUnsafeBytes { again.submit($0, seconds: 20, memory: 1 << 30) } }
        #expect(again.collect().allSatisfy { $0.status == .sound })
        #expect(checker.spareMemoryFiles == 6)
        checker.stopIdle()
        #expect(checker.spareMemoryFiles == 0 && checker.spareMemoryFileBytes == 0)

        // Many small files at once (a bundle's PDFs checked alone after a helper failed):
        // no more than maxSpareFiles descriptors are kept.
        let many = try (0..<(PDFChecker.maxSpareFiles + 10)).map { _ in
            try Self.sound.withUnsafeBytes { try checker.memoryFile(holding: $0).get() }
        }
        #expect(Set(many.map(\.fd)).count == many.count)
        // Closed or not is told by the file behind the number (other tests running at the
        // same time may be given a closed number again): a memfd's inode is its own.
        func inode(_ fd: Int32) -> ino_t? {
            var info = stat()
            return fstat(fd, &info) == 0 ? info.st_ino : nil
        }
        let inodes = many.map { inode($0.fd) }
        for file in many { checker.giveBack(file) }
        #expect(checker.spareMemoryFiles == PDFChecker.maxSpareFiles)
        for (file, before) in zip(many, inodes).suffix(10) { #expect(inode(file.fd) != before) }  // closed
        checker.stopIdle()
        #expect(zip(many, inodes).allSatisfy { inode($0.fd) != $1 })
    }

    // A bundle's PDFs: one helper, one round of answers.

    @Test func aBatchChecksABundlesPDFsOnOneHelper() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker)
        let encrypted = try DocumentStructureTests.fixture("user-password.pdf")
        let tickets = [Self.sound, encrypted, Self.sound, [UInt8]()].map { file in
            file.withUnsafeBytes { batch.submit($0, seconds: 20, memory: 1 << 30) }
        }
        let results = batch.collect()
        #expect(tickets == [0, 1, 2, 3])
        #expect(results.map(\.status) == [.sound, .encrypted, .sound, .unreadable])
        #expect(results[2].pages == 3)
        #expect(checker.started == 1)
        #expect(checker.idlePIDs.count == 1)
    }

    @Test func aHostilePDFInABatchFailsAloneAndThoseQueuedAfterItAreStillChecked() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker)
        let files = [Self.sound, Self.slow, Self.sound, Self.sound]
        for f in files { _ = f.withUnsafeBytes { batch.submit($0, seconds: 1, memory: 4 << 30) } }
        let started = Date()
        let results = batch.collect()
        #expect(Date().timeIntervalSince(started) < 8)
        #expect(results.map(\.status) == [.sound, .overLimits, .sound, .sound])
        #expect(results[1].detail == "qpdf took longer than 1 s of running time")
        #expect(results[3].pages == 3)
        // The one that overran was killed; the two after it went to a fresh helper.
        #expect(checker.started == 2)
        #expect(checker.busyPIDs.isEmpty)
    }

    /// The PDFs of one bundle share a time (`maxPDFCheckSecondsPerBundle`): hostile PDFs of
    /// nearly their own limit each would hold a worker their number of times over (round 27:
    /// six took two minutes; a thousand would take hours). Past it, those not yet answered are
    /// not checked and say why; one sound PDF before them keeps its answer.
    @Test func aBundlesPDFsShareOneTime() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker, bundleSeconds: 2)
        let files = [Self.sound, Self.slow, Self.slow, Self.slow, Self.sound]
        let started = Date()
        for f in files { _ = f.withUnsafeBytes { batch.submit($0, seconds: 20, memory: 4 << 30) } }
        let results = batch.collect()
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 8, "\(elapsed) s")
        #expect(results[0].status == .sound)
        for r in results.dropFirst() {
            #expect(r.status == .overLimits && r.detail?.hasPrefix(PDFBatch.bundleBudgetDetail) == true, "\(r)")
        }
        #expect(checker.busyPIDs.isEmpty)
        // The time is the PDFs' own, not the reading of the bundle's other entries: a bundle
        // whose first PDF comes after seconds of other work still has all of it.
        let late = PDFBatch(checker, bundleSeconds: 1)
        Thread.sleep(forTimeInterval: 1.5)
        _ = Self.sound.withUnsafeBytes { late.submit($0, seconds: 20, memory: 1 << 30) }
        Thread.sleep(forTimeInterval: 1.5)  // other entries read between two PDFs
        _ = Self.sound.withUnsafeBytes { late.submit($0, seconds: 20, memory: 1 << 30) }
        #expect(late.collect().map(\.status) == [.sound, .sound])
    }

    @Test func hundredsOfPDFsInOneBatchNeitherFillTheSocketNorStall() throws {
        // More requests than a socket buffer holds answers for: at most maxInFlight wait.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker)
        let small = try DocumentStructureTests.fixture("three-pages.pdf")
        for _ in 0..<600 { _ = small.withUnsafeBytes { batch.submit($0, seconds: 20, memory: 1 << 30) } }
        let results = batch.collect()
        #expect(results.count == 600)
        #expect(results.allSatisfy { $0.status == .sound && $0.pages == 3 })
        #expect(checker.started == 1)
    }

    @Test func theBytesInFlightAreCapped() throws {
        // Two 529-byte PDFs do not fit under 1,000 bytes: each waits for the one before.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker, maxInFlightBytes: 1_000)
        let small = try DocumentStructureTests.fixture("three-pages.pdf")
        #expect(small.count == 529)
        var most = 0
        for _ in 0..<5 {
            _ = small.withUnsafeBytes { batch.submit($0, seconds: 20, memory: 1 << 30) }
            most = max(most, batch.inFlightCount)
        }
        #expect(most == 1)
        #expect(batch.collect().allSatisfy { $0.status == .sound })
    }

    @Test func anAnswerWaitingPastTheDeadlineIsTaken() throws {
        // The reader was busy with the bundle's other entries longer than the limit; qpdf
        // had answered long before.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let batch = PDFBatch(checker)
        _ = Self.sound.withUnsafeBytes { batch.submit($0, seconds: 1, memory: 1 << 30) }
        usleep(1_500_000)
        let results = batch.collect()
        #expect(results.map(\.status) == [.sound])
        #expect(checker.started == 1)
    }

    @Test func helpersOutliveTheThreadThatStartedThem() throws {
        // Batch workers are pool threads that come and go; a helper belongs to the process.
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        let thread = Thread { _ = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) } }
        thread.start()
        while !thread.isFinished { usleep(10_000) }
        usleep(300_000)
        let pid = try #require(checker.idlePIDs.first)
        #expect(kill(pid, 0) == 0)
        let r = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound)
        #expect(checker.started == 1)
    }

    @Test func aSpooledPDFIsPassedByItsFile() throws {
        // Over maxDocumentCheckSize the bytes are spooled to a file; the helper maps it.
        var limits = BundleLimits.default
        limits.maxDocumentCheckSize = 1_000
        let (_, findings, _, pages) = DocumentScan.examine(Self.sound, limits: limits)
        #expect(findings.isEmpty)
        #expect(pages == 3)
    }

    /// With the helper, a PDF declared under maxDocumentCheckSize is written straight into
    /// a memory file as it streams; when its declared size lied and the bytes pass the
    /// limit midway, what was written moves to the spool file; one declared over the limit
    /// is kept in memory, then spooled, as before. Each way the check sees the whole file
    /// (the three pages), and a file cut short is found broken.
    @Test(arguments: [(1.0, 2.0), (0.25, 0.5), (0.1, 0.9), (2.0, 0.5)])
    func aPDFStreamsIntoAMemoryFileOrMovesToTheSpool(declared: Double, limit: Double) throws {
        #expect(PDFChecker.shared.mode == .isolated(helper: PDFTestSupport.helper))
        let pdf = SampleDocuments.pdfWithPagesInObjectStream(2_000)
        #expect(pdf.count > 8_000)  // well past the 1,024 bytes read before the type is known
        var limits = BundleLimits.default
        limits.maxDocumentCheckSize = Int64(Double(pdf.count) * limit)
        func check(_ bytes: [UInt8]) -> (findings: [Finding], pages: Int?) {
            let (_, findings, _, pages) = DocumentScan.examine(
                bytes, declaredSize: Int64(Double(pdf.count) * declared), limits: limits, chunk: 300)
            return (findings, pages)
        }
        let whole = check(pdf)
        #expect(whole.findings.isEmpty && whole.pages == 2_000, "\(whole)")
        let cut = check(Array(pdf.prefix(pdf.count * 3 / 4)))
        #expect(cut.findings.contains { $0.code == .documentCorrupt } && cut.pages == nil, "\(cut)")
    }

    /// `intake check` starts a helper before it knows of a PDF: the first PDF then goes to
    /// that helper (no second start), a second prestart with one idle starts nothing, and
    /// without a helper executable nothing is started at all.
    @Test func aPrestartedHelperTakesTheFirstPDF() throws {
        let checker = PDFChecker(helperPath: PDFTestSupport.helper)
        defer { checker.stopIdle() }
        checker.prestart()
        #expect(checker.started == 1)
        let pid = try #require(checker.idlePIDs.first)
        checker.prestart()
        #expect(checker.started == 1 && checker.idlePIDs == [pid])
        let r = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound && r.pages == 3)
        #expect(checker.started == 1 && checker.idlePIDs == [pid])
        let alone = PDFChecker(helperPath: "/nonexistent/intake-pdf-helper")
        alone.prestart()
        #expect(alone.started == 0 && alone.idlePIDs.isEmpty)
    }

    @Test func withoutTheHelperTheCheckRunsInProcessAndSaysSo() {
        let checker = PDFChecker(helperPath: "/nonexistent/intake-pdf-helper")
        #expect(checker.mode == .inProcess(reason: "no executable helper at /nonexistent/intake-pdf-helper"))
        let forced = PDFChecker(environment: ["INTAKE_PDF_CHECK": "in-process"])
        #expect(forced.mode == .inProcess(reason: "INTAKE_PDF_CHECK=in-process"))
        let r = Self.sound.withUnsafeBytes { checker.check($0, seconds: 20, memory: 1 << 30) }
        #expect(r.status == .sound)
        #expect(checker.started == 0)
    }

    @Test func theWireCarriesEveryStatusAndCutsLongDetailOnACharacter() {
        let long = String(repeating: "页", count: 400)  // 1,200 bytes of UTF-8
        for status in [
            PDFStructure.Status.sound, .recovered, .encrypted, .unreadable, .tooManyObjects, .overLimits, .noPage, .noEnd,
            .trailing,
        ] {
            let r = PDFStructure(status: status, pages: 7, restricted: true, detail: long, warnings: 70_000)
            let back = PDFWire.result(PDFWire.reply(r)[...])
            #expect(back?.status == status)
            #expect(back?.pages == 7)
            #expect(back?.restricted == true)
            #expect(back?.warnings == 70_000)
            #expect(back?.detail == String(repeating: "页", count: 341))
        }
        // A cut that falls exactly after a character keeps it: 1 + 341 × 3 = 1,024 bytes.
        let exact = "x" + String(repeating: "页", count: 400)
        let cut = PDFStructure(status: .unreadable, pages: nil, restricted: false, detail: exact, warnings: 0)
        #expect(PDFWire.result(PDFWire.reply(cut)[...])?.detail == "x" + String(repeating: "页", count: 341))
        let none = PDFStructure(status: .unreadable, pages: nil, restricted: false, detail: nil, warnings: 0)
        #expect(PDFWire.result(PDFWire.reply(none)[...])?.pages == nil)
        #expect(PDFWire.result(PDFWire.reply(none)[...])?.paper == nil)
        // The pages' paper, as qpdf read it (A4 and a landscape Letter page).
        var sized = PDFStructure(status: .sound, pages: 2, restricted: false, detail: nil, warnings: 0)
        sized.paper = PaperSize(width: 595.28, height: 841.89).adding(PaperSize(width: 792, height: 612))
        #expect(PDFWire.result(PDFWire.reply(sized)[...])?.paper == sized.paper)
        #expect(sized.paper == PaperSize(shortMin: 595.28, shortMax: 612, longMin: 792, longMax: 841.89))
        #expect(PDFWire.result(PDFWire.reply(none)[...])?.detail == nil)
        #expect(PDFWire.result([1, 2, 3][...]) == nil)
        #expect(
            PDFWire.parseRequest(PDFWire.request(length: 12_345, memory: 1 << 30, seconds: 2.5)[...])! == (12_345, 1 << 30, 2_500)
        )
    }
}
