#include "feed/httpclient.h"

#include <QElapsedTimer>
#include <QUrl>
#include <algorithm>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <mutex>
#include <thread>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

std::optional<HttpTarget> HttpTarget::parse(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        *error = QStringLiteral("not a valid address: %1").arg(url);
        return std::nullopt;
    }
    HttpTarget target;
    if (parsed.scheme() == QLatin1String("http")) {
        target.port = quint16(parsed.port(80));
    } else if (parsed.scheme() == QLatin1String("https")) {
        target.port = quint16(parsed.port(443));
        target.tls = true;
    } else {
        *error = QStringLiteral("unsupported scheme \"%1\" in %2 (use http or https)")
                     .arg(parsed.scheme(), url);
        return std::nullopt;
    }
    target.host = parsed.host();
    target.target = parsed.path(QUrl::FullyEncoded).toUtf8();
    if (target.target.isEmpty())
        target.target = "/";
    if (parsed.hasQuery())
        target.target += '?' + parsed.query(QUrl::FullyEncoded).toUtf8();
    return target;
}

bool ResponseBudget::reserve(qint64 bytes)
{
    qint64 inUse = m_inUse.load();
    do {
        if (inUse + bytes > m_limit)
            return false;
    } while (!m_inUse.compare_exchange_weak(inUse, inUse + bytes));
    qint64 peak = m_peak.load();
    while (inUse + bytes > peak && !m_peak.compare_exchange_weak(peak, inUse + bytes)) { }
    return true;
}

void ResponseBudget::release(qint64 bytes)
{
    m_inUse -= bytes;
}

// RFC 9110 7.2: the port unless it is the scheme's default, and an IPv6 literal in brackets
// (QUrl::host() gives it without); a name in its ASCII (punycode) form.
QByteArray HttpTarget::hostHeader() const
{
    QByteArray header
        = host.contains(QLatin1Char(':')) ? '[' + host.toLatin1() + ']' : QUrl::toAce(host);
    if (port != (tls ? 443 : 80))
        header += ':' + QByteArray::number(port);
    return header;
}

namespace {
// One name look-up on a detached thread of its own. getaddrinfo cannot be cancelled, and
// asio's resolver runs all look-ups of an io_context one after the other on one thread that
// the io_context joins when it shuts down: one look-up hanging in the system resolver held up
// every other source and the shutdown. Here a look-up that never returns costs one parked
// thread. Its result is posted to the connection's io_context unless the connection abandoned
// the look-up first (closed or destroyed), since by then the io_context may be gone.
class LookUp
{
public:
    using Executor = asio::io_context::executor_type;
    using Deliver = std::function<void(Resolution)>;

    static std::shared_ptr<LookUp> start(const Resolver &resolver, const QString &host,
        quint16 port, Executor executor, Deliver deliver)
    {
        auto lookUp = std::make_shared<LookUp>(host, port, executor, std::move(deliver));
        std::thread([lookUp, resolver, host, port] {
            lookUp->deliver(resolver(host, port));
        }).detach();
        return lookUp;
    }
    LookUp(const QString &host, quint16 port, Executor executor, Deliver deliver)
        : m_host(host)
        , m_port(port)
        , m_executor(executor)
        , m_deliver(std::move(deliver))
    { }
    // A new request for the same host:port takes over the look-up still running instead of
    // starting another thread: a resolver that never answers parks one thread per connection.
    bool adopt(const QString &host, quint16 port, Executor executor, Deliver deliver)
    {
        std::lock_guard lock(m_mutex);
        if (!m_running || host != m_host || port != m_port)
            return false;
        m_executor = executor;
        m_deliver = std::move(deliver);
        return true;
    }
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_executor.reset();
        m_deliver = nullptr;
    }

private:
    void deliver(Resolution resolution)
    {
        std::lock_guard lock(m_mutex); // abandon() waits for the post, not for the look-up
        m_running = false;
        if (m_executor)
            asio::post(*m_executor,
                [deliver = std::move(m_deliver), resolution = std::move(resolution)]() mutable {
                    deliver(std::move(resolution));
                });
    }

    std::mutex m_mutex;
    const QString m_host;
    const quint16 m_port;
    std::optional<Executor> m_executor; // empty once abandoned
    Deliver m_deliver;
    bool m_running = true;
};

// The system's resolver (getaddrinfo, with asio's default flags), called on the look-up's thread.
Resolution systemResolve(const QString &host, quint16 port)
{
    asio::io_context local; // a synchronous resolve runs in the calling thread
    tcp::resolver resolver(local);
    beast::error_code ec;
    const auto endpoints = resolver.resolve(host.toStdString(), std::to_string(port), ec);
    Resolution resolution;
    if (ec) {
        resolution.error = QString::fromStdString(ec.message());
        return resolution;
    }
    for (const auto &entry : endpoints)
        resolution.addresses.append(QString::fromStdString(entry.endpoint().address().to_string()));
    return resolution;
}

// An IP literal (IPv6 with or without brackets) is an address already: it is never looked up.
std::optional<asio::ip::address> ipLiteral(const QString &host)
{
    QString text = host;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    beast::error_code ec;
    const auto address = asio::ip::make_address(text.toStdString(), ec);
    if (ec)
        return std::nullopt;
    return address;
}
} // namespace

// The connection's state and its request, one member function per step of a GET:
// get() -> [connectAnew -> resolve -> (a LookUp's thread, none for an IP literal) -> onResolve
// -> connectTo -> onConnect -> [onHandshake]] -> writeRequest -> onWrite -> readResponse ->
// readSome/onReadSome (reserving from the budget) ... -> onRead -> finish; a reused connection
// found closed in onWrite or onRead goes back to connectAnew once (retryOnNewConnection). Each
// asynchronous step carries a shared_ptr to the HttpConnection (which owns this Impl), so the
// connection outlives a pending step even when its owner drops it; the total deadline closes the
// stream, which fails the pending step.
struct HttpConnection::Impl
{
    using Self = std::shared_ptr<HttpConnection>;

    explicit Impl(asio::io_context &io)
        : io(io)
        , deadline(io)
    { }
    ~Impl()
    {
        abandonLookUp();
        releaseBudget();
    }
    // The stream of the current connection: plain TCP or TLS over TCP. A TLS stream cannot
    // be reused after it was closed, so each new connection gets a fresh one.
    beast::tcp_stream &tcp() { return tls ? beast::get_lowest_layer(*tls) : *plain; }
    template <class Operation> void withStream(Operation operation)
    {
        if (tls)
            operation(*tls);
        else
            operation(*plain);
    }

    void prepareRequest(const HttpTarget &target, const HttpConditions &conditions);
    void armDeadline(Self self);
    void onDeadline(Self self, beast::error_code ec);
    bool isConnectedTo(const HttpTarget &target) const;
    bool openStream(const HttpTarget &target, QString *error);
    void connectAnew(Self self);
    bool retryOnNewConnection(Self self, const beast::error_code &ec);
    void resolve(Self self);
    void onResolve(Self self, quint64 request, Resolution resolution);
    void abandonLookUp();
    void connectTo(Self self, const std::vector<tcp::endpoint> &endpoints);
    void onConnect(Self self, beast::error_code ec, const tcp::endpoint &);
    void handshake(Self self);
    void onHandshake(Self self, beast::error_code ec);
    void writeRequest(Self self);
    void onWrite(Self self, beast::error_code ec, std::size_t);
    void readResponse(Self self);
    void readSome(Self self);
    void onReadSome(Self self, beast::error_code ec, std::size_t);
    bool reserveForBody();
    void releaseBudget();
    void onRead(Self self, beast::error_code ec, std::size_t);
    void finish(QString error);
    void close();

    asio::io_context &io;
    std::optional<beast::tcp_stream> plain;
    std::unique_ptr<ssl::context> sslContext;
    QString sslContextCaFile;
    std::optional<beast::ssl_stream<beast::tcp_stream>> tls;
    asio::steady_timer deadline; // the total timeout, across all steps
    beast::flat_buffer buffer;
    std::optional<http::response_parser<http::string_body>> parser;
    http::request<http::empty_body> request;
    HttpTarget connectedTo;
    bool connected = false;
    bool busy = false;
    bool timedOut = false;
    bool retried = false; // this request already went out again on a new connection
    bool resolving = false;
    std::shared_ptr<LookUp> lookUp; // the last name look-up; it may still be running
    qint64 reserved = 0; // bytes of options.budget that the response being read holds
    quint64 requestNumber = 0; // tells a late name resolution from the current request's
    QElapsedTimer clock;
    HttpOptions options;
    Done done;
    HttpResult result;
};

namespace {
// A client context that verifies peers against the system's CAs plus an optional extra file.
std::unique_ptr<ssl::context> makeSslContext(const QString &extraCaFile, QString *error)
{
    auto context = std::make_unique<ssl::context>(ssl::context::tls_client);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
        | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    beast::error_code ec;
    context->set_default_verify_paths(ec);
    if (!extraCaFile.isEmpty()) {
        context->load_verify_file(extraCaFile.toStdString(), ec);
        if (ec) {
            *error = QStringLiteral("cannot load the CA file %1: %2")
                         .arg(extraCaFile, QString::fromStdString(ec.message()));
            return nullptr;
        }
    }
    context->set_verify_mode(ssl::verify_peer);
    return context;
}

// OpenSSL's reason for a failed verification, e.g. "self-signed certificate in certificate chain".
QString verifyFailure(SSL *handle)
{
    const long result = SSL_get_verify_result(handle);
    return result == X509_V_OK ? QString()
                               : QString::fromUtf8(X509_verify_cert_error_string(result));
}
} // namespace

std::shared_ptr<HttpConnection> HttpConnection::create(asio::io_context &io)
{
    return std::shared_ptr<HttpConnection>(new HttpConnection(io));
}

HttpConnection::HttpConnection(asio::io_context &io)
    : m_impl(std::make_unique<Impl>(io))
{ }

HttpConnection::~HttpConnection() = default;

// Also lets go of a name look-up still running, whose result would otherwise be posted to
// the io_context: the owner calls this before the io_context goes away.
void HttpConnection::close()
{
    m_impl->abandonLookUp();
    m_impl->close();
}

void HttpConnection::Impl::close()
{
    if (plain || tls) {
        beast::error_code ec;
        tcp().socket().shutdown(tcp::socket::shutdown_both, ec);
        tcp().close();
    }
    connected = false;
    // Bytes read but not parsed belong to the old connection: left here, they would be taken
    // for the start of the next connection's answer ("bad version") until a restart.
    buffer.clear();
    parser.reset();
}

namespace {
QString describe(const beast::error_code &ec)
{
    return QString::fromStdString(ec.message());
}
} // namespace

void HttpConnection::get(const HttpTarget &target, const HttpOptions &options, Done done)
{
    get(target, options, HttpConditions(), std::move(done));
}

void HttpConnection::get(const HttpTarget &target, const HttpOptions &options,
    const HttpConditions &conditions, Done done)
{
    Impl &d = *m_impl;
    if (d.busy) {
        HttpResult busy;
        busy.error = QStringLiteral("the previous request of this source is still running");
        done(busy);
        return;
    }
    d.busy = true;
    d.timedOut = false;
    d.retried = false;
    ++d.requestNumber;
    d.options = options;
    d.done = std::move(done);
    d.result = {};
    d.clock.start();
    d.prepareRequest(target, conditions);
    auto self = shared_from_this();
    d.armDeadline(self);

    if (d.isConnectedTo(target)) {
        d.result.reusedConnection = true;
        d.writeRequest(self);
        return;
    }
    d.connectedTo = target;
    d.connectAnew(std::move(self));
}

void HttpConnection::Impl::connectAnew(Self self)
{
    close();
    QString error;
    if (!openStream(connectedTo, &error)) {
        finish(error);
        return;
    }
    resolve(std::move(self));
}

namespace {
// How a connection that the server (or a proxy) closed while it was idle shows on the next
// request: the write fails, or the read ends or is reset before any byte of an answer.
bool isClosedByPeer(const beast::error_code &ec)
{
    return ec == http::error::end_of_stream || ec == asio::error::eof
        || ec == asio::error::connection_reset || ec == asio::error::broken_pipe
        || ec == asio::error::connection_aborted || ec == asio::error::not_connected;
}
} // namespace

// Servers close idle keep-alive connections all the time; that is no failure of the server,
// so a request that finds its reused connection closed goes out once more, at once, on a new
// connection, within the same total timeout. Anything else, or a second time, is a failure.
bool HttpConnection::Impl::retryOnNewConnection(Self self, const beast::error_code &ec)
{
    const bool answerStarted = parser && parser->got_some();
    if (!result.reusedConnection || retried || timedOut || answerStarted || !isClosedByPeer(ec))
        return false;
    retried = true;
    result.reusedConnection = false;
    connectAnew(std::move(self));
    return true;
}

// The request carries the credentials; nothing else sees them.
void HttpConnection::Impl::prepareRequest(
    const HttpTarget &target, const HttpConditions &conditions)
{
    request = {};
    request.version(11);
    request.method(http::verb::get);
    request.target(std::string_view(target.target.constData(), size_t(target.target.size())));
    request.set(http::field::host, target.hostHeader().toStdString());
    request.set(http::field::user_agent, "stargate-dashboard");
    request.set(http::field::accept, "text/plain;version=0.0.4, application/json;q=0.9, */*;q=0.1");
    if (!options.authorization.isEmpty())
        request.set(http::field::authorization, options.authorization.toStdString());
    // Validators come from a server's answer: only printable ASCII may go back into a header.
    const auto printable = [](const QByteArray &value) {
        return !value.isEmpty() && value.size() < 512
            && std::all_of(
                value.cbegin(), value.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    };
    if (printable(conditions.ifNoneMatch))
        request.set(http::field::if_none_match, conditions.ifNoneMatch.toStdString());
    if (printable(conditions.ifModifiedSince))
        request.set(http::field::if_modified_since, conditions.ifModifiedSince.toStdString());
    request.keep_alive(true);
}

void HttpConnection::Impl::armDeadline(Self self)
{
    deadline.expires_after(std::chrono::milliseconds(options.totalTimeoutMs));
    deadline.async_wait(beast::bind_front_handler(&Impl::onDeadline, this, std::move(self)));
}

void HttpConnection::Impl::onDeadline(Self, beast::error_code ec)
{
    if (ec || !busy)
        return;
    timedOut = true;
    close(); // cancels whatever step is pending on the socket
    if (resolving) {
        // A look-up cannot be cancelled: the request ends here and the look-up's late
        // result, if it ever comes, is dropped.
        abandonLookUp();
        resolving = false;
        finish(QString());
    }
}

bool HttpConnection::Impl::isConnectedTo(const HttpTarget &target) const
{
    return connected && connectedTo.host == target.host && connectedTo.port == target.port
        && connectedTo.tls == target.tls;
}

// A fresh stream for a new connection; for https with SNI and host-name verification.
bool HttpConnection::Impl::openStream(const HttpTarget &target, QString *error)
{
    tls.reset();
    plain.reset();
    if (!target.tls) {
        plain.emplace(io);
        return true;
    }
    if (!sslContext || sslContextCaFile != options.extraCaFile) {
        sslContext = makeSslContext(options.extraCaFile, error);
        sslContextCaFile = options.extraCaFile;
        if (!sslContext)
            return false;
    }
    tls.emplace(io, *sslContext);
    const std::string host = target.host.toStdString();
    // SNI, so that a server hosting several names presents the right certificate.
    SSL_set_tlsext_host_name(tls->native_handle(), host.c_str());
    tls->set_verify_callback(ssl::host_name_verification(host));
    return true;
}

void HttpConnection::Impl::resolve(Self self)
{
    if (const auto address = ipLiteral(connectedTo.host)) {
        connectTo(std::move(self), { tcp::endpoint(*address, connectedTo.port) });
        return;
    }
    resolving = true;
    auto deliver = [weak = std::weak_ptr<HttpConnection>(self), request = requestNumber](
                       Resolution resolution) {
        if (const auto connection = weak.lock())
            connection->m_impl->onResolve(connection, request, std::move(resolution));
    };
    const quint16 port = connectedTo.port;
    if (lookUp && lookUp->adopt(connectedTo.host, port, io.get_executor(), deliver))
        return;
    abandonLookUp();
    lookUp = LookUp::start(options.resolver ? options.resolver : Resolver(systemResolve),
        connectedTo.host, port, io.get_executor(), std::move(deliver));
}

void HttpConnection::Impl::abandonLookUp()
{
    if (lookUp)
        lookUp->abandon();
}

void HttpConnection::Impl::onResolve(Self self, quint64 request, Resolution resolution)
{
    if (request != requestNumber || !busy || !resolving)
        return; // the deadline already ended that request
    resolving = false;
    std::vector<tcp::endpoint> endpoints;
    for (const QString &text : std::as_const(resolution.addresses)) {
        if (const auto address = ipLiteral(text))
            endpoints.emplace_back(*address, connectedTo.port);
    }
    if (resolution.error.isEmpty() && endpoints.empty())
        resolution.error = QStringLiteral("no address");
    if (!resolution.error.isEmpty()) {
        finish(QStringLiteral("cannot resolve %1: %2").arg(connectedTo.host, resolution.error));
        return;
    }
    connectTo(std::move(self), endpoints);
}

void HttpConnection::Impl::connectTo(Self self, const std::vector<tcp::endpoint> &endpoints)
{
    tcp().expires_after(std::chrono::milliseconds(options.connectTimeoutMs));
    tcp().async_connect(
        endpoints, beast::bind_front_handler(&Impl::onConnect, this, std::move(self)));
}

void HttpConnection::Impl::onConnect(Self self, beast::error_code ec, const tcp::endpoint &)
{
    if (ec == beast::error::timeout) {
        finish(QStringLiteral("connecting timed out after %1 ms").arg(options.connectTimeoutMs));
        return;
    }
    if (ec) {
        finish(QStringLiteral("cannot connect to %1:%2: %3")
                   .arg(connectedTo.host)
                   .arg(connectedTo.port)
                   .arg(describe(ec)));
        return;
    }
    connected = true;
    handshake(std::move(self));
}

void HttpConnection::Impl::handshake(Self self)
{
    if (!tls) {
        writeRequest(std::move(self));
        return;
    }
    tls->async_handshake(ssl::stream_base::client,
        beast::bind_front_handler(&Impl::onHandshake, this, std::move(self)));
}

void HttpConnection::Impl::onHandshake(Self self, beast::error_code ec)
{
    if (ec) {
        const QString reason = verifyFailure(tls->native_handle());
        finish(
            QStringLiteral("TLS handshake with %1 failed: %2")
                .arg(connectedTo.host,
                    reason.isEmpty() ? describe(ec)
                                     : QStringLiteral("certificate not trusted (%1)").arg(reason)));
        return;
    }
    writeRequest(std::move(self));
}

void HttpConnection::Impl::writeRequest(Self self)
{
    withStream([&](auto &stream) {
        http::async_write(
            stream, request, beast::bind_front_handler(&Impl::onWrite, this, std::move(self)));
    });
}

void HttpConnection::Impl::onWrite(Self self, beast::error_code ec, std::size_t)
{
    if (ec) {
        if (!retryOnNewConnection(self, ec))
            finish(QStringLiteral("sending the request failed: %1").arg(describe(ec)));
        return;
    }
    readResponse(std::move(self));
}

void HttpConnection::Impl::readResponse(Self self)
{
    releaseBudget(); // a retry on a new connection reads its answer anew
    parser.emplace();
    parser->body_limit(std::uint64_t(options.maxBodyBytes));
    parser->header_limit(64 * 1024);
    tcp().expires_never(); // the deadline timer covers the whole request
    readSome(std::move(self));
}

// The answer is read piece by piece, so that its body reserves its bytes from the budget as
// it grows (or all at once when its Content-Length is known).
void HttpConnection::Impl::readSome(Self self)
{
    withStream([&](auto &stream) {
        http::async_read_some(stream, buffer, *parser,
            beast::bind_front_handler(&Impl::onReadSome, this, std::move(self)));
    });
}

void HttpConnection::Impl::onReadSome(Self self, beast::error_code ec, std::size_t bytes)
{
    if (!ec && !reserveForBody()) {
        finish(QStringLiteral("response memory budget of %1 MiB exhausted by concurrent answers")
                   .arg(double(options.budget->limitBytes()) / (1024 * 1024)));
        return;
    }
    if (ec || parser->is_done()) {
        onRead(std::move(self), ec, bytes);
        return;
    }
    readSome(std::move(self));
}

bool HttpConnection::Impl::reserveForBody()
{
    if (!options.budget || !parser->is_header_done())
        return true;
    const auto length = parser->content_length();
    const qint64 needed
        = std::max(qint64(parser->get().body().size()), length ? qint64(*length) : qint64(0));
    if (needed <= reserved)
        return true;
    if (!options.budget->reserve(needed - reserved))
        return false;
    reserved = needed;
    return true;
}

void HttpConnection::Impl::releaseBudget()
{
    if (options.budget && reserved > 0)
        options.budget->release(reserved);
    reserved = 0;
}

void HttpConnection::Impl::onRead(Self self, beast::error_code ec, std::size_t)
{
    if (ec == http::error::body_limit) {
        finish(
            QStringLiteral("response larger than the cap of %1 bytes").arg(options.maxBodyBytes));
        return;
    }
    if (ec) {
        if (!retryOnNewConnection(self, ec))
            finish(QStringLiteral("reading the response failed: %1").arg(describe(ec)));
        return;
    }
    auto response = parser->release();
    result.status = int(response.result_int());
    result.contentType
        = QByteArray::fromStdString(std::string(response[http::field::content_type]));
    result.etag = QByteArray::fromStdString(std::string(response[http::field::etag]));
    result.lastModified
        = QByteArray::fromStdString(std::string(response[http::field::last_modified]));
    result.location = QByteArray::fromStdString(std::string(response[http::field::location]));
    result.body = QByteArray::fromStdString(std::move(response.body()));
    // Bytes beyond the answer that nobody asked for: server and client disagree about where
    // the answer ended, so the rest of this connection cannot be trusted.
    if (!response.keep_alive() || buffer.size() != 0)
        close();
    finish(QString());
}

// Reports the request's outcome once; a timeout overrides whatever error the cancelled step
// saw. The caller's step holds the connection alive while the callback runs.
void HttpConnection::Impl::finish(QString error)
{
    if (!busy)
        return;
    busy = false;
    deadline.cancel();
    if (timedOut)
        error = QStringLiteral("timed out after %1 ms").arg(options.totalTimeoutMs);
    result.error = error;
    result.latencyMs = clock.elapsed();
    if (!error.isEmpty())
        close();
    // The body is the caller's until the callback returns; the callback may start the next
    // request, which reserves for itself.
    const auto budget = options.budget;
    const qint64 held = std::exchange(reserved, 0);
    auto callback = std::move(done);
    callback(std::move(result));
    if (budget && held > 0)
        budget->release(held);
}
