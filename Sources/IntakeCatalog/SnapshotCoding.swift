import IntakeModel

// The binary form of the parts of a catalog snapshot (CatalogSnapshot: its index, its
// head, each matter): each type writes its fields in order and reads them back in the
// same order. A string is an index (four bytes) into the part's table of each distinct
// string (its UTF-8 length and bytes) written first; an integer eight little-endian
// bytes, an optional a presence byte and the value, a list its count and its elements,
// an enum its raw value.
//
// Written by hand for speed (Codable through a generic binary coder took ~17 ms for the
// catalog, most of it generic-metadata look-ups per container; this takes a few). A
// field a type gains and this file forgets cannot go unseen: CatalogSnapshot.store reads
// every part back before keeping a snapshot and keeps it only if each value it reads is
// equal (==, synthesized over every stored property) to the one parsed.

protocol SnapshotCodable {
    func write(to out: inout SnapshotWriter)
    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged)
}

struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ v: UInt64) {
        withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ v: Int) { integer(UInt64(bitPattern: Int64(v))) }

    /// Each distinct string once, in order of first use; the body refers to them by index
    /// (a catalog says the same document names, kinds and media thousands of times, and
    /// one String shared is one allocation read back instead of thousands).
    var table: [String] = []
    private var index: [String: UInt32] = [:]

    mutating func string(_ s: String) {
        let i: UInt32
        if let known = index[s] {
            i = known
        } else {
            i = UInt32(table.count)
            index[s] = i
            table.append(s)
        }
        withUnsafeBytes(of: i.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func value<T: SnapshotCodable>(_ v: T) { v.write(to: &self) }

    mutating func optional<T>(_ v: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        guard let v else { return bytes.append(0) }
        bytes.append(1)
        write(&self, v)
    }

    mutating func optional(_ v: String?) { optional(v) { $0.string($1) } }
    mutating func optional(_ v: Int?) { optional(v) { $0.int($1) } }
    mutating func optional(_ v: Int64?) { optional(v) { $0.integer(UInt64(bitPattern: $1)) } }
    mutating func optional<T: SnapshotCodable>(_ v: T?) { optional(v) { $0.value($1) } }

    mutating func list<T: SnapshotCodable>(_ items: [T]) {
        integer(UInt64(items.count))
        for item in items { item.write(to: &self) }
    }

    mutating func strings(_ items: [String]) {
        integer(UInt64(items.count))
        for item in items { string(item) }
    }

    mutating func raw<T: RawRepresentable<String>>(_ v: T) { string(v.rawValue) }
}

/// Reads with every length checked against the bytes left: damage throws, it never reads
/// out of bounds.
struct SnapshotReader {
    struct Damaged: Error {
        var offset: Int
        var why: String
    }

    let bytes: UnsafeRawBufferPointer
    var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    func damaged(_ why: String) -> Damaged { Damaged(offset: offset, why: why) }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw damaged("ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func integer() throws(Damaged) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw damaged("ends early") }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func int() throws(Damaged) -> Int { Int(Int64(bitPattern: try integer())) }

    mutating func int64() throws(Damaged) -> Int64 { Int64(bitPattern: try integer()) }

    /// The strings the body refers to (``readTable()``).
    var table: [String] = []

    mutating func string() throws(Damaged) -> String {
        guard bytes.count - offset >= 4 else { throw damaged("ends early") }
        let i = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard i < table.count else { throw damaged("string \(i) is not in the table") }
        offset += 4
        return table[i]
    }

    /// The string table: its count, then each string as its UTF-8 length and bytes.
    mutating func readTable() throws(Damaged) {
        let n = try count()
        table.reserveCapacity(min(n, 1 << 16))
        for _ in 0..<n {
            let length = try integer()
            guard length <= UInt64(bytes.count - offset) else { throw damaged("a string runs past the end") }
            let end = offset + Int(length)
            table.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))
            offset = end
        }
    }

    mutating func present() throws(Damaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw damaged("not a presence byte")
        }
    }

    mutating func optionalString() throws(Damaged) -> String? { try present() ? try string() : nil }
    mutating func optionalInt() throws(Damaged) -> Int? { try present() ? try int() : nil }
    mutating func optionalInt64() throws(Damaged) -> Int64? { try present() ? try int64() : nil }
    mutating func optional<T: SnapshotCodable>(_ type: T.Type) throws(Damaged) -> T? {
        try present() ? try T(from: &self) : nil
    }

    /// A list's count, which cannot exceed the bytes left (each element takes one at least).
    mutating func count() throws(Damaged) -> Int {
        let n = try integer()
        guard n <= UInt64(bytes.count - offset) else { throw damaged("a list runs past the end") }
        return Int(n)
    }

    /// How deep lists of values may nest (a material's parts hold materials): damage
    /// must not recurse without end.
    var depth = 0
    static let maxDepth = 32

    mutating func list<T: SnapshotCodable>(_ type: T.Type) throws(Damaged) -> [T] {
        let n = try count()
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw damaged("lists nested deeper than \(Self.maxDepth)") }
        var items: [T] = []
        // A count is only bounded by the bytes left: reserve no more than the list can hold.
        items.reserveCapacity(min(n, 4_096))
        for _ in 0..<n { items.append(try T(from: &self)) }
        return items
    }

    mutating func strings() throws(Damaged) -> [String] {
        let n = try count()
        var items: [String] = []
        items.reserveCapacity(min(n, 4_096))
        for _ in 0..<n { items.append(try string()) }
        return items
    }

    mutating func raw<T: RawRepresentable<String>>(_ type: T.Type) throws(Damaged) -> T {
        let s = try string()
        guard let v = T(rawValue: s) else { throw damaged("\(s) is not a \(T.self)") }
        return v
    }
}

extension Matter: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(code)
        out.string(name)
        out.raw(kind)
        out.optional(department)
        out.value(source)
        out.strings(notes)
        out.optional(timeLimit)
        out.list(channelTimeLimits)
        out.list(caseTimeLimits)
        out.list(channels)
        out.optional(window)
        out.list(scenarios)
        out.list(deferrals)
        out.list(forbidden)
        out.value(effectiveFrom)
        out.optional(effectiveUntil)
        out.string(document)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let code = try input.string()
        let name = try input.string()
        let kind = try input.raw(MatterKind.self)
        let department = try input.optionalString()
        let source = try Citation(from: &input)
        let notes = try input.strings()
        let timeLimit = try input.optional(TimeLimit.self)
        let channelTimeLimits = try input.list(TimeLimit.self)
        let caseTimeLimits = try input.list(TimeLimit.self)
        let channels = try input.list(Channel.self)
        let window = try input.optional(Window.self)
        let scenarios = try input.list(Scenario.self)
        let deferrals = try input.list(Deferral.self)
        let forbidden = try input.list(ForbiddenCase.self)
        let effectiveFrom = try CalendarDate(from: &input)
        let effectiveUntil = try input.optional(CalendarDate.self)
        self.init(
            code: code, name: name, kind: kind, department: department, source: source, notes: notes,
            timeLimit: timeLimit, channels: channels, window: window, scenarios: scenarios, deferrals: deferrals,
            forbidden: forbidden, effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
            document: try input.string())
        self.channelTimeLimits = channelTimeLimits
        self.caseTimeLimits = caseTimeLimits
    }
}

extension Matter.Window: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.value(from)
        out.value(to)
        out.value(source)
        out.optional(except)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let from = try CalendarDate(from: &input)
        let to = try CalendarDate(from: &input)
        let source = try Citation(from: &input)
        self.init(from: from, to: to, source: source, except: try input.optional(Condition.self))
    }
}

extension Citation: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(document)
        out.string(item)
        out.optional(line)
        out.optional(quote)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let document = try input.string()
        let item = try input.string()
        let line = try input.optionalInt()
        self.init(document: document, item: item, line: line, quote: try input.optionalString())
    }
}

extension CalendarDate: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.int(year)
        out.int(month)
        out.int(day)
    }

    /// A real date of years 0 to 9999, as the catalog's xs:dates are (day numbers and
    /// calendar ranges are computed from it: damage must not overflow them).
    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let year = try input.int()
        let month = try input.int()
        let day = try input.int()
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(year: year, month: month)
        else { throw input.damaged("\(year)-\(month)-\(day) is not a date") }
        self.init(year: year, month: month, day: day)
    }
}

extension TimeLimit: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.raw(unit)
        out.optional(value)
        out.optional(plusDays)
        out.string(text)
        out.optional(channel)
        out.optional(source)
        out.optional(condition)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let unit = try input.raw(Unit.self)
        let value = try input.optionalInt()
        let plusDays = try input.optionalInt()
        let text = try input.string()
        let channel = try input.optionalString()
        let source = try input.optional(Citation.self)
        let condition = try input.optional(Condition.self)
        self.init(
            unit: unit, value: value, plusDays: plusDays, text: text, channel: channel, source: source, condition: condition)
    }
}

extension Channel: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(kind)
        out.optional(href)
        out.string(text)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let kind = try input.string()
        let href = try input.optionalString()
        self.init(kind: kind, href: href, text: try input.string())
    }
}

extension Scenario: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(id)
        out.string(name)
        out.optional(condition)
        out.list(materials)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let id = try input.string()
        let name = try input.string()
        let condition = try input.optional(Condition.self)
        self.init(id: id, name: name, condition: condition, materials: try input.list(Material.self))
    }
}

extension Condition: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.optional(xpath)
        out.strings(reads)
        out.string(text)
        out.strings(unasked)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let xpath = try input.optionalString()
        let reads = try input.strings()
        let text = try input.string()
        self.init(xpath: xpath, reads: reads, text: text, unasked: try input.strings())
    }
}

extension MaterialKind: SnapshotCodable {
    func write(to out: inout SnapshotWriter) { out.string(rawValue) }
    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) { self.init(rawValue: try input.string()) }
}

extension Material: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(id)
        out.string(name)
        out.value(kind)
        out.raw(requirement)
        out.raw(need)
        out.raw(serves)
        out.strings(media)
        out.optional(condition)
        out.optional(spec)
        out.optional(original) { $0.raw($1) }
        out.optional(copies)
        out.optional(copiesNote)
        out.optional(note)
        out.optional(source)
        out.list(parts)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let id = try input.string()
        let name = try input.string()
        let kind = try MaterialKind(from: &input)
        let requirement = try input.raw(Requirement.self)
        let need = try input.raw(Need.self)
        let serves = try input.raw(Serves.self)
        let media = try input.strings()
        let condition = try input.optional(Condition.self)
        let spec = try input.optional(DocumentSpec.self)
        let original = try input.present() ? try input.raw(Original.self) : nil
        let copies = try input.optionalInt()
        let copiesNote = try input.optionalString()
        let note = try input.optionalString()
        let source = try input.optional(Citation.self)
        self.init(
            id: id, name: name, kind: kind, requirement: requirement, need: need, serves: serves, media: media,
            condition: condition,
            spec: spec, original: original, copies: copies, copiesNote: copiesNote, note: note, source: source,
            parts: try input.list(Material.self))
    }
}

extension DocumentSpec: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(text)
        out.optional(minBytes)
        out.optional(maxBytes)
        out.optional(minWidth)
        out.optional(maxWidth)
        out.optional(minHeight)
        out.optional(maxHeight)
        out.optional(minPages)
        out.optional(maxPages)
        out.optional(aspect?.width)
        out.optional(aspect?.height)
        out.optional(colour ? 1 : nil)
        out.optional(background?.rawValue)
        out.optional(paper?.rawValue)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let text = try input.string()
        let minBytes = try input.optionalInt64()
        let maxBytes = try input.optionalInt64()
        let minWidth = try input.optionalInt()
        let maxWidth = try input.optionalInt()
        let minHeight = try input.optionalInt()
        let maxHeight = try input.optionalInt()
        let minPages = try input.optionalInt()
        let maxPages = try input.optionalInt()
        let aspectWidth = try input.optionalInt()
        let aspectHeight = try input.optionalInt()
        var aspect: Aspect?
        if let aspectWidth, let aspectHeight {
            guard aspectWidth > 0, aspectHeight > 0 else { throw input.damaged("aspect \(aspectWidth):\(aspectHeight)") }
            aspect = Aspect(width: aspectWidth, height: aspectHeight)
        }
        let colour = try input.optionalInt() == 1
        let backgroundName = try input.optionalString()
        var background: PhotoBackground?
        if let backgroundName {
            guard let known = PhotoBackground(rawValue: backgroundName) else {
                throw input.damaged("background \(backgroundName)")
            }
            background = known
        }
        let paperName = try input.optionalString()
        var paper: Paper?
        if let paperName {
            guard let known = Paper(rawValue: paperName) else { throw input.damaged("paper \(paperName)") }
            paper = known
        }
        self.init(
            text: text, minBytes: minBytes, maxBytes: maxBytes, minWidth: minWidth, maxWidth: maxWidth,
            minHeight: minHeight, maxHeight: maxHeight, minPages: minPages, maxPages: maxPages, aspect: aspect,
            colour: colour, background: background, paper: paper)
    }
}

extension Deferral: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(material)
        out.optional(scenario)
        out.string(name)
        out.string(supplier)
        out.optional(workingDays)
        out.value(source)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let material = try input.string()
        let scenario = try input.optionalString()
        let name = try input.string()
        let supplier = try input.string()
        let workingDays = try input.optionalInt()
        self.init(
            material: material, scenario: scenario, name: name, supplier: supplier, workingDays: workingDays,
            source: try Citation(from: &input))
    }
}

extension ForbiddenCase: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(id)
        out.value(condition)
        out.string(message)
        out.value(source)
        out.raw(outcome)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let id = try input.string()
        let condition = try Condition(from: &input)
        let message = try input.string()
        let source = try Citation(from: &input)
        self.init(
            id: id, condition: condition, message: message, source: source, outcome: try input.raw(ForbiddenCase.Outcome.self))
    }
}

extension FactDefinition: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(name)
        out.raw(kind)
        out.string(label)
        out.optional(question)
        out.strings(values)
        out.strings(values.map { valueLabels[$0] ?? "" })
        out.int(byClerk ? 1 : 0)
        out.optional(minimum.map { String($0) })
        out.int(notAfterSubmission ? 1 : 0)
        out.list(consistent)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let name = try input.string()
        let kind = try input.raw(Kind.self)
        let label = try input.string()
        let question = try input.optionalString()
        let values = try input.strings()
        let labels = try input.strings()
        var valueLabels: [String: String] = [:]
        for (v, l) in zip(values, labels) where !l.isEmpty { valueLabels[v] = l }
        let byClerk = try input.int() == 1
        let minimum = try input.optionalString().flatMap(Double.init)
        let notAfterSubmission = try input.int() == 1
        let consistent = try input.list(Condition.self)
        self.init(
            name: name, kind: kind, label: label, question: question, values: values, valueLabels: valueLabels,
            byClerk: byClerk, minimum: minimum, notAfterSubmission: notAfterSubmission, consistent: consistent)
    }
}

extension CatalogSource: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.string(href)
        out.string(document)
        out.string(title)
        out.value(effectiveFrom)
        out.optional(effectiveUntil)
        out.list(facts)
        out.optional(issuer)
        out.optional(number)
        out.optional(issued)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let href = try input.string()
        let document = try input.string()
        let title = try input.string()
        let effectiveFrom = try CalendarDate(from: &input)
        let effectiveUntil = try input.optional(CalendarDate.self)
        self.init(
            href: href, document: document, title: title, effectiveFrom: effectiveFrom, effectiveUntil: effectiveUntil,
            facts: try input.list(FactDefinition.self))
        issuer = try input.optionalString()
        number = try input.optionalString()
        issued = try input.optional(CalendarDate.self)
    }
}

extension WorkingCalendar: SnapshotCodable {
    func write(to out: inout SnapshotWriter) { out.list(years) }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(years: try input.list(Year.self))
    }
}

extension WorkingCalendar.Year: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.int(year)
        out.string(source)
        out.list(holidays)
        out.list(workdays)
        out.string(basis.rawValue)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let year = try input.int()
        let source = try input.string()
        let holidays = try input.list(WorkingCalendar.Holiday.self)
        let workdays = try input.list(WorkingCalendar.Workday.self)
        guard let basis = WorkingCalendar.Basis(rawValue: try input.string()) else {
            throw input.damaged("a calendar year of an unknown basis")
        }
        self.init(year: year, source: source, holidays: holidays, workdays: workdays, basis: basis)
    }
}

extension WorkingCalendar.Holiday: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.value(from)
        out.value(to)
        out.string(name)
    }

    /// A holiday of at most a year (the calendar marks each of its days: damage must not
    /// make that endless; a catalog with a longer one keeps no snapshot, as its read-back
    /// differs).
    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let from = try CalendarDate(from: &input)
        let to = try CalendarDate(from: &input)
        guard to.dayNumber - from.dayNumber <= 366 else { throw input.damaged("a holiday longer than a year") }
        self.init(from: from, to: to, name: try input.string())
    }
}

extension WorkingCalendar.Workday: SnapshotCodable {
    func write(to out: inout SnapshotWriter) {
        out.value(date)
        out.string(holiday)
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let date = try CalendarDate(from: &input)
        self.init(date: date, holiday: try input.string())
    }
}

/// What a snapshot's head holds: everything of a catalog but its matters and what the
/// pipeline file itself says.
struct SnapshotHead: SnapshotCodable, Equatable {
    var sources: [CatalogSource]
    var calendar: WorkingCalendar

    func write(to out: inout SnapshotWriter) {
        out.list(sources)
        out.value(calendar)
    }

    init(sources: [CatalogSource], calendar: WorkingCalendar) {
        self.sources = sources
        self.calendar = calendar
    }

    init(from input: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let sources = try input.list(CatalogSource.self)
        self.init(sources: sources, calendar: try WorkingCalendar(from: &input))
    }
}

/// One part of a snapshot: its own string table, then one value; each part of a snapshot
/// is read on its own (`check` reads the head and one matter).
enum SnapshotPart {
    /// The string table, then the value.
    static func encode<T: SnapshotCodable>(_ value: T) -> [UInt8] {
        var body = SnapshotWriter()
        body.value(value)
        var out: [UInt8] = []
        func integer(_ v: Int) { withUnsafeBytes(of: UInt64(v).littleEndian) { out.append(contentsOf: $0) } }
        integer(body.table.count)
        for var string in body.table {
            string.withUTF8 { utf8 in
                integer(utf8.count)
                out.append(contentsOf: utf8)
            }
        }
        return out + body.bytes
    }

    /// The value `bytes` hold, every byte used; throws on damage.
    static func decode<T: SnapshotCodable>(_ type: T.Type, _ bytes: UnsafeRawBufferPointer) throws(SnapshotReader.Damaged)
        -> T
    {
        var input = SnapshotReader(bytes)
        try input.readTable()
        let value = try T(from: &input)
        guard input.offset == bytes.count else { throw input.damaged("bytes left after the value") }
        return value
    }
}
