// Parses a number the way Go's strconv.ParseFloat does for the texts Prometheus producers
// write, because both feed formats take their numbers from Go programs.
#pragma once

#include <QByteArrayView>
#include <optional>

namespace GoFloat {
// Accepts an optional sign, decimal digits with an optional fraction and exponent, and
// "NaN", "Inf" or "Infinity" in any case (the latter two with an optional sign). Returns
// nothing for anything else, including hexadecimal floats, digit separators, surrounding
// blanks and decimal numbers too large for a double: those never become data.
std::optional<double> parse(QByteArrayView text);
} // namespace GoFloat
