import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers `Expect: 100-continue` (curl sends it for bodies over 1 MB and otherwise waits
/// a second before sending): `100 Continue` at once when the declared length is within
/// the cap, nothing when it is over (the route then answers 413 without the body).
final class ExpectContinueHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private let maxBody: Int64
    private static let expect = HTTPField.Name("Expect")!

    init(maxBody: Int64) { self.maxBody = maxBody }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data),
            let expectation = head.headerFields[Self.expect], expectation.lowercased() == "100-continue"
        else {
            context.fireChannelRead(data)
            return
        }
        head.headerFields[Self.expect] = nil
        let declared = head.headerFields[.contentLength].flatMap { Int64($0) }
        if declared.map({ $0 <= maxBody }) ?? true {
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
        }
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
