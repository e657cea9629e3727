// The site simulator's HTTP server (Boost.Beast on one io_context thread, loopback by
// default). Serves, from a SimulatedFleet at the current time:
//   GET /status.json                          the site status JSON feed
//   GET /sites/<id>/nodes/<n>/metrics         a DCGM-exporter-like scrape of one node
//   GET /api/v1/query?query=sum by (site) (M) a Prometheus HTTP API subset: sum|count by (site)
//                                              over series or over distinct UUIDs, at `time`
//                                              if given (SimulatedFleet::promQueryResponse)
//   GET /tables/data_center_timelines.csv      the public table given to setPublicTable (404
//                                              without one), with ETag and Last-Modified; 304
//                                              to a matching If-None-Match/If-Modified-Since
//   GET /tables/latest                         302 to the table (a relative Location)
//   GET /tables/loop                           302 to itself, for ever
//   GET /tables/elsewhere?to=URL               302 to URL (another server, for tests)
//   GET /fault/<mode>/...                      misbehaviour for tests: slow, endless, truncated,
//                                              wrong-length, http500, garbage, reset,
//                                              hang-after-headers, gigabyte (announces 1 GiB),
//                                              invalid-utf8, echo-authorization (401 whose
//                                              Prometheus error echoes the Authorization),
//                                              close-after-response (answers
//                                              /fault/close-after-response/<path> like <path>
//                                              saying keep-alive, then closes), and
//                                              once-oversized-then-good (the first request on
//                                              each path and query gets a 64 MiB announcement,
//                                              or with bad=length too long a body, with
//                                              bad=header a broken header; later ones the
//                                              regular answer), alternate-oversized (the
//                                              same, every other request from the first),
//                                              echo-host (the Host header)
// Owned by whoever starts it (the --demo session, stargate-sitesim, tests); stop() or the
// destructor joins the thread.
#pragma once

#include "sim/simulatedfleet.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class SimulatorServer
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit SimulatorServer(SimulatedFleet fleet, Clock clock = {});
    ~SimulatorServer();
    SimulatorServer(const SimulatorServer &) = delete;
    SimulatorServer &operator=(const SimulatorServer &) = delete;

    // Listens on address:port (port 0: an ephemeral port) and serves on its own thread.
    // Returns an empty string on success, else why not.
    QString start(const QString &address = QStringLiteral("127.0.0.1"), quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    quint64 requestsServed() const { return m_requests.load(); }
    const SimulatedFleet &fleet() const { return m_fleet; }
    // The table it serves from now on, as a new version (new ETag and Last-Modified).
    // Thread-safe. The demo serves none: an analyst's figures are never simulated.
    void setPublicTable(const QByteArray &csv);
    struct TableVersion
    {
        QByteArray csv;
        QByteArray etag;
        QByteArray lastModified;
    };
    TableVersion publicTable() const;
    quint64 tableDownloads() const { return m_tableDownloads.load(); } // 200 answers
    quint64 tableNotModified() const { return m_tableNotModified.load(); } // 304 answers
    void countTableAnswer(bool modified) { ++(modified ? m_tableDownloads : m_tableNotModified); }
    // The Authorization header of the newest table request (empty: none was sent).
    void recordTableAuthorization(const QByteArray &authorization);
    QByteArray lastTableAuthorization() const;

    struct Impl;

private:
    SimulatedFleet m_fleet;
    Clock m_clock;
    QString m_address;
    quint16 m_port = 0;
    std::atomic<quint64> m_requests { 0 };
    std::atomic<quint64> m_tableDownloads { 0 };
    std::atomic<quint64> m_tableNotModified { 0 };
    mutable std::mutex m_tableMutex;
    TableVersion m_table;
    QByteArray m_tableAuthorization;
    int m_tableVersion = 0;
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
};
