import Foundation
import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers `Expect: 100-continue` (curl sends it for bodies over 1 MB and otherwise waits
/// a second before sending): `100 Continue` at once for an upload the server will take —
/// POST /v1/checks, a zip content type without a content coding, an accepted token, a
/// declared length within the cap, a query it takes — and nothing otherwise (the route then
/// answers 400, 401, 413 or 415 without the body).
final class ExpectContinueHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private let maxBody: Int64
    private let tokens: TokenDigests?
    private static let expect = HTTPField.Name("Expect")!

    init(maxBody: Int64, tokens: TokenDigests?) {
        self.maxBody = maxBody
        self.tokens = tokens
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data),
            let expectation = head.headerFields[Self.expect], expectation.lowercased() == "100-continue"
        else {
            context.fireChannelRead(data)
            return
        }
        head.headerFields[Self.expect] = nil
        let declared = head.headerFields[.contentLength].flatMap { Int64($0) }
        let type = head.headerFields[.contentType].map(Routes.mediaTypeOf)
        let parts = head.path.map { $0.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false) }
        let path = parts?.first.map(String.init)
        let query = parts.flatMap { $0.count > 1 ? String($0[1]) : nil }
        let wanted =
            head.method == .post && path == "/v1/checks" && type.map { Routes.zipTypes.contains($0) } == true
            && Routes.uploadQueryIsTaken(query)
            && (tokens?.accepts(authorization: head.headerFields[.authorization]) ?? true)
            && (declared.map { $0 <= maxBody } ?? true)
            && Routes.contentCoding(head.headerFields[values: .contentEncoding]) == nil
        if wanted {
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
        }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
