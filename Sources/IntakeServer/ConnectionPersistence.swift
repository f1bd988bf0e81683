import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// Hummingbird's HTTP/1 channel with ``ConnectionPersistence`` put between NIO's HTTP/1
/// codec and the HTTP-types codec: the only place a request's protocol version is still
/// seen (the HTTP-types request Hummingbird hands the routes has none).
struct HookHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let http1: HTTP1Channel
    /// The time a request's head has from its first byte to its end (``HeadDeadline``).
    let headTimeout: TimeAmount
    /// Where a request the parser could not read is counted (it never reaches the routes' middleware).
    let metrics: ServerMetrics?

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let deadline = HeadDeadline(limit: headTimeout)
            try pipeline.addHandler(deadline, position: .first)
            try pipeline.addHandler(
                ConnectionPersistence(deadline: deadline, metrics: metrics),
                position: .before(pipeline.handler(type: HTTP1ToHTTPServerCodec.self)))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async { await http1.handle(value: value, logger: logger) }
}

/// Whether a connection persists after an answer, as RFC 9112 §9.3 says: an HTTP/1.0
/// request without `keep-alive`, or any with `Connection: close` (in any case), is
/// answered and the connection closed. Hummingbird ends a connection only when the
/// request's Connection header is exactly `close`, and an HTTP/1.0 client reading to the
/// end of the answer waited for the idle timeout (60 s).
final class ConnectionPersistence: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// The requests read and not answered yet, in order: whether each lets the connection
    /// persist, and whether it came as HTTP/1.0 (whose persistence the answer confirms).
    private var pending: [(keepAlive: Bool, http10: Bool)] = []
    /// The answer being written ends the connection.
    private var closing = false
    /// An answer that ends the connection has been written to its end: nothing more is.
    /// After a 413 for a declared length, the body bytes sent with the head were read as a
    /// request once the server stopped reading, and answered 400 on the closing connection.
    private var finished = false
    /// Why the parser could not read the last request, for the answer to it.
    private var parseError: HTTPParserError?
    /// Told when a head is read and when every request read is answered.
    private let deadline: HeadDeadline?
    /// Counts the answers to requests the parser could not read (501 for `FOO`, 400), which no route sees.
    private let metrics: ServerMetrics?

    init(deadline: HeadDeadline? = nil, metrics: ServerMetrics? = nil) {
        self.deadline = deadline
        self.metrics = metrics
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            if case .end = unwrapInboundIn(data) { deadline?.requestRead() }
            context.fireChannelRead(data)
            return
        }
        deadline?.headRead()
        let keepAlive = head.isKeepAlive
        pending.append((keepAlive, head.version == .http1_0))
        if !keepAlive { head.headers.replaceOrAdd(name: "Connection", value: "close") }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !finished else {
            promise?.succeed(())
            return
        }
        // An interim answer (100 Continue) belongs to the request that is still to be answered.
        guard case .head(var head) = unwrapOutboundIn(data), head.status.code >= 200 else {
            if case .end = unwrapOutboundIn(data) {
                if closing { finished = true }
                if pending.isEmpty { deadline?.allAnswered() }
            }
            context.write(data, promise: promise)
            return
        }
        guard !pending.isEmpty else {
            // No request is waiting for this answer: it is Hummingbird's to one the parser
            // could not read (a bare 400, empty): a problem document instead, as every error.
            let problem = Self.unreadable(parseError)
            let document = Array(problem.document(instance: nil).utf8)
            head.status = HTTPResponseStatus(statusCode: Int(problem.status.code))
            head.headers.replaceOrAdd(name: "Content-Type", value: Problem.mediaType)
            head.headers.replaceOrAdd(name: "Content-Length", value: String(document.count))
            head.headers.replaceOrAdd(name: "Connection", value: "close")
            closing = true
            metrics?.request(route: "unmatched", method: "unreadable", status: Int(problem.status.code), duration: .zero)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: document)))), promise: promise)
            return
        }
        let request = pending.removeFirst()
        let serverCloses = head.headers[canonicalForm: "connection"].contains { $0.lowercased() == "close" }
        if !request.keepAlive {
            head.headers.replaceOrAdd(name: "Connection", value: "close")
        } else if request.http10, !serverCloses {
            head.headers.replaceOrAdd(name: "Connection", value: "keep-alive")
        }
        closing = !request.keepAlive || serverCloses
        context.write(wrapOutboundOut(.head(head)), promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let error = error as? HTTPParserError { parseError = error }
        context.fireErrorCaught(error)
    }

    /// The problem a request the parser could not read is answered with.
    static func unreadable(_ error: HTTPParserError?) -> Problem {
        // A method the parser does not know (FOO, a lower-case get: methods are
        // case-sensitive) is one the server does not implement (RFC 9110 15.6.2: 501;
        // round 32, tester k: 400 said the request line was malformed).
        if case .invalidMethod? = error {
            return Problem(
                .notImplemented, "not-implemented", "不支持的请求方法 Method not implemented",
                "the request's method is not one this server implements: the API's are GET, HEAD and POST "
                    + "(methods are case-sensitive: GET, not get)")
        }
        let detail =
            switch error {
            case .headerOverflow: "the request's header is too large (over 80 KiB or 1000 fields)"
            // The parser gives one error for a malformed length and for a Content-Length after
            // a Transfer-Encoding, and `unknown` for a Transfer-Encoding after a Content-Length:
            // the detail names both causes rather than the wrong one (round 20).
            case .invalidContentLength:
                "the Content-Length is not one decimal number of bytes, or it comes with a Transfer-Encoding "
                    + "(a request has one or the other, RFC 9112 6.3)"
            case .unexpectedContentLength: "the Content-Length is given twice, or beside a Transfer-Encoding"
            case .invalidURL, .invalidVersion, .invalidConstant:
                "the request line is not 'METHOD /path HTTP/1.1'"
            case .invalidChunkSize: "a chunk of the body has no valid size"
            // The client closed its side in the middle of the request (round 24, tester 2:
            // the default below blamed a Transfer-Encoding beside a Content-Length).
            case .invalidEOFState:
                "the request ended early: the connection was closed before the end of its body (fewer bytes than "
                    + "its Content-Length, or a chunked body without its last, empty chunk); send it again whole"
            // The parser's own words for these ("strict mode assertion") reached a client.
            case .strictModeAssertion, .lfExpected:
                "the request breaks HTTP/1.1's framing (a line or a chunk of the body not ended by CRLF)"
            default:
                "the request cannot be read as HTTP/1.1; a Transfer-Encoding beside a Content-Length, for one, "
                    + "is refused (a request has one or the other, RFC 9112 6.3)"
            }
        return Problem.badRequest(detail)
    }
}

/// Closes a connection whose request head does not end within `limit` of its first byte, with a 408: a client sending
/// its header a line a second (slowloris) held a connection as long as it went on, each byte restarting the idle
/// timeout, and 1,500 such held as many descriptors (round 47, tester d). The upload's own limits (stall, least rate)
/// start with the body; an idle connection between requests is the idle timeout's. At the front of the pipeline, where
/// the bytes arrive; ``ConnectionPersistence``, after the parser, says when a head is read and when every request read
/// is answered (the bytes of a request sent while another is answered are not timed: the parser may not read them
/// before).
final class HeadDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let limit: TimeAmount
    private var context: ChannelHandlerContext?
    private var timer: Scheduled<Void>?
    /// A head is being received (its first byte came, its end not yet).
    private var receiving = false
    /// A request whose head was read has its body still arriving (a route that answers without reading it leaves
    /// Hummingbird draining it), or its answer still to be written to its end: the bytes that come are not a head.
    private var bodyOpen = false
    private var answerOpen = false
    private var open: Bool { bodyOpen || answerOpen }

    init(limit: TimeAmount) { self.limit = limit }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !receiving, !open {
            receiving = true
            timer = context.eventLoop.scheduleTask(in: limit) { [weak self] in self?.expire() }
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        context.fireChannelInactive()
    }

    /// The parser read a head: its deadline is met.
    func headRead() {
        receiving = false
        bodyOpen = true
        answerOpen = true
        timer?.cancel()
        timer = nil
    }

    /// The parser read a request's end (its body, if any, read or drained).
    func requestRead() { bodyOpen = false }

    /// Every request read has its answer: once its body is read too, the next byte starts a head.
    func allAnswered() { answerOpen = false }

    private func expire() {
        guard receiving, let context else { return }
        let problem = Problem(
            .requestTimeout, "header-too-slow", "请求头超时 Request header too slow",
            "the request's header did not end within \(limit.nanoseconds / 1_000_000_000) s of its first byte")
        let document = Array(problem.document(instance: nil).utf8)
        var out = context.channel.allocator.buffer(capacity: 256 + document.count)
        out.writeString(
            "HTTP/1.1 408 Request Timeout\r\nContent-Type: \(Problem.mediaType)\r\nContent-Length: \(document.count)\r\n"
                + "Connection: close\r\n\r\n")
        out.writeBytes(document)
        context.writeAndFlush(wrapOutboundOut(out)).whenComplete { _ in context.close(promise: nil) }
    }
}
