// An HTTP/1.1 GET client on Boost.Beast for the poller: one HttpConnection per source, kept
// open between polls (keep-alive), with a connect timeout, a total timeout and a cap on the
// response size, so that a slow, endless or hostile server costs a bounded time and memory.
// https goes through Boost.Asio SSL (OpenSSL) with certificate and host-name verification.
// Runs on the poller's io_context thread; the completion handler is called there.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace boost::asio {
class io_context;
}

struct HttpTarget
{
    QString host;
    quint16 port = 80;
    QByteArray target = "/"; // path and query, percent-encoded
    bool tls = false;

    // Accepts http:// and https:// addresses; anything else is an error.
    static std::optional<HttpTarget> parse(const QString &url, QString *error);
    // The Host header's value: "host", "host:port", "[::1]:port".
    QByteArray hostHeader() const;
};

// The addresses a host name stands for (as text, e.g. "127.0.0.1", "::1"), or why there are
// none. A Resolver may block as long as it likes: it runs on a thread of its own.
struct Resolution
{
    QStringList addresses;
    QString error;
};
using Resolver = std::function<Resolution(const QString &host, quint16 port)>;

// The bytes that the responses in flight on all connections sharing it may hold together, so
// that many slow large answers at once cannot grow the process without bound (each is also
// capped by maxBodyBytes). Thread-safe; a poller's connections share one.
class ResponseBudget
{
public:
    explicit ResponseBudget(qint64 limitBytes)
        : m_limit(limitBytes)
    { }
    // False, reserving nothing, when the bytes do not fit.
    bool reserve(qint64 bytes);
    void release(qint64 bytes);
    qint64 limitBytes() const { return m_limit; }
    qint64 inUseBytes() const { return m_inUse; }
    qint64 peakBytes() const { return m_peak; } // the most ever in use at once, for tests

private:
    const qint64 m_limit;
    std::atomic<qint64> m_inUse { 0 };
    std::atomic<qint64> m_peak { 0 };
};

struct HttpOptions
{
    int connectTimeoutMs = 3'000;
    int totalTimeoutMs = 10'000;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    QByteArray authorization; // full header value, e.g. "Bearer …"; never logged
    // https: certificates are verified against the system's CAs plus this PEM file, and
    // the certificate must name the host. There is no switch to turn verification off.
    QString extraCaFile;
    // How host names are looked up; empty: the system's resolver (getaddrinfo). Tests put a
    // look-up that never returns here. IP literals are never looked up.
    Resolver resolver;
    // Shared with the other connections; none: only maxBodyBytes bounds a response.
    std::shared_ptr<ResponseBudget> budget;
};

// A conditional request's validators (RFC 9110 13.1): a server answers 304 Not Modified, with
// no body, when the resource still has this entity tag or has not changed since that date.
struct HttpConditions
{
    QByteArray ifNoneMatch; // the ETag of the version held, as the server sent it
    QByteArray ifModifiedSince; // its Last-Modified, as the server sent it
};

struct HttpResult
{
    int status = 0; // 0 when no response arrived
    QByteArray body;
    QByteArray contentType;
    QByteArray etag; // the validators of the answer, for the next conditional request
    QByteArray lastModified;
    QByteArray location; // of a redirect (3xx), as sent: maybe relative
    QString error; // empty on a complete response (whatever its status)
    qint64 latencyMs = 0;
    bool reusedConnection = false;
};

class HttpConnection : public std::enable_shared_from_this<HttpConnection>
{
public:
    using Done = std::function<void(HttpResult)>;

    static std::shared_ptr<HttpConnection> create(boost::asio::io_context &io);
    ~HttpConnection();

    // One request at a time per connection.
    void get(const HttpTarget &target, const HttpOptions &options, Done done);
    void get(const HttpTarget &target, const HttpOptions &options, const HttpConditions &conditions,
        Done done);
    void close();

    struct Impl;

private:
    explicit HttpConnection(boost::asio::io_context &io);
    std::unique_ptr<Impl> m_impl;
};
