#include "httpclient.h"

#include <QElapsedTimer>
#include <QUrl>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
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
        *error = QStringLiteral("https sources are not supported by this build yet: %1").arg(url);
        return std::nullopt;
    } else {
        *error = QStringLiteral("unsupported scheme \"%1\" in %2 (use http)").arg(parsed.scheme(), url);
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
        : resolver(io)
        , stream(io)
        , deadline(io)
    {
    }
    tcp::resolver resolver;
    beast::tcp_stream stream;
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

std::shared_ptr<HttpConnection> HttpConnection::create(asio::io_context &io)
{
    return std::shared_ptr<HttpConnection>(new HttpConnection(io));
}

HttpConnection::HttpConnection(asio::io_context &io)
    : m_impl(std::make_unique<Impl>(io))
{
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::close()
{
    beast::error_code ec;
    m_impl->stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    m_impl->stream.close();
    m_impl->connected = false;
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
    d.request.set(http::field::accept, "text/plain;version=0.0.4, application/json;q=0.9, */*;q=0.1");
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
        d.stream.expires_never(); // the deadline timer covers the whole request
        http::async_read(d.stream, d.buffer, *d.parser, [self, finish](beast::error_code ec, std::size_t) {
            Impl &d = *self->m_impl;
            if (ec == http::error::body_limit) {
                finish(QStringLiteral("response larger than the cap of %1 bytes").arg(d.options.maxBodyBytes));
                return;
            }
            if (ec) {
                finish(QStringLiteral("reading the response failed: %1").arg(describe(ec)));
                return;
            }
            auto response = d.parser->release();
            d.result.status = int(response.result_int());
            d.result.contentType = QByteArray::fromStdString(std::string(response[http::field::content_type]));
            d.result.body = QByteArray::fromStdString(std::move(response.body()));
            if (!response.keep_alive())
                self->close();
            finish(QString());
        });
    };

    const auto writeRequest = [self, finish, readResponse]() {
        Impl &d = *self->m_impl;
        http::async_write(d.stream, d.request, [self, finish, readResponse](beast::error_code ec, std::size_t) {
            if (ec) {
                finish(QStringLiteral("sending the request failed: %1").arg(describe(ec)));
                return;
            }
            readResponse();
        });
    };

    const bool sameServer = d.connected && d.connectedTo.host == target.host && d.connectedTo.port == target.port;
    if (sameServer) {
        d.result.reusedConnection = true;
        writeRequest();
        return;
    }
    close();
    d.connectedTo = target;
    d.resolver.async_resolve(target.host.toStdString(), std::to_string(target.port),
            [self, finish, writeRequest](beast::error_code ec, tcp::resolver::results_type endpoints) {
                if (ec) {
                    finish(QStringLiteral("cannot resolve %1: %2").arg(self->m_impl->connectedTo.host, describe(ec)));
                    return;
                }
                Impl &d = *self->m_impl;
                d.stream.expires_after(std::chrono::milliseconds(d.options.connectTimeoutMs));
                d.stream.async_connect(endpoints, [self, finish, writeRequest](beast::error_code ec, const tcp::endpoint &) {
                    Impl &d = *self->m_impl;
                    if (ec == beast::error::timeout) {
                        finish(QStringLiteral("connecting timed out after %1 ms").arg(d.options.connectTimeoutMs));
                        return;
                    }
                    if (ec) {
                        finish(QStringLiteral("cannot connect to %1:%2: %3").arg(d.connectedTo.host).arg(d.connectedTo.port).arg(describe(ec)));
                        return;
                    }
                    d.connected = true;
                    writeRequest();
                });
            });
}
