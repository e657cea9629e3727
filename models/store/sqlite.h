// Thin RAII wrappers around the SQLite C API: a connection and a prepared statement.
// Not thread-safe: each thread that reads or writes the store owns its own Connection.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sqlite {

class Statement;

class Connection
{
public:
    enum class Mode
    {
        ReadWriteCreate,
        ReadWrite,
        ReadOnly
    };

    Connection() = default;
    Connection(Connection &&) noexcept = default;
    Connection &operator=(Connection &&) noexcept = default;
    ~Connection();

    // Opens `path`; on failure returns false and errorMessage() says why.
    bool open(const QString &path, Mode mode);
    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Runs one or more statements without results. False on error (see errorMessage()).
    bool exec(const QString &sql);
    Statement prepare(const QString &sql);

    QString errorMessage() const { return m_error; }
    int errorCode() const { return m_errorCode; }
    int extendedErrorCode() const;
    sqlite3 *handle() const { return m_db.get(); }
    qint64 changes() const;
    qint64 lastInsertRowId() const;

    // Records the current SQLite error of this connection, prefixed with `context`.
    void captureError(const QString &context);

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_error;
    int m_errorCode = 0;
};

class Statement
{
public:
    Statement() = default;
    Statement(Connection *connection, sqlite3_stmt *stmt);
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, std::optional<double> value);
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &value);

    // Steps once: true when a row is available. Errors are recorded on the connection
    // and reported by ok() / the connection's errorMessage().
    bool next();
    // Runs to completion (for statements without results); false on error.
    bool run();
    void reset();
    bool ok() const { return m_ok; }

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *stmt) const;
    };
    Connection *m_connection = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    bool m_done = false;
    bool m_ok = true;
};

// Commits on commit(); rolls back on destruction otherwise.
class Transaction
{
public:
    explicit Transaction(Connection &connection, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool begun() const { return m_begun; }
    bool commit();

private:
    Connection &m_connection;
    bool m_begun = false;
    bool m_finished = false;
};

} // namespace sqlite
