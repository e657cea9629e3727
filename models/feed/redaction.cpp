#include "feed/redaction.h"

#include <QList>
#include <QRegularExpression>

namespace {

// The forms the source's own credential can take in an echo: the header value, the token
// after the scheme, and for Basic the decoded user:password and the password alone.
QList<QString> credentialForms(const QByteArray &credential)
{
    QList<QString> forms;
    const QByteArray value = credential.trimmed();
    if (value.isEmpty())
        return forms;
    forms.append(QString::fromUtf8(value));
    const qsizetype space = value.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = value.left(space).toLower();
        const QByteArray token = value.mid(space + 1).trimmed();
        forms.append(QString::fromUtf8(token));
        if (scheme == "basic") {
            const QByteArray decoded = QByteArray::fromBase64(token);
            forms.append(QString::fromUtf8(decoded));
            const qsizetype colon = decoded.indexOf(':');
            if (colon >= 0)
                forms.append(QString::fromUtf8(decoded.mid(colon + 1)));
        }
    }
    // Short fragments (a one-letter password) would redact ordinary words: keep those that
    // are long enough to be the secret itself.
    forms.removeIf([](const QString &form) { return form.size() < 4; });
    // Longest first, so that a form containing another is replaced whole.
    std::sort(forms.begin(), forms.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

struct Pattern
{
    QRegularExpression expression;
    QString replacement;
};

const QList<Pattern> &patterns()
{
    using RE = QRegularExpression;
    static const QList<Pattern> list {
        // "Authorization: <scheme> <credentials>", also quoted as in JSON.
        { RE(QStringLiteral(
                 R"((\b(?:proxy-)?authorization\b["']?\s*[:=]\s*["']?)(?:[A-Za-z]+\s+)?[^\s"'<>,;]+)"),
              RE::CaseInsensitiveOption),
            QStringLiteral("\\1[redacted]") },
        // "Bearer <token>" anywhere; "Basic <base64>" only capitalised, as sent, since "basic"
        // is an ordinary word.
        { RE(QStringLiteral(R"(\b([Bb]earer|BEARER)(\s+)[A-Za-z0-9._~+/=-]{4,})")),
            QStringLiteral("\\1\\2[redacted]") },
        { RE(QStringLiteral(R"(\b(Basic|BASIC)(\s+)[A-Za-z0-9+/=]{8,})")),
            QStringLiteral("\\1\\2[redacted]") },
        // The password of user:password@host in an address.
        { RE(QStringLiteral(R"(([a-z][a-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+@)"),
              RE::CaseInsensitiveOption),
            QStringLiteral("\\1[redacted]@") },
        // Query-string and key=value secrets: token=, access_token=, api_key=, password=, …
        { RE(QStringLiteral(
                 R"(\b([a-z0-9_-]*(?:token|api[_-]?key|apikey|password|passwd|pwd|secret|signature)[a-z0-9_-]*)(=|%3D)[^&\s"'<>;,]+)"),
              RE::CaseInsensitiveOption),
            QStringLiteral("\\1\\2[redacted]") },
        // The same in JSON: "password": "…"
        { RE(QStringLiteral(
                 R"(("[a-z0-9_-]*(?:token|api[_-]?key|apikey|password|passwd|secret)[a-z0-9_-]*"\s*:\s*")[^"]*")"),
              RE::CaseInsensitiveOption),
            QStringLiteral("\\1[redacted]\"") },
    };
    return list;
}

} // namespace

QString redactSecrets(const QString &text, const QByteArray &credential)
{
    QString result = text;
    for (const QString &form : credentialForms(credential))
        result.replace(form, QString(kRedacted));
    for (const Pattern &pattern : patterns())
        result.replace(pattern.expression, pattern.replacement);
    return result;
}
