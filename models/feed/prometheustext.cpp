#include "feed/prometheustext.h"

#include "feed/gofloat.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

QByteArrayView PromSampleView::label(QByteArrayView name) const
{
    for (const PromLabelView &label : labels) {
        if (label.name == name)
            return label.value;
    }
    return {};
}

QString PromSample::label(const QString &name) const
{
    for (const auto &[key, value] : labels) {
        if (key == name)
            return value;
    }
    return QString();
}

namespace {
bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isMetricNameStart(char c)
{
    return isLetter(c) || c == '_' || c == ':';
}

bool isMetricNameChar(char c)
{
    return isMetricNameStart(c) || isDigit(c);
}

bool isLabelNameStart(char c)
{
    return isLetter(c) || c == '_';
}

bool isLabelNameChar(char c)
{
    return isLabelNameStart(c) || isDigit(c);
}

// RFC 3629 UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int continuation = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                min = 0xA0; // overlong
            if (lead == 0xED)
                max = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                min = 0x90; // overlong
            if (lead == 0xF4)
                max = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        if (size - i <= continuation)
            return false;
        if (data[i + 1] < min || data[i + 1] > max)
            return false;
        for (int k = 2; k <= continuation; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

QByteArrayView trimBlanks(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// A token for an error message: fuzzed lines can be megabytes long.
QString excerpt(QByteArrayView text)
{
    constexpr qsizetype kMax = 40;
    if (text.size() <= kMax)
        return QString::fromUtf8(text);
    return QString::fromUtf8(text.first(kMax)) + QStringLiteral("…");
}

// HELP text escapes only backslash and newline; other backslashes stay as they are, since
// HELP is documentation and never data.
QString unescapeHelp(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == 'n')) {
            out.append(text[i + 1] == 'n' ? '\n' : '\\');
            ++i;
        } else {
            out.append(text[i]);
        }
    }
    return QString::fromUtf8(out);
}

const QSet<QByteArray> &knownTypes()
{
    // The 0.0.4 types, plus those OpenMetrics adds.
    static const QSet<QByteArray> types { "counter", "gauge", "histogram", "summary", "untyped",
        "unknown", "gaugehistogram", "stateset", "info" };
    return types;
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    if (text.startsWith('+'))
        text = text.sliced(1);
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [pointer, error] = std::from_chars(text.data(), end, value, 10);
    if (error != std::errc() || pointer != end)
        return std::nullopt;
    return value;
}

// Reads one line's tokens from left to right.
class Cursor
{
public:
    explicit Cursor(QByteArrayView line)
        : m_line(line)
    { }
    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }
    void advance() { ++m_pos; }
    bool skipBlanks()
    {
        const qsizetype before = m_pos;
        while (!atEnd() && isBlank(m_line[m_pos]))
            ++m_pos;
        return m_pos > before;
    }
    template <typename Predicate> QByteArrayView takeWhile(Predicate predicate)
    {
        const qsizetype begin = m_pos;
        while (!atEnd() && predicate(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(begin, m_pos - begin);
    }
    QByteArrayView takeToken()
    {
        return takeWhile([](char c) { return !isBlank(c); });
    }
    QByteArrayView rest() const { return m_line.sliced(std::min(m_pos, m_line.size())); }

    enum class Quoted
    {
        Ok,
        Unterminated,
        BadEscape
    };
    // At a double quote: reads the quoted text with the escapes \\, \" and \n. Text without
    // escapes is a view into the line; text with escapes is unescaped into `scratch`, which the
    // caller has reserved to the line's length, so that earlier views into it stay valid (the
    // unescaped text of a line is never longer than the line).
    Quoted takeQuoted(std::string &scratch, QByteArrayView *out)
    {
        const qsizetype begin = ++m_pos;
        while (!atEnd()) {
            const char c = m_line[m_pos];
            if (c == '"') {
                *out = m_line.sliced(begin, m_pos - begin);
                ++m_pos;
                return Quoted::Ok;
            }
            if (c == '\\')
                return takeEscaped(begin, scratch, out);
            ++m_pos;
        }
        return Quoted::Unterminated;
    }

private:
    Quoted takeEscaped(qsizetype begin, std::string &scratch, QByteArrayView *out)
    {
        const std::size_t start = scratch.size();
        scratch.append(m_line.data() + begin, std::size_t(m_pos - begin));
        while (!atEnd()) {
            const char c = m_line[m_pos++];
            if (c == '"') {
                *out = QByteArrayView(scratch.data() + start, qsizetype(scratch.size() - start));
                return Quoted::Ok;
            }
            if (c != '\\') {
                scratch.push_back(c);
                continue;
            }
            if (atEnd())
                return Quoted::Unterminated;
            const char escaped = m_line[m_pos++];
            if (escaped == '\\' || escaped == '"')
                scratch.push_back(escaped);
            else if (escaped == 'n')
                scratch.push_back('\n');
            else
                return Quoted::BadEscape;
        }
        return Quoted::Unterminated;
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

QString text(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}

class PrometheusTextScanner
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusTextParser)

public:
    PrometheusTextScanner(const PromSampleVisitor &visit, int maxSamples)
        : m_visit(visit)
        , m_maxSamples(maxSamples)
    { }

    PromScanResult scan(QByteArrayView body)
    {
        qsizetype start = 0;
        int lineNumber = 0;
        while (start < body.size()) {
            qsizetype end = body.indexOf('\n', start);
            const bool terminated = end >= 0;
            if (!terminated)
                end = body.size();
            ++lineNumber;
            QByteArrayView line(body.constData() + start, end - start);
            start = end + 1;
            // Tolerate CRLF line ends: a carriage return carries no data.
            if (line.endsWith('\r'))
                line.chop(1);
            if (!isValidUtf8(line))
                return failed(lineNumber, tr("the line is not valid UTF-8"));
            m_scratch.clear();
            m_scratch.reserve(std::size_t(line.size()));
            if (!parseLine(line))
                return failed(lineNumber, m_message);
            if (!terminated && !trimBlanks(line).isEmpty())
                m_result.warnings.append(tr(
                    "line %1: the last line does not end with a newline; the body may be cut short")
                                             .arg(lineNumber));
        }
        return std::move(m_result);
    }

private:
    PromScanResult failed(int lineNumber, const QString &message)
    {
        PromScanResult result;
        result.warnings = m_result.warnings;
        result.errorLine = lineNumber;
        result.error = tr("line %1: %2").arg(lineNumber).arg(message);
        return result;
    }

    bool fail(const QString &message)
    {
        m_message = message;
        return false;
    }

    bool parseLine(QByteArrayView rawLine)
    {
        const QByteArrayView line = trimBlanks(rawLine);
        if (line.isEmpty())
            return true;
        if (m_eofSeen)
            return fail(tr("text after \"# EOF\""));
        if (line.startsWith('#'))
            return parseComment(Cursor(line.sliced(1)));
        return parseSample(Cursor(line));
    }

    // A metric name in a HELP or TYPE line: plain, or quoted (Prometheus 3).
    bool takeCommentName(Cursor &cursor, const QString &keyword, QString *name)
    {
        if (cursor.peek() == '"') {
            QByteArrayView quoted;
            if (cursor.takeQuoted(m_scratch, &quoted) != Cursor::Quoted::Ok)
                return fail(tr("the quoted metric name in the %1 line is malformed").arg(keyword));
            *name = text(quoted);
        } else {
            const QByteArrayView plain = cursor.takeWhile(isMetricNameChar);
            if (plain.isEmpty() || !isMetricNameStart(plain[0]))
                return fail(tr("the %1 line has no valid metric name").arg(keyword));
            *name = QString::fromLatin1(plain);
        }
        if (name->isEmpty())
            return fail(tr("the %1 line has no valid metric name").arg(keyword));
        if (!cursor.atEnd() && !cursor.skipBlanks())
            return fail(tr("invalid character in the metric name of the %1 line").arg(keyword));
        return true;
    }

    bool parseComment(Cursor cursor)
    {
        cursor.skipBlanks();
        const QByteArrayView keyword = cursor.takeToken();
        const bool hasMore = cursor.skipBlanks() && !cursor.atEnd();
        if (keyword == "EOF" && !hasMore) {
            m_eofSeen = true; // OpenMetrics: the end of the exposition
            return true;
        }
        if (keyword != "HELP" && keyword != "TYPE")
            return true; // an ordinary comment
        const QString keywordText = QString::fromLatin1(keyword);
        if (!hasMore)
            return fail(tr("the %1 line has no valid metric name").arg(keywordText));
        QString name;
        if (!takeCommentName(cursor, keywordText, &name))
            return false;
        if (keyword == "HELP") {
            if (m_result.help.contains(name))
                return fail(tr("a second HELP line for \"%1\"").arg(name));
            m_result.help.insert(name, unescapeHelp(cursor.rest()));
            return true;
        }
        const QByteArrayView type = cursor.takeToken();
        cursor.skipBlanks();
        if (type.isEmpty())
            return fail(tr("the TYPE line for \"%1\" names no type").arg(name));
        if (!cursor.atEnd() || !knownTypes().contains(type.toByteArray()))
            return fail(tr("unknown metric type \"%1\" for \"%2\"").arg(excerpt(type), name));
        if (m_result.types.contains(name))
            return fail(tr("a second TYPE line for \"%1\"").arg(name));
        if (m_sampledNames.contains(name.toUtf8()))
            return fail(tr("the TYPE line for \"%1\" comes after its first sample").arg(name));
        m_result.types.insert(name, QString::fromLatin1(type));
        return true;
    }

    bool parseSample(Cursor cursor)
    {
        PromSampleView &sample = m_sample;
        sample.name = {};
        sample.labels.clear();
        sample.timestampMs.reset();
        if (isMetricNameStart(cursor.peek())) {
            sample.name = cursor.takeWhile(isMetricNameChar);
        } else if (cursor.peek() != '{') {
            return fail(tr("a sample must start with a metric name, not \"%1\"")
                            .arg(excerpt(cursor.takeToken())));
        }
        if (cursor.peek() == '{' && !parseLabels(cursor, &sample))
            return false;
        if (sample.name.isEmpty())
            return fail(tr("the sample has no metric name"));
        if (cursor.atEnd())
            return fail(tr("the sample \"%1\" has no value").arg(text(sample.name)));
        if (!cursor.skipBlanks())
            return fail(tr("invalid character '%1' after the metric name \"%2\"")
                            .arg(excerpt(cursor.rest().first(1)), text(sample.name)));
        if (cursor.atEnd())
            return fail(tr("the sample \"%1\" has no value").arg(text(sample.name)));
        const QByteArrayView valueText = cursor.takeToken();
        const std::optional<double> value = GoFloat::parse(valueText);
        if (!value)
            return fail(tr("the value \"%1\" of \"%2\" is not a number")
                            .arg(excerpt(valueText), text(sample.name)));
        sample.value = *value;
        cursor.skipBlanks();
        if (!cursor.atEnd()) {
            const QByteArrayView timestampText = cursor.takeToken();
            sample.timestampMs = parseTimestamp(timestampText);
            if (!sample.timestampMs)
                return fail(
                    tr("the timestamp \"%1\" of \"%2\" is not a whole number of milliseconds")
                        .arg(excerpt(timestampText), text(sample.name)));
            cursor.skipBlanks();
            if (!cursor.atEnd())
                return fail(tr("unexpected text \"%1\" after the timestamp of \"%2\"")
                                .arg(excerpt(cursor.rest()), text(sample.name)));
        }
        if (m_result.sampleCount >= m_maxSamples)
            return fail(tr("the scrape has more than %1 samples").arg(m_maxSamples));
        // Samples of one metric come together: the set is touched once per metric, not per line.
        if (sample.name != QByteArrayView(m_lastSampledName)) {
            m_lastSampledName = sample.name.toByteArray();
            m_sampledNames.insert(m_lastSampledName);
        }
        ++m_result.sampleCount;
        m_visit(sample);
        return true;
    }

    bool parseLabels(Cursor &cursor, PromSampleView *sample)
    {
        cursor.advance(); // the opening brace
        while (true) {
            cursor.skipBlanks();
            if (cursor.atEnd())
                return fail(tr("the label set is not closed with \"}\""));
            if (cursor.peek() == '}') {
                cursor.advance();
                break;
            }
            QByteArrayView labelName;
            bool isLabel = true;
            if (cursor.peek() == '"') {
                QByteArrayView quoted;
                if (cursor.takeQuoted(m_scratch, &quoted) != Cursor::Quoted::Ok)
                    return fail(tr("a quoted name inside the braces is malformed"));
                cursor.skipBlanks();
                if (cursor.peek() == '=') {
                    labelName = quoted; // a quoted UTF-8 label name (Prometheus 3)
                    if (labelName.isEmpty())
                        return fail(tr("a label name is empty"));
                } else {
                    // A quoted metric name (Prometheus 3): {"my.metric", label="v"}.
                    if (!sample->name.isEmpty())
                        return fail(tr("the sample names its metric twice (\"%1\" and \"%2\")")
                                        .arg(text(sample->name), text(quoted)));
                    if (quoted.isEmpty())
                        return fail(tr("the quoted metric name is empty"));
                    sample->name = quoted;
                    isLabel = false;
                }
            } else if (isLabelNameStart(cursor.peek())) {
                labelName = cursor.takeWhile(isLabelNameChar);
                cursor.skipBlanks();
                if (cursor.peek() != '=')
                    return fail(tr("the label \"%1\" has no \"=\"").arg(text(labelName)));
            } else {
                return fail(tr("invalid character '%1' in the label set")
                                .arg(excerpt(cursor.rest().first(1))));
            }
            if (isLabel) {
                cursor.advance(); // the '='
                cursor.skipBlanks();
                if (cursor.peek() != '"')
                    return fail(tr("the value of label \"%1\" is not quoted").arg(text(labelName)));
                QByteArrayView labelValue;
                switch (cursor.takeQuoted(m_scratch, &labelValue)) {
                case Cursor::Quoted::Ok:
                    break;
                case Cursor::Quoted::Unterminated:
                    return fail(
                        tr("the value of label \"%1\" has no closing quote").arg(text(labelName)));
                case Cursor::Quoted::BadEscape:
                    return fail(tr("the value of label \"%1\" has an invalid escape (only \\\\, "
                                   "\\\" and \\n are allowed)")
                                    .arg(text(labelName)));
                }
                sample->labels.append(PromLabelView { labelName, labelValue });
            }
            cursor.skipBlanks();
            if (cursor.peek() == ',')
                cursor.advance();
            else if (cursor.peek() != '}' && !cursor.atEnd())
                return fail(tr("expected \",\" or \"}\" in the label set, not '%1'")
                                .arg(excerpt(cursor.rest().first(1))));
        }
        return checkUniqueLabels(*sample);
    }

    bool checkUniqueLabels(const PromSampleView &sample)
    {
        const auto &labels = sample.labels;
        constexpr qsizetype kSmall
            = 16; // exporters send a handful: a pairwise check costs less than sorting
        if (labels.size() <= kSmall) {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                for (qsizetype j = i + 1; j < labels.size(); ++j) {
                    if (labels[i].name == labels[j].name)
                        return fail(tr("the label \"%1\" appears twice").arg(text(labels[i].name)));
                }
            }
            return true;
        }
        std::vector<QByteArrayView> names;
        names.reserve(std::size_t(labels.size()));
        for (const PromLabelView &label : labels)
            names.push_back(label.name);
        // Sorting keeps a line with thousands of labels at n log n rather than n².
        std::sort(names.begin(), names.end());
        const auto duplicate = std::adjacent_find(names.cbegin(), names.cend());
        if (duplicate != names.cend())
            return fail(tr("the label \"%1\" appears twice").arg(text(*duplicate)));
        return true;
    }

    const PromSampleVisitor &m_visit;
    PromScanResult m_result;
    PromSampleView m_sample; // reused from line to line: its label array keeps its capacity
    std::string m_scratch; // unescaped quoted text of the current line
    QSet<QByteArray> m_sampledNames;
    QByteArray m_lastSampledName;
    QString m_message;
    int m_maxSamples = 0;
    bool m_eofSeen = false;
};

PromSample ownedSample(const PromSampleView &view)
{
    PromSample sample;
    sample.name = text(view.name);
    sample.labels.reserve(view.labels.size());
    for (const PromLabelView &label : view.labels)
        sample.labels.append({ text(label.name), text(label.value) });
    sample.value = view.value;
    sample.timestampMs = view.timestampMs;
    return sample;
}
} // namespace

PromScanResult scanPrometheusText(
    QByteArrayView body, const PromSampleVisitor &visit, int maxSamples)
{
    return PrometheusTextScanner(visit, maxSamples).scan(body);
}

PromParseResult parsePrometheusText(const QByteArray &body, int maxSamples)
{
    PromParseResult result;
    PromScanResult scan = scanPrometheusText(
        body,
        [&result](const PromSampleView &sample) { result.samples.append(ownedSample(sample)); },
        maxSamples);
    if (!scan.ok())
        result.samples.clear();
    result.types = std::move(scan.types);
    result.help = std::move(scan.help);
    result.warnings = std::move(scan.warnings);
    result.error = std::move(scan.error);
    result.errorLine = scan.errorLine;
    return result;
}
