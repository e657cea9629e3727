#include "sim/simulatorserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>
#include <mutex>
#include <sstream>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

struct SimulatorServer::Impl
{
    asio::io_context io { 1 };
    tcp::acceptor acceptor { io };
    // Per target (path and query), the requests once-oversized-then-good and
    // alternate-oversized have seen; only touched on the server's thread.
    QHash<QString, quint64> requestsOn;
};

namespace {

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, SimulatorServer &server, SimulatorServer::Impl &impl,
        const SimulatorServer::Clock &clock, std::atomic<quint64> &requests)
        : m_stream(std::move(socket))
        , m_timer(m_stream.get_executor())
        , m_server(server)
        , m_impl(impl)
        , m_clock(clock)
        , m_requests(requests)
    { }

    void start() { read(); }

private:
    void read()
    {
        m_request = {};
        m_stream.expires_after(std::chrono::seconds(60));
        http::async_read(m_stream, m_buffer, m_request,
            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                if (!ec)
                    self->route();
            });
    }

    void route()
    {
        ++m_requests;
        const QUrl url(QString::fromStdString(std::string(m_request.target())));
        const QString path = url.path();
        if (path.startsWith(QLatin1String("/fault/"))) {
            fault(path.section(QLatin1Char('/'), 2, 2), url);
            return;
        }
        serve(path, url);
    }

    // The regular answers; After::thenClose closes the connection after the answer
    // even though it says keep-alive.
    enum class After
    {
        asRequested,
        thenClose
    };
    void serve(const QString &path, const QUrl &url, After after = After::asRequested)
    {
        const qint64 now = m_clock();
        const SimulatedFleet &fleet = m_server.fleet();
        m_after = after;
        if (path == QLatin1String("/status.json")) {
            reply(http::status::ok, "application/json", fleet.statusJson(now));
        } else if (path == QLatin1String("/api/v1/query")) {
            const QUrlQuery params(url);
            const QString query
                = params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            const QByteArray body = fleet.promQueryResponse(
                query, now, params.queryItemValue(QStringLiteral("time"), QUrl::FullyDecoded));
            reply(body.contains("\"error\"") ? http::status::bad_request : http::status::ok,
                "application/json", body);
        } else if (path.startsWith(QLatin1String("/sites/"))
            && path.endsWith(QLatin1String("/metrics"))) {
            const int site = fleet.indexOf(path.section(QLatin1Char('/'), 2, 2));
            const int node = path.section(QLatin1Char('/'), 4, 4).toInt();
            const QByteArray body = fleet.dcgmMetrics(site, node, now);
            if (site < 0 || (body.isEmpty() && node >= fleet.nodeCount(site, now)))
                reply(http::status::not_found, "text/plain", "no such site or node\n");
            else
                reply(http::status::ok, "text/plain; version=0.0.4", body);
        } else if (path.startsWith(QLatin1String("/tables/"))) {
            serveTable(path, url);
        } else {
            reply(http::status::not_found, "text/plain", "not found\n");
        }
    }

    void serveTable(const QString &path, const QUrl &url)
    {
        // Who asks for tables, with which credentials (a redirect to another host must not
        // carry them).
        m_server.recordTableAuthorization(
            QByteArray::fromStdString(std::string(m_request[http::field::authorization])));
        if (path == QLatin1String("/tables/elsewhere")) {
            const QByteArray to
                = QUrlQuery(url).queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded).toUtf8();
            reply(http::status::found, "text/plain", "see elsewhere\n",
                { { http::field::location, to } });
            return;
        }
        if (path == QLatin1String("/tables/latest")) {
            reply(http::status::found, "text/plain", "see elsewhere\n",
                { { http::field::location, "data_center_timelines.csv" } });
            return;
        }
        if (path == QLatin1String("/tables/loop")) {
            reply(http::status::found, "text/plain", "see elsewhere\n",
                { { http::field::location, "/tables/loop" } });
            return;
        }
        const SimulatorServer::TableVersion table = m_server.publicTable();
        if (path != QLatin1String("/tables/data_center_timelines.csv") || table.csv.isEmpty()) {
            reply(http::status::not_found, "text/plain", "no such table\n");
            return;
        }
        const Headers validators { { http::field::etag, table.etag },
            { http::field::last_modified, table.lastModified } };
        const auto header = [this](http::field field) {
            return QByteArray::fromStdString(std::string(m_request[field]));
        };
        const QByteArray ifNoneMatch = header(http::field::if_none_match);
        const bool unchanged = !ifNoneMatch.isEmpty()
            ? ifNoneMatch == table.etag
            : header(http::field::if_modified_since) == table.lastModified;
        m_server.countTableAnswer(!unchanged);
        if (unchanged)
            reply(http::status::not_modified, "text/csv", QByteArray(), validators);
        else
            reply(http::status::ok, "text/csv; charset=utf-8", table.csv, validators);
    }

    using Headers = QList<std::pair<http::field, QByteArray>>;
    void reply(http::status status, const char *contentType, const QByteArray &body,
        const Headers &headers = {})
    {
        auto response
            = std::make_shared<http::response<http::string_body>>(status, m_request.version());
        response->set(http::field::server, "stargate-sitesim");
        response->set(http::field::content_type, contentType);
        for (const auto &[field, value] : headers)
            response->set(field, value.toStdString());
        response->keep_alive(m_request.keep_alive());
        response->body().assign(body.constData(), size_t(body.size()));
        response->prepare_payload();
        http::async_write(m_stream, *response,
            [self = shared_from_this(), response](beast::error_code ec, std::size_t) {
                if (ec)
                    return;
                if (self->m_after == After::thenClose) {
                    // Like a server or proxy dropping an idle keep-alive connection.
                    self->m_stream.socket().shutdown(tcp::socket::shutdown_both, ec);
                    self->m_stream.socket().close(ec);
                } else if (response->keep_alive())
                    self->read();
                else
                    self->m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            });
    }

    void writeRaw(std::string data, bool thenClose)
    {
        auto buffer = std::make_shared<std::string>(std::move(data));
        asio::async_write(m_stream.socket(), asio::buffer(*buffer),
            [self = shared_from_this(), buffer, thenClose](beast::error_code ec, std::size_t) {
                if (!ec && thenClose)
                    self->m_stream.socket().close(ec);
            });
    }

    // The path after /fault/<mode>, for the modes that answer like the regular server.
    static QString innerPath(const QString &path)
    {
        return QLatin1Char('/') + path.section(QLatin1Char('/'), 3);
    }

    // The modes that answer like the regular server but misbehave around the answer, for the
    // connection recovery tests; false for any other mode.
    bool connectionFault(const QString &mode, const QUrl &url)
    {
        if (mode == QLatin1String("close-after-response")) {
            serve(innerPath(url.path()), url, After::thenClose);
        } else if (mode == QLatin1String("once-oversized-then-good")
            || mode == QLatin1String("alternate-oversized")) {
            // Counted per target (path and query, so tests can use their own): the first
            // request, or every other one from the first, gets a bad answer and a close.
            const quint64 seen = m_impl.requestsOn[url.toString(QUrl::FullyEncoded)]++;
            const bool once = mode == QLatin1String("once-oversized-then-good");
            if (once ? seen == 0 : seen % 2 == 0)
                writeRaw(badAnswer(QUrlQuery(url).queryItemValue(QStringLiteral("bad"))), true);
            else
                serve(innerPath(url.path()), url);
        } else if (mode == QLatin1String("echo-host")) {
            reply(http::status::ok, "text/plain",
                QByteArray::fromStdString(std::string(m_request[http::field::host])));
        } else {
            return false;
        }
        return true;
    }

    void fault(const QString &mode, const QUrl &url)
    {
        const std::string headersOnly
            = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n";
        if (connectionFault(mode, url))
            return;
        if (mode == QLatin1String("slow")) {
            // Answers correctly, but only after 3 s.
            m_timer.expires_after(std::chrono::seconds(3));
            m_timer.async_wait([self = shared_from_this()](beast::error_code ec) {
                if (!ec)
                    self->reply(http::status::ok, "text/plain; version=0.0.4", "up 1\n");
            });
        } else if (mode == QLatin1String("endless")) {
            writeRaw(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n",
                false);
            endlessChunk();
        } else if (mode == QLatin1String("gigabyte")) {
            // Announces a 1 GiB body and starts sending it.
            writeRaw(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\n",
                false);
            endlessChunk();
        } else if (mode == QLatin1String("invalid-utf8")) {
            reply(http::status::ok, "text/plain; version=0.0.4",
                QByteArray("DCGM_FI_DEV_POWER_USAGE{gpu=\"0\",UUID=\"GPU-\xff\xfe\",Hostname="
                           "\"n1\"} 412.5\n"));
        } else if (mode == QLatin1String("truncated")) {
            writeRaw("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                     "1000\r\n\r\nup 1\nup",
                true);
        } else if (mode == QLatin1String("wrong-length")) {
            writeRaw("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nup "
                     "1\nmore 2\n",
                true);
        } else if (mode == QLatin1String("http500")) {
            reply(http::status::internal_server_error, "text/plain", "simulated failure\n");
        } else if (mode == QLatin1String("garbage")) {
            writeRaw(std::string("\x16\x03\x01\x02\x00garbage\xff\xfe not http at all\r\n\r\n", 40),
                true);
        } else if (mode == QLatin1String("reset")) {
            beast::error_code ec;
            m_stream.socket().set_option(asio::socket_base::linger(true, 0), ec);
            m_stream.socket().close(ec);
        } else if (mode == QLatin1String("hang-after-headers")) {
            writeRaw(headersOnly, false);
            m_timer.expires_after(std::chrono::seconds(120));
            m_timer.async_wait([self = shared_from_this()](beast::error_code) {});
        } else if (mode == QLatin1String("echo-authorization")) {
            replyEchoingAuthorization();
        } else if (mode == QLatin1String("large-slow")) {
            startLargeSlow(QUrlQuery(url));
        } else {
            reply(http::status::not_found, "text/plain", "unknown fault mode\n");
        }
    }

    // A Prometheus error answer that echoes the request's credentials, as some servers and
    // auth proxies do: the header value and, on its own, the token after the scheme.
    void replyEchoingAuthorization()
    {
        const std::string header(m_request[http::field::authorization]);
        const QString authorization = QString::fromStdString(header);
        const QString token = authorization.section(QLatin1Char(' '), 1);
        const QJsonObject answer { { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("errorType"), QStringLiteral("unauthorized") },
            { QStringLiteral("error"),
                QStringLiteral("request with Authorization: %1 refused; token %2 is unknown")
                    .arg(authorization, token) } };
        reply(http::status::unauthorized, "application/json",
            QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }

    // once-oversized-then-good's first answer: by default a 64 MiB announcement with the start
    // of its body; bad=length: more bytes than the Content-Length; bad=header: a broken header.
    static std::string badAnswer(const QString &kind)
    {
        if (kind == QLatin1String("length"))
            return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\n"
                   "up 1\nmore 2\n";
        if (kind == QLatin1String("header"))
            return "HTTP/1.1 200 OK\r\nContent-Type text/plain\r\n\r\nup 1\n";
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 67108864\r\n\r\n"
            + std::string(32 * 1024, 'x');
    }

    // A large answer sent slowly, 64 KiB every 10 ms, then the connection is closed: ?bytes= its
    // size (default 4 MiB), ?chunked=1 without a Content-Length. For the response budget.
    void startLargeSlow(const QUrlQuery &query)
    {
        const qint64 bytes = query.hasQueryItem(QStringLiteral("bytes"))
            ? query.queryItemValue(QStringLiteral("bytes")).toLongLong()
            : 4 * 1024 * 1024;
        const bool chunked = query.queryItemValue(QStringLiteral("chunked")) == QLatin1String("1");
        writeRaw("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                + (chunked ? std::string("Transfer-Encoding: chunked\r\n\r\n")
                           : "Content-Length: " + std::to_string(bytes) + "\r\n\r\n"),
            false);
        largeSlowPiece(bytes, chunked);
    }

    void largeSlowPiece(qint64 left, bool chunked)
    {
        m_timer.expires_after(std::chrono::milliseconds(10));
        m_timer.async_wait([self = shared_from_this(), left, chunked](beast::error_code ec) {
            if (ec)
                return;
            const qint64 size = std::min<qint64>(left, 64 * 1024);
            std::string piece(size_t(size), '#');
            if (chunked) {
                std::ostringstream head;
                head << std::hex << size << "\r\n";
                piece = head.str() + piece + "\r\n" + (left == size ? "0\r\n\r\n" : "");
            }
            auto buffer = std::make_shared<std::string>(std::move(piece));
            asio::async_write(self->m_stream.socket(), asio::buffer(*buffer),
                [self, buffer, left = left - size, chunked](beast::error_code ec, std::size_t) {
                    if (!ec && left > 0)
                        self->largeSlowPiece(left, chunked);
                    else if (!ec)
                        self->m_stream.socket().close(ec);
                });
        });
    }

    void endlessChunk()
    {
        // 64 KiB chunks for as long as the client reads: a body that never ends.
        static const std::string chunk = [] {
            std::string line(65536, 'x');
            return "10000\r\n" + line + "\r\n";
        }();
        asio::async_write(m_stream.socket(), asio::buffer(chunk),
            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                if (!ec)
                    self->endlessChunk();
            });
    }

    beast::tcp_stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    http::request<http::string_body> m_request;
    SimulatorServer &m_server;
    SimulatorServer::Impl &m_impl;
    After m_after = After::asRequested;
    const SimulatorServer::Clock &m_clock;
    std::atomic<quint64> &m_requests;
};

void accept(SimulatorServer::Impl &impl, SimulatorServer &server,
    const SimulatorServer::Clock &clock, std::atomic<quint64> &requests)
{
    impl.acceptor.async_accept([&impl, &server, &clock, &requests](
                                   beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted)
            return;
        if (!ec)
            std::make_shared<Session>(std::move(socket), server, impl, clock, requests)->start();
        accept(impl, server, clock, requests);
    });
}

} // namespace

SimulatorServer::SimulatorServer(SimulatedFleet fleet, Clock clock)
    : m_fleet(std::move(fleet))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

SimulatorServer::~SimulatorServer()
{
    stop();
}

QString SimulatorServer::start(const QString &address, quint16 port)
{
    stop();
    m_impl = std::make_unique<Impl>();
    beast::error_code ec;
    const auto ip = asio::ip::make_address(address.toStdString(), ec);
    if (ec)
        return QStringLiteral("invalid address %1: %2")
            .arg(address, QString::fromStdString(ec.message()));
    const tcp::endpoint endpoint(ip, port);
    m_impl->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_impl->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        m_impl->acceptor.bind(endpoint, ec);
    if (!ec)
        m_impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        m_impl.reset();
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(address)
            .arg(port)
            .arg(QString::fromStdString(ec.message()));
    }
    m_address = address;
    m_port = m_impl->acceptor.local_endpoint().port();
    accept(*m_impl, *this, m_clock, m_requests);
    m_thread = std::thread([impl = m_impl.get()] { impl->io.run(); });
    return QString();
}

void SimulatorServer::stop()
{
    if (!m_impl)
        return;
    m_impl->io.stop();
    if (m_thread.joinable())
        m_thread.join();
    m_impl.reset();
}

QString SimulatorServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_address).arg(m_port);
}

void SimulatorServer::setPublicTable(const QByteArray &csv)
{
    std::lock_guard lock(m_tableMutex);
    ++m_tableVersion;
    m_table.csv = csv;
    m_table.etag = QByteArrayLiteral("\"v") + QByteArray::number(m_tableVersion) + '"';
    // An HTTP date (RFC 9110 5.6.7), one second later per version so that it differs.
    const QDateTime modified
        = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(m_tableVersion);
    m_table.lastModified
        = QLocale::c()
              .toString(modified, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
}

void SimulatorServer::recordTableAuthorization(const QByteArray &authorization)
{
    std::lock_guard lock(m_tableMutex);
    m_tableAuthorization = authorization;
}

QByteArray SimulatorServer::lastTableAuthorization() const
{
    std::lock_guard lock(m_tableMutex);
    return m_tableAuthorization;
}

SimulatorServer::TableVersion SimulatorServer::publicTable() const
{
    std::lock_guard lock(m_tableMutex);
    return m_table;
}
