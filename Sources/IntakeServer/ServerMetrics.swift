import Prometheus
import Synchronization

/// The server's Prometheus metrics (GET /metrics, text exposition format).
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let checksInFlight: Gauge
    let checksQueued: Gauge
    let uploadsInFlight: Gauge
    private let currentCatalog = Mutex<Gauge?>(nil)

    static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50),
        .milliseconds(100), .milliseconds(200), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
        .seconds(30),
    ]

    init() {
        checksInFlight = registry.makeGauge(
            descriptor: .init(
                namespace: "intake", metricName: "checks_in_flight", unitName: "", helpText: "Checks being decided now"))
        checksQueued = registry.makeGauge(
            descriptor: .init(
                namespace: "intake", metricName: "checks_queued", unitName: "",
                helpText: "Checks waiting for a worker (the bounded queue)"))
        uploadsInFlight = registry.makeGauge(
            descriptor: .init(
                namespace: "intake", metricName: "uploads_in_flight", unitName: "", helpText: "Bundles being received now"))
    }

    /// One answered request: counted by route, method and status; its duration recorded.
    func request(route: String, method: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: .init(
                namespace: "intake", subsystem: "http", metricName: "requests", unitName: "total",
                helpText: "HTTP requests by route, method and status"),
            labels: [("route", route), ("method", method), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: .init(
                namespace: "intake", subsystem: "http", metricName: "request_duration", unitName: "seconds",
                helpText: "HTTP request latency by route"),
            labels: [("route", route)], buckets: Self.latencyBuckets
        ).record(duration)
    }

    /// One decision answered: `source` is `new` (decided now) or `ledger` (a repeated upload).
    func decision(verdict: String, source: String) {
        registry.makeCounter(
            descriptor: .init(
                namespace: "intake", metricName: "decisions", unitName: "total",
                helpText: "Decisions answered by verdict, new or from the ledger"),
            labels: [("verdict", verdict), ("source", source)]
        ).increment()
    }

    func reload(result: String) {
        registry.makeCounter(
            descriptor: .init(
                namespace: "intake", metricName: "catalog_reloads", unitName: "total",
                helpText: "Catalog reloads (SIGHUP) by result"),
            labels: [("result", result)]
        ).increment()
    }

    /// `intake_catalog_info{version="…"} 1` for the catalog deciding now (the one before, if
    /// any, is removed).
    func catalog(version: String) {
        let gauge = registry.makeGauge(
            descriptor: .init(
                namespace: "intake", metricName: "catalog_info", unitName: "", helpText: "The catalog version deciding now"),
            labels: [("version", version)])
        gauge.set(1.0)
        let previous = currentCatalog.withLock { current in
            defer { current = gauge }
            return current
        }
        if let previous, previous !== gauge { registry.unregisterGauge(previous) }
    }

    var text: [UInt8] { registry.emitToBuffer() }
}
