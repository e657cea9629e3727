#include "feed/gofloat.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerCase)
{
    if (text.size() != lowerCase.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerCase[i])
            return false;
    }
    return true;
}

// Whether `text` (without sign) is digits[.digits][e[+-]digits] with at least one mantissa digit.
bool isDecimal(QByteArrayView text)
{
    qsizetype i = 0;
    qsizetype mantissaDigits = 0;
    while (i < text.size() && isDigit(text[i])) {
        ++i;
        ++mantissaDigits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(text[i])) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < text.size() && isDigit(text[i])) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return false;
    }
    return i == text.size();
}
// For a text that passed isDecimal(): whether its magnitude is below one, judged from the
// position of the first significant digit and the exponent (saturated, so any length works).
bool isBelowOne(QByteArrayView text)
{
    qsizetype i = 0;
    qint64 magnitude = 0; // decimal position of the first significant digit, before the exponent
    bool significantSeen = false;
    while (i < text.size() && isDigit(text[i])) {
        if (text[i] != '0')
            significantSeen = true;
        if (significantSeen)
            ++magnitude;
        ++i;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (!significantSeen && i < text.size() && isDigit(text[i])) {
            if (text[i] != '0')
                significantSeen = true;
            else
                --magnitude;
            ++i;
        }
        while (i < text.size() && isDigit(text[i]))
            ++i;
    }
    if (!significantSeen)
        return true;
    qint64 exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negativeExponent = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        for (; i < text.size(); ++i)
            exponent = std::min<qint64>(exponent * 10 + (text[i] - '0'), qint64(1) << 40);
        if (negativeExponent)
            exponent = -exponent;
    }
    return magnitude + exponent <= 0;
}
} // namespace

std::optional<double> GoFloat::parse(QByteArrayView text)
{
    bool negative = false;
    QByteArrayView unsignedText = text;
    if (!text.isEmpty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        unsignedText = text.sliced(1);
    }
    if (equalsIgnoringCase(unsignedText, "inf") || equalsIgnoringCase(unsignedText, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    // Go accepts "NaN" only without a sign.
    if (unsignedText.size() == text.size() && equalsIgnoringCase(text, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (!isDecimal(unsignedText))
        return std::nullopt;
    // from_chars is locale-independent, unlike strtod (QCoreApplication sets the C locale
    // from the environment, where the decimal separator may be a comma).
    double value = 0;
    const char *begin = unsignedText.data();
    const char *end = begin + unsignedText.size();
    const auto [pointer, error] = std::from_chars(begin, end, value, std::chars_format::general);
    if (pointer != end)
        return std::nullopt;
    if (error == std::errc::result_out_of_range) {
        // Go rounds a too small number to zero without complaint and reports a too large
        // one as an error.
        if (!isBelowOne(unsignedText))
            return std::nullopt;
        value = 0;
    } else if (error != std::errc()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}
