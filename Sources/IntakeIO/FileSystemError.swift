import Foundation
public import IntakeBundle

/// A file-system operation that failed: which call, on which path, with which errno, and
/// where in our code. The one error type of the edge layer (shaped like swift-nio's
/// `FileSystemError`); the layers above wrap it as the `cause` of their own errors.
public struct FileSystemError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure; a struct around a private enum so that codes can be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Value: Hashable, Sendable {
            case notFound, fileAlreadyExists, permissionDenied, notDirectory, isDirectory, notRegularFile, busy,
                resourceExhausted, unsupported, invalidArgument, crossDevice, symlinkLoop, io, unknown
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// ENOENT: the file or a folder on its path does not exist.
        public static let notFound = Code(.notFound)
        /// EEXIST: the name is taken.
        public static let fileAlreadyExists = Code(.fileAlreadyExists)
        /// EACCES, EPERM, EROFS.
        public static let permissionDenied = Code(.permissionDenied)
        /// ENOTDIR: a component of the path is not a folder.
        public static let notDirectory = Code(.notDirectory)
        /// EISDIR: a folder where a file was expected.
        public static let isDirectory = Code(.isDirectory)
        /// Not a regular file (a FIFO, a socket, a device), refused before reading.
        public static let notRegularFile = Code(.notRegularFile)
        /// EWOULDBLOCK, EBUSY: held by someone else (a lock).
        public static let busy = Code(.busy)
        /// ENOSPC, EDQUOT, EMFILE, ENFILE, ENOMEM.
        public static let resourceExhausted = Code(.resourceExhausted)
        /// ENOTSUP, EOPNOTSUPP, EMLINK: the file system cannot do it.
        public static let unsupported = Code(.unsupported)
        /// EINVAL, ENAMETOOLONG.
        public static let invalidArgument = Code(.invalidArgument)
        /// EXDEV: across file systems.
        public static let crossDevice = Code(.crossDevice)
        /// ELOOP: too many symbolic links.
        public static let symlinkLoop = Code(.symlinkLoop)
        /// EIO and the other I/O failures.
        public static let io = Code(.io)
        public static let unknown = Code(.unknown)

        /// The code for an errno value.
        public init(errno: Int32) {
            switch errno {
            case ENOENT: self = .notFound
            case EEXIST: self = .fileAlreadyExists
            case EACCES, EPERM, EROFS: self = .permissionDenied
            case ENOTDIR: self = .notDirectory
            case EISDIR: self = .isDirectory
            case EWOULDBLOCK, EBUSY: self = .busy
            case ENOSPC, EDQUOT, EMFILE, ENFILE, ENOMEM: self = .resourceExhausted
            case ENOTSUP, EMLINK: self = .unsupported
            case EINVAL, ENAMETOOLONG: self = .invalidArgument
            case EXDEV: self = .crossDevice
            case ELOOP: self = .symlinkLoop
            case EIO: self = .io
            default: self = .unknown
            }
        }

        public var description: String {
            switch value {
            case .notFound: "not found"
            case .fileAlreadyExists: "file already exists"
            case .permissionDenied: "permission denied"
            case .notDirectory: "not a directory"
            case .isDirectory: "is a directory"
            case .notRegularFile: "not a regular file"
            case .busy: "busy"
            case .resourceExhausted: "resource exhausted"
            case .unsupported: "unsupported"
            case .invalidArgument: "invalid argument"
            case .crossDevice: "cross-device"
            case .symlinkLoop: "symbolic link loop"
            case .io: "I/O error"
            case .unknown: "unknown"
            }
        }
    }

    /// Where in our code the error was made.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        public var function: String
        public var file: String
        public var line: Int
        public init(function: String, file: String, line: Int) {
            self.function = function
            self.file = file
            self.line = line
        }
        public var description: String { "\(function) (\(file):\(line))" }
    }

    public var code: Code
    /// What we were doing, for people ("cannot write the report"); may be empty.
    public var message: String
    /// The system call that failed (`open`, `rename`), if one did.
    public var systemCall: String?
    /// The path it was called on, in display form (``BytePath/display``).
    public var path: String?
    /// The errno the call set, if a call failed.
    public var errno: Int32?
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?
    public var location: Location

    public init(
        _ code: Code, _ message: String, systemCall: String? = nil, path: String? = nil, errno: Int32? = nil,
        cause: (any Error & Sendable)? = nil, location: Location
    ) {
        self.code = code
        self.message = message
        self.systemCall = systemCall
        self.path = path
        self.errno = errno
        self.cause = cause
        self.location = location
    }

    /// A failed system call, from its errno.
    public init(
        errno: Int32, call: String, path: BytePath?, message: String = "",
        function: String = #function, file: String = #fileID, line: Int = #line
    ) {
        self.init(
            Code(errno: errno), message, systemCall: call, path: path?.display, errno: errno,
            location: Location(function: function, file: file, line: line))
    }

    /// errno's text ("Permission denied"), else the message.
    public var reason: String {
        errno.map { String(cString: strerror($0)) } ?? message
    }

    /// `message: call(path): errno text`, the parts present.
    public var description: String {
        var parts: [String] = []
        if !message.isEmpty { parts.append(message) }
        if let systemCall {
            parts.append("\(systemCall)(\(path ?? "")): \(errno.map { String(cString: strerror($0)) } ?? "\(code)")")
        } else if let path {
            parts.append(path)
        }
        if let cause { parts.append("\(cause)") }
        return parts.isEmpty ? "\(code)" : parts.joined(separator: ": ")
    }

    public var debugDescription: String { "FileSystemError(\(code)): \(description) at \(location)" }
}
