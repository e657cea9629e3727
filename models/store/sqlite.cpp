#include "store/sqlite.h"

#include <sqlite3.h>

namespace sqlite {

void Connection::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Connection::~Connection() = default;

bool Connection::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *raw = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &raw, flags, nullptr);
    m_db.reset(raw);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error
            = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        m_db.reset();
        return false;
    }
    sqlite3_extended_result_codes(raw, 1);
    // Another connection (the writer thread) may hold the lock briefly during a commit.
    sqlite3_busy_timeout(raw, 5000);
    m_error.clear();
    m_errorCode = 0;
    return true;
}

void Connection::close()
{
    m_db.reset();
}

bool Connection::exec(const QString &sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement Connection::prepare(const QString &sql)
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return Statement();
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(
        m_db.get(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        captureError(QStringLiteral("prepare"));
        return Statement();
    }
    return Statement(this, stmt);
}

int Connection::extendedErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db.get()) : m_errorCode;
}

qint64 Connection::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db.get()) : 0;
}

qint64 Connection::changes() const
{
    return m_db ? sqlite3_changes64(m_db.get()) : 0;
}

void Connection::captureError(const QString &context)
{
    m_errorCode = m_db ? sqlite3_errcode(m_db.get()) : SQLITE_MISUSE;
    const QString text
        = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QStringLiteral("not open");
    m_error = context.isEmpty() ? text : context + QStringLiteral(": ") + text;
}

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

Statement::Statement(Connection *connection, sqlite3_stmt *stmt)
    : m_connection(connection)
    , m_stmt(stmt)
{ }

Statement::~Statement() = default;

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(
            m_stmt.get(), index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt.get(), index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(
            m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || m_done)
        return false;
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE) {
        m_ok = false;
        if (m_connection)
            m_connection->captureError(QString());
    }
    return false;
}

bool Statement::run()
{
    if (!m_stmt)
        return false;
    while (next()) { }
    const bool result = m_ok;
    reset();
    return result;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_done = false;
    m_ok = true;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    if (!data)
        return QByteArray();
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

Transaction::Transaction(Connection &connection, bool immediate)
    : m_connection(connection)
{
    m_begun = m_connection.exec(
        immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_begun && !m_finished)
        m_connection.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_begun || m_finished)
        return false;
    m_finished = m_connection.exec(QStringLiteral("COMMIT"));
    return m_finished;
}

} // namespace sqlite
