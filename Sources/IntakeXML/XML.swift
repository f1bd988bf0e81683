import CIntakeXML
import Foundation

/// One message libxml2 gave while parsing, validating or evaluating.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Level: Int, Sendable {
        case warning = 1
        case error = 2
        case fatal = 3
    }
    public var line: Int
    public var level: Level
    public var message: String

    public init(line: Int, level: Level, message: String) {
        self.line = line
        self.level = level
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// An element of a parsed document as a plain Swift value (the whole tree is copied out
/// of libxml2 once, so nothing outside this file holds a libxml2 pointer).
public struct XMLElement: Sendable, Hashable {
    public var name: String
    public var namespace: String?
    public var line: Int
    /// Attributes without a namespace, by local name.
    public var attributes: [String: String]
    public var children: [XMLElement]
    /// The element's own text nodes, concatenated (children's text not included).
    public var text: String

    public init(
        name: String, namespace: String? = nil, line: Int = 0, attributes: [String: String] = [:],
        children: [XMLElement] = [], text: String = ""
    ) {
        self.name = name
        self.namespace = namespace
        self.line = line
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// Child elements with this local name.
    public func children(named name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child element with this local name.
    public func child(named name: String) -> XMLElement? { children.first { $0.name == name } }

    /// The text with surrounding white space removed (ASCII white space and the
    /// ideographic space; on scalars, without Foundation's bridging, which made it a
    /// tenth of a catalog load).
    public var trimmedText: String {
        let scalars = text.unicodeScalars
        func space(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{3000}" || c == "\u{A0}" || c == "\u{0B}"
                || c == "\u{0C}"
        }
        guard let first = scalars.firstIndex(where: { !space($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !space($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}

/// Why a document could not be turned into a tree.
public enum XMLParseFailure: Error, Sendable, Equatable {
    /// Not well-formed; the diagnostics say where.
    case malformed([XMLDiagnostic])
    /// The document carries a DOCTYPE or entity declarations, which are refused.
    case doctype
}

enum LibXML {
    /// `xmlInitParser` once per process, before any other call.
    static let initialized: Bool = {
        intake_xml_init()
        return true
    }()
}

/// Collects diagnostics from C callbacks; passed to C as an unretained context pointer
/// that lives for the duration of the call.
final class DiagnosticSink {
    var diagnostics: [XMLDiagnostic] = []
    /// At most this many are kept: a hostile document cannot grow memory through errors.
    let limit = XMLDocument.maxValidationMessages

    static let callback: intake_xml_diag_fn = { ctx, line, level, message in
        guard let ctx, let message else { return }
        let sink = Unmanaged<DiagnosticSink>.fromOpaque(ctx).takeUnretainedValue()
        guard sink.diagnostics.count < sink.limit else { return }
        sink.diagnostics.append(
            XMLDiagnostic(
                line: Int(line), level: XMLDiagnostic.Level(rawValue: Int(level)) ?? .error,
                message: String(cString: message)))
    }

    func withContext<R>(_ body: (UnsafeMutableRawPointer) -> R) -> R {
        // Safe: `self` outlives the call, and C keeps no copy of the pointer after it.
        withExtendedLifetime(self) { body(Unmanaged.passUnretained(self).toOpaque()) }
    }
}

/// A parsed XML document. Not Sendable: a libxml2 document belongs to one thread.
public final class XMLDocument {
    let handle: OpaquePointer

    /// Parses bytes with network access, DTD loading and entity substitution off, and
    /// refuses any DOCTYPE.
    public init(bytes: some ContiguousBytes, url: String = "document.xml") throws(XMLParseFailure) {
        _ = LibXML.initialized
        let sink = DiagnosticSink()
        var hasDTD: Int32 = 0
        let parsed: OpaquePointer? = bytes.withUnsafeBytes { raw in
            sink.withContext { ctx in
                intake_xml_parse(
                    raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count, url, &hasDTD,
                    DiagnosticSink.callback, ctx)
            }
        }
        guard let parsed else {
            throw .malformed(
                sink.diagnostics.isEmpty
                    ? [XMLDiagnostic(line: 0, level: .fatal, message: "not well-formed XML")]
                    : sink.diagnostics)
        }
        if hasDTD != 0 {
            intake_xml_doc_free(parsed)
            throw .doctype
        }
        handle = parsed
    }

    deinit { intake_xml_doc_free(handle) }

    /// Sets, in place, the child `element` whose attribute `key` is `value` under the
    /// root's child `parent` (all in `namespace`): existing ones are removed, one with
    /// `text` appended. False when the root has no such child.
    @discardableResult
    public func setKeyedChild(
        namespace: String, parent: String, element: String, key: String, value: String, text: String
    ) -> Bool {
        intake_xml_set_keyed_child(handle, namespace, parent, element, key, value, text) == 0
    }

    /// Removes in place every `element` child whose attribute `key` is `value` from the
    /// root's child `parent` (all in `namespace`). False when the root has no such child.
    @discardableResult
    public func removeKeyedChildren(namespace: String, parent: String, element: String, key: String, value: String)
        -> Bool
    {
        intake_xml_set_keyed_child(handle, namespace, parent, element, key, value, nil) == 0
    }

    /// Removes in place every child `element` (in `namespace`) of the root. False without a root.
    @discardableResult
    public func removeRootChildren(namespace: String, element: String) -> Bool {
        intake_xml_remove_root_children(handle, namespace, element) == 0
    }

    /// The root element and everything below it, as values.
    public func root() -> XMLElement {
        let builder = TreeBuilder()
        var walker = intake_xml_walker(
            start: { ctx, name, ns, line in
                TreeBuilder.from(ctx).start(
                    name: String(cString: name!), ns: ns.map { String(cString: $0) }, line: Int(line))
            },
            attribute: { ctx, name, ns, value in
                guard ns == nil else { return }  // xml:lang and the like are not read
                TreeBuilder.from(ctx).attribute(name: String(cString: name!), value: String(cString: value!))
            },
            text: { ctx, text in TreeBuilder.from(ctx).text(String(cString: text!)) },
            end: { ctx in TreeBuilder.from(ctx).end() })
        withExtendedLifetime(builder) {
            // Safe: the builder outlives the walk and C keeps no copy of the pointer.
            intake_xml_walk(handle, &walker, Unmanaged.passUnretained(builder).toOpaque())
        }
        return builder.result ?? XMLElement(name: "")
    }

    /// Validates against a compiled schema; empty when valid.
    /// The most messages a validation or a parse reports (``validate(against:)`` stops there).
    public static let maxValidationMessages = 50

    public func validate(against schema: XMLSchema) -> [XMLDiagnostic] {
        let sink = DiagnosticSink()
        let rc = sink.withContext { intake_xml_validate(schema.handle, handle, DiagnosticSink.callback, $0) }
        if rc == 0 { return [] }
        return sink.diagnostics.isEmpty
            ? [XMLDiagnostic(line: 0, level: .error, message: "not valid (validator code \(rc))")]
            : sink.diagnostics
    }
}

private final class TreeBuilder {
    var stack: [XMLElement] = []
    var result: XMLElement?

    static func from(_ ctx: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(ctx!).takeUnretainedValue()
    }

    func start(name: String, ns: String?, line: Int) {
        stack.append(XMLElement(name: name, namespace: ns, line: line))
    }

    func attribute(name: String, value: String) {
        stack[stack.count - 1].attributes[name] = value
    }

    func text(_ text: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += text
    }

    func end() {
        let done = stack.removeLast()
        if stack.isEmpty {
            result = done
        } else {
            stack[stack.count - 1].children.append(done)
        }
    }
}

/// A compiled XSD. Immutable once compiled; libxml2 allows several threads to validate
/// with it at once, each through its own validation context (made per call).
public final class XMLSchema: @unchecked Sendable {
    let handle: OpaquePointer

    public init(contentsOf url: URL) throws(XMLSchemaFailure) {
        _ = LibXML.initialized
        let sink = DiagnosticSink()
        guard
            let compiled = sink.withContext({
                intake_xml_schema_load(url.path, DiagnosticSink.callback, $0)
            })
        else {
            throw XMLSchemaFailure(path: url.path, diagnostics: sink.diagnostics)
        }
        handle = compiled
    }

    /// Compiles a schema from its bytes (`url` names it in messages): what was hashed is
    /// what is compiled. For a schema that includes or imports no other file.
    public init(bytes: [UInt8], url: URL) throws(XMLSchemaFailure) {
        _ = LibXML.initialized
        let sink = DiagnosticSink()
        guard bytes.count < Int(Int32.max),
            let compiled = sink.withContext({ context in
                bytes.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        intake_xml_schema_load_memory($0.baseAddress, Int32($0.count), DiagnosticSink.callback, context)
                    }
                }
            })
        else {
            throw XMLSchemaFailure(path: url.path, diagnostics: sink.diagnostics)
        }
        handle = compiled
    }

    deinit { intake_xml_schema_free(handle) }
}

/// A schema file that could not be read or compiled.
public struct XMLSchemaFailure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var diagnostics: [XMLDiagnostic]
    public var description: String {
        "cannot load schema \(path): " + diagnostics.map(\.description).joined(separator: "; ")
    }
}

/// The days x:period-end counts as days off or worked, as YYYYMMDD numbers in ascending
/// order: `off` the days off the calendar's notices give, `on` the weekend days worked.
public struct XPathCalendar: Sendable, Hashable {
    public var off: [Int32]
    public var on: [Int32]
    /// The years a State Council notice confirms: a day of another year may be a day off or not.
    public var confirmedYears: [Int32]
    public init(off: [Int32], on: [Int32], confirmedYears: [Int32] = []) {
        self.off = off.sorted()
        self.on = on.sorted()
        self.confirmedYears = confirmedYears.sorted()
    }
}

/// XPath 1.0 over one document, with prefixes bound and intake's extension functions
/// (x:submitted(), x:years-since(date), x:date-number(date), x:last-day(number),
/// x:period-end(number)). Not Sendable.
public final class XPathEvaluator {
    let handle: OpaquePointer
    let document: XMLDocument?

    /// - Parameters:
    ///   - document: the document (nil: compile-only checks).
    ///   - submitted: the date x:submitted() returns, 'YYYY-MM-DD'.
    ///   - namespaces: prefix -> URI.
    ///   - calendar: the working days x:period-end counts with (nil: Monday to Friday).
    public init(
        document: XMLDocument?, submitted: String?, namespaces: [String: String], calendar: XPathCalendar? = nil
    ) {
        _ = LibXML.initialized
        self.document = document
        handle = intake_xpath_new(document?.handle, submitted)!
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            _ = intake_xpath_register_ns(handle, prefix, uri)
        }
        if let calendar {
            calendar.off.withUnsafeBufferPointer { off in
                calendar.on.withUnsafeBufferPointer { on in
                    calendar.confirmedYears.withUnsafeBufferPointer { years in
                        _ = intake_xpath_set_calendar(
                            handle, off.baseAddress, Int32(off.count), on.baseAddress, Int32(on.count),
                            years.baseAddress, Int32(years.count))
                    }
                }
            }
        }
    }

    /// Whether an x:period-end since the last call counted over a day of a year the calendar's notices do not confirm
    /// (whether that day is off is not known); cleared by the call.
    public func takeUnconfirmedCalendar() -> Bool { intake_xpath_take_unconfirmed(handle) != 0 }

    deinit { intake_xpath_free(handle) }

    /// The expression's boolean value, or the diagnostics when it cannot be evaluated.
    public func boolean(_ expression: String) -> Result<Bool, XPathFailure> {
        let sink = DiagnosticSink()
        var value: Int32 = 0
        let rc = sink.withContext {
            intake_xpath_boolean(handle, expression, &value, DiagnosticSink.callback, $0)
        }
        if rc != 0 { return .failure(XPathFailure(expression: expression, diagnostics: sink.diagnostics)) }
        return .success(value != 0)
    }

    /// Compiles without evaluating: nil when it compiles.
    public func check(_ expression: String) -> XPathFailure? {
        let sink = DiagnosticSink()
        let rc = sink.withContext { intake_xpath_check(handle, expression, DiagnosticSink.callback, $0) }
        return rc == 0 ? nil : XPathFailure(expression: expression, diagnostics: sink.diagnostics)
    }
}

/// An XPath expression that did not compile or evaluate.
public struct XPathFailure: Error, Sendable, CustomStringConvertible {
    public var expression: String
    public var diagnostics: [XMLDiagnostic]
    public var description: String {
        let why = diagnostics.map(\.message).joined(separator: "; ")
        return "XPath \(expression): \(why.isEmpty ? "cannot be evaluated" : why)"
    }
}
