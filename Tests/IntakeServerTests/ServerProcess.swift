import AsyncHTTPClient
import Foundation
import IntakeSeedData
import NIOCore
import NIOHTTP1

/// A real `intake serve` child process on an ephemeral port, spoken to over real HTTP.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let data: URL
    let address: String
    let port: Int
    private let errorPipe = Pipe()
    private let outputPipe = Pipe()

    /// Starts `intake serve --port 0 --data DATA` with `arguments`, and waits (up to 60 s)
    /// for the line that names the address.
    init(data: URL, arguments: [String] = [], environment: [String: String] = [:]) throws {
        self.data = data
        process.executableURL = try intakeExecutable()
        process.arguments = ["serve", "--port", "0", "--data", data.path] + arguments
        process.currentDirectoryURL = repositoryRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        // The first line on standard output: "intake serve: listening on http://127.0.0.1:PORT".
        var line = [UInt8]()
        let handle = outputPipe.fileHandleForReading
        while true {
            let byte = handle.readData(ofLength: 1)
            guard let b = byte.first else {
                let err = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw ServerFailure(description: "intake serve exited before listening: \(err)")
            }
            if b == 10 { break }
            line.append(b)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://") else { throw ServerFailure(description: "unexpected first line: \(text)") }
        address = String(text[range.lowerBound...])
        port = Int(address.split(separator: ":").last ?? "") ?? 0
    }

    struct ServerFailure: Error, CustomStringConvertible { var description: String }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    /// Waits for the process to exit (up to `seconds`) and returns its status and stderr.
    func waitForExit(seconds: Double = 30) -> (status: Int32?, error: String) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else { return (nil, "") }
        let err = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, err)
    }

    func stop() {
        if process.isRunning {
            signal(SIGTERM)
            if waitForExit(seconds: 20).status == nil { signal(SIGKILL) }
        }
    }

    deinit { stop() }

    // MARK: HTTP through AsyncHTTPClient

    struct Answer {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
        func header(_ name: String) -> String? { headers.first(name: name) }
    }

    func request(
        _ method: HTTPMethod, _ path: String, body: [UInt8]? = nil, headers: [(String, String)] = []
    ) async throws -> Answer {
        var request = HTTPClientRequest(url: address + path)
        request.method = method
        for (k, v) in headers { request.headers.add(name: k, value: v) }
        if let body {
            request.body = .bytes(ByteBuffer(bytes: body))
            if !headers.contains(where: { $0.0.lowercased() == "content-type" }) {
                request.headers.add(name: "Content-Type", value: "application/zip")
            }
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let collected = try await response.body.collect(upTo: 64 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers, body: Array(buffer: collected))
    }

    /// A GET timed by a thread of its own over a raw connection: how long the server took to
    /// answer, as a client outside this process sees it. Timing an `await` measures this
    /// process too: the suites run side by side, and a resumed task waits for a free thread
    /// of the test process (a matter's page "took" 7.9 s in CI while the server answered it
    /// in milliseconds).
    /// The status is nil when no answer came (or no connection was made).
    func timedGet(_ path: String, seconds: Double = 30) async -> (status: Int?, took: Duration) {
        let port = port
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                guard let connection = try? RawConnection(port: port) else {
                    return continuation.resume(returning: (nil, .zero))
                }
                let started = ContinuousClock.now
                connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                let answer = connection.receive(seconds: seconds)
                let took = ContinuousClock.now - started
                let line = String(decoding: answer.prefix(while: { $0 != 13 }), as: UTF8.self)
                let status = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
                continuation.resume(returning: (status, took))
            }
            thread.start()
        }
    }

    func post(_ bundle: [UInt8], name: String? = nil, headers: [(String, String)] = []) async throws -> Answer {
        // As a form encodes it: `+`, `&` and `=` escaped (`+` is read as a space).
        let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "+&="))
        let query = name.map { "?name=" + ($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0) } ?? ""
        return try await request(.POST, "/v1/checks" + query, body: bundle, headers: headers)
    }
}

/// A raw TCP connection to the server, for what an HTTP client library hides: a body
/// that stalls, a declared length never sent, the moment the answer arrives.
final class RawConnection {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw ServerProcess.ServerFailure(description: "connect failed: \(errno)") }
    }

    deinit { close(fd) }

    /// Sends bytes; false when the server has closed the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Closes the sending side (a client that stops in the middle of its request).
    func finishSending() { shutdown(fd, Int32(SHUT_WR)) }

    /// Reads until the server closes or `seconds` pass; what arrived.
    func receive(seconds: Double) -> [UInt8] {
        read(seconds: seconds) { out in
            // Stop after one complete answer head and its declared body.
            guard let text = String(bytes: out, encoding: .utf8), let end = text.range(of: "\r\n\r\n") else { return false }
            let head = text[..<end.lowerBound].lowercased()
            guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
            else { return false }
            return text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length
        }.bytes
    }

    /// Reads everything until the server closes the connection or `seconds` pass: what
    /// arrived, and whether the server closed it.
    func receiveUntilClosed(seconds: Double) -> (bytes: [UInt8], closed: Bool) {
        read(seconds: seconds) { _ in false }
    }

    /// Reads until the server closes, `seconds` pass or `enough` says so of what arrived.
    private func read(seconds: Double, until enough: ([UInt8]) -> Bool) -> (bytes: [UInt8], closed: Bool) {
        var out: [UInt8] = []
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ms = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
            guard poll(&pfd, 1, ms) > 0 else { break }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return (out, true) }
            out += buffer[0..<n]
            if enough(out) { break }
        }
        return (out, false)
    }
}
