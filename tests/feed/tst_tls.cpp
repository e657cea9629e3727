// https sources: certificates are verified against the system's CAs plus an optional CA file,
// the certificate must name the host, and there is no way around either. Credentials come from
// a file or the environment and reach the server, never the error text.
#include "feed/feedsource.h"
#include "feedtestutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <mutex>
#include <thread>

using namespace FeedTest;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(STARGATE_SOURCE_DIR "/tests/fixtures/tls/") + QLatin1String(name);
}

// A one-page https server on 127.0.0.1 with a certificate of the test CA: for the address
// 127.0.0.1 ("ip") or for the name localhost only ("localhost"). Records the Authorization
// header of the last request.
class TlsServer
{
public:
    explicit TlsServer(const char *certificate)
        : m_context(ssl::context::tls_server)
        , m_acceptor(m_io, asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0))
    {
        const QString base = QStringLiteral("server-") + QLatin1String(certificate);
        m_context.use_certificate_chain_file(
            fixture(qPrintable(base + QStringLiteral(".pem"))).toStdString());
        m_context.use_private_key_file(
            fixture(qPrintable(base + QStringLiteral(".key"))).toStdString(), ssl::context::pem);
        accept();
        m_thread = std::thread([this] { m_io.run(); });
    }
    ~TlsServer()
    {
        m_io.stop();
        m_thread.join();
    }
    quint16 port() const { return m_acceptor.local_endpoint().port(); }
    QByteArray lastAuthorization()
    {
        std::lock_guard lock(m_mutex);
        return m_authorization;
    }

private:
    void accept()
    {
        m_acceptor.async_accept([this](beast::error_code ec, asio::ip::tcp::socket socket) {
            if (ec)
                return;
            auto stream = std::make_shared<beast::ssl_stream<beast::tcp_stream>>(
                std::move(socket), m_context);
            stream->async_handshake(ssl::stream_base::server, [this, stream](beast::error_code ec) {
                if (ec)
                    return;
                auto buffer = std::make_shared<beast::flat_buffer>();
                auto request = std::make_shared<http::request<http::string_body>>();
                http::async_read(*stream, *buffer, *request,
                    [this, stream, buffer, request](beast::error_code ec, std::size_t) {
                        if (ec)
                            return;
                        {
                            std::lock_guard lock(m_mutex);
                            m_authorization = QByteArray::fromStdString(
                                std::string((*request)[http::field::authorization]));
                        }
                        auto response = std::make_shared<http::response<http::string_body>>(
                            http::status::ok, 11);
                        response->set(http::field::content_type, "text/plain");
                        response->body() = "hello over tls";
                        response->keep_alive(false);
                        response->prepare_payload();
                        http::async_write(
                            *stream, *response, [stream, response](beast::error_code, std::size_t) {
                                beast::get_lowest_layer(*stream).close();
                            });
                    });
            });
            accept();
        });
    }

    asio::io_context m_io;
    ssl::context m_context;
    asio::ip::tcp::acceptor m_acceptor;
    std::thread m_thread;
    std::mutex m_mutex;
    QByteArray m_authorization;
};
} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void verification_data();
    void verification();
    void credentialsFromFileReachTheServer();
    void sourcesFileRejectsBadTlsAndAuthSettings_data();
    void sourcesFileRejectsBadTlsAndAuthSettings();

private:
    TlsServer m_server { "ip" };
    TlsServer m_localhostOnly { "localhost" };
};

void TestTls::verification_data()
{
    QTest::addColumn<bool>("localhostCertificate");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("untrusted certificate")
        << false << QString() << 0 << QStringLiteral("certificate not trusted");
    QTest::newRow("trusted through the extra CA file")
        << false << fixture("ca.pem") << 200 << QString();
    QTest::newRow("certificate for another host name")
        << true << fixture("ca.pem") << 0 << QStringLiteral("TLS handshake with 127.0.0.1 failed");
    QTest::newRow("CA file that is not a certificate")
        << false << fixture("README.md") << 0 << QStringLiteral("cannot load the CA file");
}

void TestTls::verification()
{
    QFETCH(bool, localhostCertificate);
    QFETCH(QString, caFile);
    QFETCH(int, status);
    QFETCH(QString, error);
    HttpOptions options;
    options.extraCaFile = caFile;
    options.totalTimeoutMs = 5'000;
    const quint16 port = localhostCertificate ? m_localhostOnly.port() : m_server.port();
    const HttpResult result = fetch(QStringLiteral("https://127.0.0.1:%1/").arg(port), options);
    QCOMPARE(result.status, status);
    if (error.isEmpty()) {
        QCOMPARE(result.error, QString());
        QCOMPARE(result.body, QByteArray("hello over tls"));
    } else {
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.body.isEmpty());
    }
}

void TestTls::credentialsFromFileReachTheServer()
{
    QTemporaryDir dir;
    QFile secret(dir.filePath(QStringLiteral("token")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("Bearer s3cret-token\n");
    secret.close();
    QFile::copy(fixture("ca.pem"), dir.filePath(QStringLiteral("ca.pem")));
    const QByteArray json
        = QStringLiteral("{\"version\":1,\"sources\":[{\"id\":\"tls\",\"kind\":\"site_status\","
                         "\"url\":\"https://127.0.0.1:%1/"
                         "status.json\",\"auth_file\":\"token\",\"ca_file\":\"ca.pem\"}]}")
              .arg(m_server.port())
              .toUtf8();
    QString error;
    const QList<FeedSource> sources = FeedSourceFile::parse(json, &error, dir.path());
    QCOMPARE(error, QString());
    QCOMPARE(sources.size(), 1);
    const HttpResult result = fetch(sources.first().url, sources.first().http);
    QCOMPARE(result.error, QString());
    QCOMPARE(m_server.lastAuthorization(), QByteArray("Bearer s3cret-token"));
    // A failing fetch with the same credentials never puts them into its error text.
    HttpOptions untrusted = sources.first().http;
    untrusted.extraCaFile.clear();
    const HttpResult failed = fetch(sources.first().url, untrusted);
    QVERIFY(!failed.error.isEmpty());
    QVERIFY(!failed.error.contains(QLatin1String("s3cret")));
}

void TestTls::sourcesFileRejectsBadTlsAndAuthSettings_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing auth file")
        << QStringLiteral("\"auth_file\":\"no-such-file\"") << QStringLiteral("cannot read");
    QTest::newRow("missing CA file")
        << QStringLiteral("\"ca_file\":\"no-such-ca.pem\"") << QStringLiteral("cannot read");
    QTest::newRow("both auth kinds")
        << QStringLiteral("\"auth_env\":\"HOME\",\"auth_file\":\"token\"")
        << QStringLiteral("not both");
    QTest::newRow("unset environment variable")
        << QStringLiteral("\"auth_env\":\"STARGATE_SURELY_UNSET_VARIABLE\"")
        << QStringLiteral("not set");
    QTest::newRow("ftp address") << QStringLiteral("\"url\":\"ftp://example.com/x\"")
                                 << QStringLiteral("unsupported scheme");
}

void TestTls::sourcesFileRejectsBadTlsAndAuthSettings()
{
    QFETCH(QString, extra);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QFile token(dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("Bearer x\n");
    token.close();
    QString json
        = QStringLiteral("{\"version\":1,\"sources\":[{\"id\":\"s\",\"kind\":\"site_status\",%1}]}")
              .arg(extra);
    if (!extra.contains(QLatin1String("\"url\"")))
        json.replace(QLatin1String("\"kind\":\"site_status\","),
            QLatin1String("\"kind\":\"site_status\",\"url\":\"https://localhost:1/\","));
    QString message;
    const QList<FeedSource> sources = FeedSourceFile::parse(json.toUtf8(), &message, dir.path());
    QVERIFY(sources.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
