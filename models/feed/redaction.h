// Takes secrets out of a text before it is stored or shown: an error answer of a server may
// echo the request's Authorization header or its query string, and error texts end up in the
// store (source_health.last_error), on the Feeds page and on stderr.
#pragma once

#include <QByteArray>
#include <QString>

// Replaces with "[redacted]": the source's own credential (the whole Authorization value and
// its token or decoded user:password), any "Authorization: …" value, "Bearer …" and "Basic …"
// tokens, the password of a user:password@ in an address, and query-string secrets
// (token=, access_token=, api_key=, apikey=, password=, secret=, …).
QString redactSecrets(const QString &text, const QByteArray &credential = QByteArray());

inline constexpr QLatin1StringView kRedacted { "[redacted]" };
