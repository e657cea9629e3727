#include "feed/httpclient.h"

#include <QElapsedTimer>
#include <QUrl>

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

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

struct HttpConnection::Impl
{
    explicit Impl(asio::io_context &io)
        : io(io)
        , resolver(io)
        , deadline(io)
    { }
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

    asio::io_context &io;
    tcp::resolver resolver;
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

void HttpConnection::close()
{
    Impl &d = *m_impl;
    if (d.plain || d.tls) {
        beast::error_code ec;
        d.tcp().socket().shutdown(tcp::socket::shutdown_both, ec);
        d.tcp().close();
    }
    d.connected = false;
}

namespace {
QString describe(const beast::error_code &ec)
{
    return QString::fromStdString(ec.message());
}
} // namespace

void HttpConnection::get(const HttpTarget &target, const HttpOptions &options, Done done)
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
    d.options = options;
    d.done = std::move(done);
    d.result = {};
    d.clock.start();
    d.request = {};
    d.request.version(11);
    d.request.method(http::verb::get);
    d.request.target(std::string_view(target.target.constData(), size_t(target.target.size())));
    d.request.set(http::field::host, target.host.toStdString());
    d.request.set(http::field::user_agent, "stargate-dashboard");
    d.request.set(
        http::field::accept, "text/plain;version=0.0.4, application/json;q=0.9, */*;q=0.1");
    if (!options.authorization.isEmpty())
        d.request.set(http::field::authorization, options.authorization.toStdString());
    d.request.keep_alive(true);

    auto self = shared_from_this();
    d.deadline.expires_after(std::chrono::milliseconds(options.totalTimeoutMs));
    d.deadline.async_wait([self](beast::error_code ec) {
        if (ec || !self->m_impl->busy)
            return;
        self->m_impl->timedOut = true;
        self->close(); // cancels whatever step is pending
    });

    const auto finish = [self](QString error) {
        Impl &d = *self->m_impl;
        if (!d.busy)
            return;
        d.busy = false;
        d.deadline.cancel();
        if (d.timedOut)
            error = QStringLiteral("timed out after %1 ms").arg(d.options.totalTimeoutMs);
        d.result.error = error;
        d.result.latencyMs = d.clock.elapsed();
        if (!error.isEmpty())
            self->close();
        auto callback = std::move(d.done);
        callback(std::move(d.result));
    };

    const auto readResponse = [self, finish]() {
        Impl &d = *self->m_impl;
        d.parser.emplace();
        d.parser->body_limit(std::uint64_t(d.options.maxBodyBytes));
        d.parser->header_limit(64 * 1024);
        d.tcp().expires_never(); // the deadline timer covers the whole request
        d.withStream([&](auto &stream) {
            http::async_read(
                stream, d.buffer, *d.parser, [self, finish](beast::error_code ec, std::size_t) {
                    Impl &d = *self->m_impl;
                    if (ec == http::error::body_limit) {
                        finish(QStringLiteral("response larger than the cap of %1 bytes")
                                   .arg(d.options.maxBodyBytes));
                        return;
                    }
                    if (ec) {
                        finish(QStringLiteral("reading the response failed: %1").arg(describe(ec)));
                        return;
                    }
                    auto response = d.parser->release();
                    d.result.status = int(response.result_int());
                    d.result.contentType = QByteArray::fromStdString(
                        std::string(response[http::field::content_type]));
                    d.result.body = QByteArray::fromStdString(std::move(response.body()));
                    if (!response.keep_alive())
                        self->close();
                    finish(QString());
                });
        });
    };

    const auto writeRequest = [self, finish, readResponse]() {
        Impl &d = *self->m_impl;
        d.withStream([&](auto &stream) {
            http::async_write(
                stream, d.request, [self, finish, readResponse](beast::error_code ec, std::size_t) {
                    if (ec) {
                        finish(QStringLiteral("sending the request failed: %1").arg(describe(ec)));
                        return;
                    }
                    readResponse();
                });
        });
    };

    const bool sameServer = d.connected && d.connectedTo.host == target.host
        && d.connectedTo.port == target.port && d.connectedTo.tls == target.tls;
    if (sameServer) {
        d.result.reusedConnection = true;
        writeRequest();
        return;
    }
    close();
    d.connectedTo = target;
    d.tls.reset();
    d.plain.reset();
    if (target.tls) {
        if (!d.sslContext || d.sslContextCaFile != options.extraCaFile) {
            QString error;
            d.sslContext = makeSslContext(options.extraCaFile, &error);
            d.sslContextCaFile = options.extraCaFile;
            if (!d.sslContext) {
                finish(error);
                return;
            }
        }
        d.tls.emplace(d.io, *d.sslContext);
        const std::string host = target.host.toStdString();
        // SNI, so that a server hosting several names presents the right certificate.
        SSL_set_tlsext_host_name(d.tls->native_handle(), host.c_str());
        d.tls->set_verify_callback(ssl::host_name_verification(host));
    } else {
        d.plain.emplace(d.io);
    }
    const auto handshake = [self, finish, writeRequest]() {
        Impl &d = *self->m_impl;
        if (!d.tls) {
            writeRequest();
            return;
        }
        d.tls->async_handshake(
            ssl::stream_base::client, [self, finish, writeRequest](beast::error_code ec) {
                Impl &d = *self->m_impl;
                if (ec) {
                    const QString reason = verifyFailure(d.tls->native_handle());
                    finish(
                        QStringLiteral("TLS handshake with %1 failed: %2")
                            .arg(d.connectedTo.host,
                                reason.isEmpty()
                                    ? describe(ec)
                                    : QStringLiteral("certificate not trusted (%1)").arg(reason)));
                    return;
                }
                writeRequest();
            });
    };
    d.resolver.async_resolve(target.host.toStdString(), std::to_string(target.port),
        [self, finish, handshake](beast::error_code ec, tcp::resolver::results_type endpoints) {
            if (ec) {
                finish(QStringLiteral("cannot resolve %1: %2")
                           .arg(self->m_impl->connectedTo.host, describe(ec)));
                return;
            }
            Impl &d = *self->m_impl;
            d.tcp().expires_after(std::chrono::milliseconds(d.options.connectTimeoutMs));
            d.tcp().async_connect(
                endpoints, [self, finish, handshake](beast::error_code ec, const tcp::endpoint &) {
                    Impl &d = *self->m_impl;
                    if (ec == beast::error::timeout) {
                        finish(QStringLiteral("connecting timed out after %1 ms")
                                   .arg(d.options.connectTimeoutMs));
                        return;
                    }
                    if (ec) {
                        finish(QStringLiteral("cannot connect to %1:%2: %3")
                                   .arg(d.connectedTo.host)
                                   .arg(d.connectedTo.port)
                                   .arg(describe(ec)));
                        return;
                    }
                    d.connected = true;
                    handshake();
                });
        });
}
