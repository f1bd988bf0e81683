// intake-pdf-helper: checks PDFs with qpdf for PDFChecker, one at a time, in a process of
// its own that may be killed or run out of memory without harm to the pipeline.
// Started by PDFChecker with its socket as descriptor 3 and the parent's pid as argument;
// not meant to be run by hand. Each request carries a descriptor of the PDF's bytes, the
// memory limit (this process' RLIMIT_DATA while qpdf reads the file, with the buffer small
// PDFs are read into on top) and the time limit.
// The parent kills a helper past the time limit (its running time); RLIMIT_CPU (twice the limit, plus a
// second, of CPU time) is the backstop should the parent be gone. A helper leaves when its
// socket closes: the parent closed it, or exited.
import CIntakeProcess
import Foundation
import IntakeModel
import IntakePDF

let socket: Int32 = 3
guard CommandLine.arguments.count == 2, let parent = pid_t(CommandLine.arguments[1]), getppid() == parent else {
    FileHandle.standardError.write(Data("intake-pdf-helper: started by intake only\n".utf8))
    exit(2)
}

// qpdf before the first request (and before the memory limit): a missing library is said
// here, once, and the parent answers each PDF "the PDF checker stopped".
if let unavailable = PDFCheck.load() {
    FileHandle.standardError.write(Data("intake-pdf-helper: \(unavailable)\n".utf8))
    exit(4)
}

/// The data this process needs for itself (the Swift runtime, buffers): a limit below it
/// would fail before qpdf starts.
let floor: Int64 = 64 << 20

func setSoftLimit(_ resource: Int32, _ value: UInt64) {
    var limit = rlimit()
    getrlimit(__rlimit_resource_t(UInt32(resource)), &limit)
    limit.rlim_cur = rlim_t(value)
    if limit.rlim_max != rlim_t.max { limit.rlim_cur = min(limit.rlim_cur, limit.rlim_max) }
    setrlimit(__rlimit_resource_t(UInt32(resource)), &limit)
}

/// CPU seconds this process has used so far.
func cpuSeconds() -> UInt64 {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return UInt64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
}

/// PDFs up to this size are read into `copied`; larger ones are mapped, their page table
/// filled in the one call (MAP_POPULATE: no fault per page), which costs less than copying
/// them: about 0.1 ms for a 5 MB scan against 0.6 ms for the copy.
let copyLimit = 256 << 10
/// The buffer PDFs up to `copyLimit` are read into: allocated once, before any memory
/// limit is set (so it cannot fail under one), and added to the limit, so that qpdf has the
/// room the pipeline gives it whatever this process read before. Its pages are touched only
/// as far as the largest PDF read.
var copied = [UInt8](unsafeUninitializedCapacity: copyLimit) { _, count in count = copyLimit }
/// Free heap memory above which the helper trims its heap after a PDF.
let trimThreshold = 8 << 20

/// Reads the `length` bytes (at most `buffer.count`) of the PDF at `fd` into `buffer`;
/// false if the file is shorter or cannot be read (it is then mapped instead, and a
/// failure said from there).
func readWhole(_ fd: Int32, _ length: Int, into buffer: inout [UInt8]) -> Bool {
    buffer.withUnsafeMutableBytes {
        RegularFile.pread(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<length]), at: 0)
    }
}

var request = [UInt8](repeating: 0, count: PDFWire.requestSize + 1)
var lastMemory: Int64 = -1
while true {
    var fd: Int32 = -1
    let n = request.withUnsafeMutableBytes { intake_recv_fd(socket, $0.baseAddress, $0.count, &fd) }
    if n <= 0 { exit(0) }  // the parent closed its end (or is gone)
    guard fd >= 0, let (length, memory, milliseconds) = PDFWire.parseRequest(request[..<n]) else { exit(3) }
    if memory != lastMemory {
        setSoftLimit(Int32(RLIMIT_DATA.rawValue), UInt64(max(memory, floor)) + UInt64(copyLimit))
        lastMemory = memory
    }
    setSoftLimit(Int32(RLIMIT_CPU.rawValue), cpuSeconds() + 2 * UInt64((milliseconds + 999) / 1_000) + 1)

    let result: PDFStructure
    if length == 0 {
        result = PDFCheck.check(UnsafeRawBufferPointer(start: nil, count: 0))
    } else if length <= copyLimit, readWhole(fd, length, into: &copied) {
        // Small PDFs: read into the one buffer kept for them, which costs less than mapping
        // the file (the mapping's set-up, then an unmap that flushes the TLB).
        result = copied.withUnsafeBytes { PDFCheck.check(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
    } else if let map = mmap(nil, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED {
        result = PDFCheck.check(UnsafeRawBufferPointer(start: map, count: length))
        munmap(map, length)
    } else {
        result = PDFStructure(
            status: .overLimits, pages: nil, restricted: false,
            detail: "the PDF checker could not map the file: \(String(cString: strerror(errno)))", warnings: 0)
    }
    close(fd)
    // qpdf's objects are freed; when they leave much free memory behind, give its pages
    // back, so the next PDF starts from about the same footprint (RLIMIT_DATA counts the
    // whole heap). Below the threshold the free memory is kept for the next PDF to reuse:
    // trimming after every PDF cost page faults on every next one.
    if intake_malloc_free_bytes() > trimThreshold { intake_malloc_trim() }
    let reply = PDFWire.reply(result)
    let sent = reply.withUnsafeBytes { intake_send_fd(socket, -1, $0.baseAddress, $0.count) }
    // After running out of memory the heap may be in pieces: leave, a fresh helper follows.
    if sent != reply.count || result.status == .overLimits { exit(0) }
}
