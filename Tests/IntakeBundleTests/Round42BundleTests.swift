import Foundation
import IntakeBundle
import IntakeCompression
import IntakeFixtures
import IntakeModel
import IntakeSeedData
import Testing

@testable import IntakeEvidence

/// Session 45, black-box round 42, tester d (the back-office engineer with hostile input): archives that different readers
/// read differently are refused, and a name with a NUL is named.
@Suite struct Round42BundleTests {
    /// Two archives of different layouts joined with `cat`: the second's offsets do not count the first, so libzip and unzip
    /// read it as an archive behind a self-extractor's prefix, 7-Zip as the first (tester d: intake accepted one application,
    /// 7-Zip read another). The prefix ends with an archive of its own: refused, in either order.
    @Test(arguments: [false, true]) func twoArchivesOfDifferentLayoutsAreRefused(inMemory: Bool) throws {
        var small = soundApplication(seed: 7)
        small.id = "TEST-SMALL"
        var large = soundApplication(seed: 8)
        large.id = "TEST-LARGE-AND-OTHER"
        let first = BundleBuilder.bytes(small)
        let second = BundleBuilder.bytes(large, style: BundleBuilder.Style(method: .stored))
        #expect(first.count != second.count, "two layouts")
        for (label, bytes) in [("small first", first + second), ("large first", second + first)] {
            let i = try ToleratedLayoutTests.inspect(bytes, inMemory: inMemory)
            #expect(i.codes == [.bundleUnsafe], "\(label): \(i.findings)")
            #expect(i.findings.first?.message.contains("两个 ZIP 目录") == true, "\(label)")
            #expect(i.documents.isEmpty, "\(label)")
        }
        // A self-extractor's program before the archive is no archive (ToleratedLayoutTests).
        let stub = Array("MZ".utf8) + [UInt8](repeating: 0x90, count: 4000)
        ToleratedLayoutTests.expectSound(try ToleratedLayoutTests.inspect(stub + first, inMemory: inMemory), "stub")
    }

    /// An entry before the listed ones whose local header the central directory does not list (every listed offset moved
    /// past it): a streaming reader extracts it, a directory reader does not (tester d: `files/evil.exe`, accepted).
    @Test(arguments: [false, true]) func anEntryTheDirectoryHidesIsRefused(inMemory: Bool) throws {
        let sound = BundleBuilder.bytes(soundApplication())
        let name = Array("files/evil.exe".utf8)
        let data = Array("MZ hidden".utf8)
        var hidden: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let crc = Zlib.crc32(data)
        hidden += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
        hidden += [UInt8(name.count), 0, 0, 0] + name + data
        // Every listed local header, and the central directory, move by the hidden entry's length.
        var bytes = hidden + sound
        let shift = UInt32(hidden.count)
        let end = bytes.count - 22
        for e in ToleratedLayoutTests.entries(sound) {
            let at = hidden.count + e.central + 42
            put32(&bytes, at, UInt32(e.local) + shift)
        }
        put32(&bytes, end + 16, read32(bytes, end + 16) + shift)
        let i = try ToleratedLayoutTests.inspect(bytes, inMemory: inMemory)
        #expect(i.codes == [.bundleUnsafe], "\(i.findings)")
        #expect(i.findings.first?.message.contains("未列入 ZIP 目录") == true, "\(i.findings)")
        // The same shift without the hidden header (zeros in its place) is a gap, not an entry: read as before.
        var gap = [UInt8](repeating: 0, count: hidden.count) + sound
        for e in ToleratedLayoutTests.entries(sound) { put32(&gap, hidden.count + e.central + 42, UInt32(e.local) + shift) }
        put32(&gap, end + 16, read32(gap, end + 16) + shift)
        ToleratedLayoutTests.expectSound(try ToleratedLayoutTests.inspect(gap, inMemory: inMemory), "a gap")
    }

    /// The same hidden entry before an archive whose offsets do not count it (`cat` of another archive's local entries, without
    /// its directory, and a whole archive): libzip reads the second as behind a self-extractor's prefix, a streaming reader
    /// extracts the first (round 52, tester d: a second manifest.xml ahead of the archive, accepted in silence).
    @Test(arguments: [false, true]) func anEntryBeforeAnUnshiftedArchiveIsRefused(inMemory: Bool) throws {
        let sound = BundleBuilder.bytes(soundApplication())
        let name = Array("manifest.xml".utf8)
        let data = Array("<other/>".utf8)
        var hidden: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        hidden += le32(Zlib.crc32(data)) + le32(UInt32(data.count)) + le32(UInt32(data.count))
        hidden += [UInt8(name.count), 0, 0, 0] + name + data
        let i = try ToleratedLayoutTests.inspect(hidden + sound, inMemory: inMemory)
        #expect(i.codes == [.bundleUnsafe], "\(i.findings)")
        #expect(i.findings.first?.message.contains("未列入 ZIP 目录") == true, "\(i.findings)")
        #expect(i.findings.first?.detail?.contains("before the archive") == true, "\(i.findings)")
    }

    /// A local header between two listed entries that no record lists (every later offset moved past it): hidden as the
    /// first one is (the review of round 42: only the archive's first bytes were looked at).
    @Test(arguments: [false, true]) func anEntryHiddenBetweenListedOnesIsRefused(inMemory: Bool) throws {
        let sound = BundleBuilder.bytes(soundApplication())
        let entries = ToleratedLayoutTests.entries(sound).sorted { $0.local < $1.local }
        try #require(entries.count >= 2)
        let cut = entries[1].local  // the second entry's local header: the hidden one goes before it
        let name = Array("files/evil.exe".utf8)
        let data = Array("MZ hidden".utf8)
        var hidden: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        hidden += le32(Zlib.crc32(data)) + le32(UInt32(data.count)) + le32(UInt32(data.count))
        hidden += [UInt8(name.count), 0, 0, 0] + name + data
        var bytes = Array(sound[..<cut]) + hidden + Array(sound[cut...])
        let shift = UInt32(hidden.count)
        for e in ToleratedLayoutTests.entries(sound) where e.local >= cut {
            put32(&bytes, Int(shift) + e.central + 42, UInt32(e.local) + shift)
        }
        let end = bytes.count - 22
        put32(&bytes, end + 16, read32(bytes, end + 16) + shift)
        let i = try ToleratedLayoutTests.inspect(bytes, inMemory: inMemory)
        #expect(i.codes == [.bundleUnsafe], "\(i.findings)")
        #expect(i.findings.first?.message.contains("未列入 ZIP 目录") == true, "\(i.findings)")
    }

    /// Bytes before the archive ending in a Zip64 end record whose directory offset is the largest number there is: read as
    /// no archive, without the sum that overflowed (the review of round 42: the check crashed the process).
    @Test(arguments: [false, true]) func aPrefixWithAnImpossibleZip64OffsetIsNoArchive(inMemory: Bool) throws {
        var prefix: [UInt8] = Array("MZ".utf8) + [UInt8](repeating: 0, count: 100)
        let record = prefix.count
        var z64 = [UInt8](repeating: 0, count: 56)
        put32(&z64, 0, 0x0606_4b50)
        z64[4] = 44
        z64[32] = 1  // one entry
        for k in 48..<56 { z64[k] = 0xFF }  // the directory's offset
        prefix += z64
        var locator = [UInt8](repeating: 0, count: 20)
        put32(&locator, 0, 0x0706_4b50)
        put32(&locator, 8, UInt32(record))
        locator[16] = 1
        prefix += locator
        var end = [UInt8](repeating: 0, count: 22)
        put32(&end, 0, 0x0605_4b50)
        for k in 8..<20 { end[k] = 0xFF }
        prefix += end
        let i = try ToleratedLayoutTests.inspect(prefix + BundleBuilder.bytes(soundApplication()), inMemory: inMemory)
        ToleratedLayoutTests.expectSound(i, "zip64 prefix")
    }

    /// A NUL in an entry's name (libzip reads the name up to it, unzip and 7-Zip drop the rest): the entry is named as
    /// unsafe, as other control characters are (tester d: "申请包目录损坏或前后不一致", no entry named).
    @Test func aNameWithANulIsNamed() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let target = Array("files/身份证.pdf".utf8)
        let e = try #require(ToleratedLayoutTests.entries(bytes).first { $0.name == target })
        // The last byte of the name, in both headers: "files/身份证.pd\0".
        bytes[e.central + 46 + target.count - 1] = 0
        bytes[e.local + 30 + target.count - 1] = 0
        let i = try ToleratedLayoutTests.inspect(bytes, inMemory: false)
        #expect(i.codes == [.bundleUnsafe], "\(i.findings)")
        #expect(
            i.findings.first?.message.contains("空字符") == true && i.findings.first?.path?.contains("身份证") == true, "\(i.findings)")
    }

    /// Both headers of a 20 KB deflated PDF say it holds 4 GB: one finding, on that entry, that the recorded size cannot be
    /// right (tester d: "单个文件过大", "文件压缩比异常" and "申请包解压后总大小超过上限" for one number).
    @Test func aSizeTheDataCannotHoldIsOneFinding() throws {
        var bytes = BundleBuilder.bytes(soundApplication())
        let target = Array("files/身份证.pdf".utf8)
        let e = try #require(ToleratedLayoutTests.entries(bytes).first { $0.name == target })
        put32(&bytes, e.central + 24, 0xFFFF_FFF0)
        put32(&bytes, e.local + 22, 0xFFFF_FFF0)
        let i = try ToleratedLayoutTests.inspect(bytes, inMemory: false)
        let limits = i.findings.filter { $0.code == .bundleLimit }
        #expect(limits.count == 1 && limits.first?.path == "files/身份证.pdf", "\(i.findings)")
        #expect(limits.first?.message.contains("记载的文件大小不可信") == true, "\(limits)")
    }

    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    private func put32(_ b: inout [UInt8], _ i: Int, _ v: UInt32) {
        for k in 0..<4 { b[i + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) }
    }
    private func read32(_ b: [UInt8], _ i: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(b[i + $1]) << (8 * $1) } }
}
