import Foundation
public import HTTPTypes
public import Hummingbird
import IntakeLedger
import IntakeRendering

/// An error answered as RFC 9457 `application/problem+json`: a stable `type` a client can
/// switch on, a title, the status and the detail. Every error the server answers is one
/// of these; nothing else (no stack trace, no library message) reaches the client.
public struct Problem: Error, Sendable {
    public var status: HTTPResponse.Status
    /// The last part of the type URI (`urn:intake:problem:<kind>`).
    public var kind: String
    public var title: String
    public var detail: String
    /// Extra headers (Retry-After, WWW-Authenticate).
    public var headers: HTTPFields = [:]
    /// Close the connection after the answer (the rest of the request is not wanted).
    public var closeConnection = false
    /// The report files of a decided bundle that are gone (an extension member, RFC 9457 3.2).
    public var missingReports: [String]?
    /// The report files of a decided bundle that are not as written or disagree with the
    /// ledger (an extension member).
    public var changedReports: [String]?

    public init(_ status: HTTPResponse.Status, _ kind: String, _ title: String, _ detail: String) {
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
    }

    public static let mediaType = "application/problem+json"

    /// The problem as a response; `instance` is the request's path.
    public func response(instance: String) -> Response {
        var headers = self.headers
        headers[.contentType] = Self.mediaType
        if closeConnection { headers[.connection] = "close" }
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: document(instance: instance))))
    }

    /// The problem document; `instance` is the request's path (nil: a request whose path
    /// could not be read).
    func document(instance: String?) -> String {
        let w = JSONWriter()
        w.object {
            w.field("type", "urn:intake:problem:\(kind)")
            w.field("title", title)
            w.field("status", Int64(status.code))
            w.field("detail", detail)
            if let instance { w.field("instance", instance) }
            if let missingReports {
                w.key("missingReports")
                w.array(missingReports) { w.value($0) }
            }
            if let changedReports {
                w.key("changedReports")
                w.array(changedReports) { w.value($0) }
            }
        }
        return w.out + "\n"
    }

    // The problems the server answers.

    static func unauthorized(_ detail: String) -> Problem {
        var p = Problem(.unauthorized, "unauthorized", "认证失败 Unauthorized", detail)
        p.headers[.wwwAuthenticate] = "Bearer realm=\"intake\""
        return p
    }

    static func tooLarge(limit: Int64, declared: Int64?) -> Problem {
        var p = Problem(
            .contentTooLarge, "body-too-large", "申请包过大 Bundle too large",
            declared.map { "the declared body of \($0) bytes is over the limit of \(limit) bytes" }
                ?? "the body passed the limit of \(limit) bytes")
        p.closeConnection = true
        return p
    }

    static func unsupportedMediaType(_ got: String?) -> Problem {
        Problem(
            .unsupportedMediaType, "unsupported-media-type", "不支持的内容类型 Unsupported media type",
            "the body must be a zip bundle (Content-Type: application/zip), not \(got.map { "'\($0)'" } ?? "a body without a Content-Type")"
        )
    }

    /// An upload cut before its end (the rest of it is not read: the connection closes).
    static func cut(_ status: HTTPResponse.Status, _ kind: String, _ title: String, _ detail: String) -> Problem {
        var p = Problem(status, kind, title, detail)
        p.closeConnection = true
        return p
    }

    static func stalled(after: Duration, received: Int64) -> Problem {
        cut(
            .requestTimeout, "upload-stalled", "上传超时 Upload stalled",
            "nothing was received for \(after.components.seconds) s in the middle of the upload (after \(received) bytes)")
    }

    static func tooSlow(rate: Int64, received: Int64) -> Problem {
        cut(
            .requestTimeout, "upload-too-slow", "上传过慢 Upload too slow",
            "the upload averaged less than \(rate) bytes a second (after \(received) bytes)")
    }

    static func stopping(received: Int64) -> Problem {
        var p = cut(
            .serviceUnavailable, "stopping", "服务正在停止 Server stopping",
            "the server is stopping and cut the upload (after \(received) bytes); send it again")
        p.headers[.retryAfter] = "5"
        return p
    }

    static func busy(retryAfter: Int) -> Problem {
        var p = Problem(
            .serviceUnavailable, "busy", "服务繁忙 Busy",
            "every worker is deciding and the queue of waiting checks is full; try again shortly")
        p.headers[.retryAfter] = String(retryAfter)
        return p
    }

    /// A bundle decided whose report files were removed from the data folder afterwards.
    /// 410 Gone, not 500 or 404: the decision stands and is not made again (the report may
    /// be sealed, or in the applicant's hands), so retrying or uploading again cannot bring
    /// the files back; a backend takes a 4xx as final and does not retry, and 404 would say
    /// nothing was decided. The verdict comes in the headers, as with a report.
    static func reportRemoved(_ d: DecidedBundle, missing: [String]) -> Problem {
        var p = Problem(
            .gone, "report-removed", "报告文件已被移除 Report removed",
            "the bundle \(d.sha256) was decided (\(d.verdict)) but report files of it were removed from the data folder "
                + "afterwards: \(missing.joined(separator: ", ")); it is not decided again (`intake audit verify` names the "
                + "removal)")
        p.missingReports = missing
        p.headers[HTTPField.Name("Intake-Verdict")!] = d.verdict
        p.headers[HTTPField.Name("Intake-Catalog-Version")!] = d.catalogVersion
        p.headers[HTTPField.Name("Intake-Bundle-SHA256")!] = d.sha256
        return p
    }

    /// A decided bundle whose stored report is not the one written, or says another verdict
    /// than the ledger: 410 as a removed one (answering again cannot bring the decision's
    /// report back), without a verdict header: which of the two was edited, the report or
    /// the ledger, is for `intake audit verify` against the seals to say, not the server.
    static func reportChanged(_ d: DecidedBundle, _ disagreements: [(file: String, why: String)]) -> Problem {
        var p = Problem(
            .gone, "report-changed", "报告文件已被改动 Report changed",
            "the bundle \(d.sha256) was decided but its stored report is not the one written then, or not what the ledger "
                + "records: \(disagreements.map { "\($0.file) (\($0.why))" }.joined(separator: "; ")); it is not handed out and "
                + "not decided again (`intake audit verify` names the change)")
        var files: [String] = []
        for d in disagreements where !files.contains(d.file) { files.append(d.file) }
        p.changedReports = files
        p.headers[HTTPField.Name("Intake-Bundle-SHA256")!] = d.sha256
        return p
    }

    static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, "not-found", "未找到 Not found", detail)
    }

    static func badRequest(_ detail: String) -> Problem {
        Problem(.badRequest, "bad-request", "请求有误 Bad request", detail)
    }

    static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, "forbidden", "禁止访问 Forbidden", detail)
    }

    static func internalError(_ detail: String) -> Problem {
        Problem(.internalServerError, "internal", "服务器内部错误 Internal error", detail)
    }

    /// The problem for an error Hummingbird itself raised (no route, wrong method, …).
    static func from(_ error: any HTTPResponseError) -> Problem {
        let status = error.status
        switch status {
        case .notFound: return .notFound("no such resource")
        case .methodNotAllowed:
            return Problem(.methodNotAllowed, "method-not-allowed", "方法不允许 Method not allowed", "this method is not allowed here")
        case .contentTooLarge: return Problem(status, "body-too-large", "请求过大 Body too large", "the body is too large")
        default:
            return Problem(status, "http-\(status.code)", status.reasonPhrase, status.reasonPhrase)
        }
    }
}
