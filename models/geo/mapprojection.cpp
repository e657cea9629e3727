#include "geo/mapprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// Albers constants for the USA (spherical form).
struct Albers
{
    double lambda0, n, c, rho0;
    Albers(double phi0Deg, double lambda0Deg, double phi1Deg, double phi2Deg)
    {
        const double phi1 = phi1Deg * kDeg;
        const double phi2 = phi2Deg * kDeg;
        lambda0 = lambda0Deg * kDeg;
        n = (std::sin(phi1) + std::sin(phi2)) / 2.0;
        c = std::cos(phi1) * std::cos(phi1) + 2.0 * n * std::sin(phi1);
        rho0 = std::sqrt(c - 2.0 * n * std::sin(phi0Deg * kDeg)) / n;
    }
};

const Albers &usa()
{
    static const Albers albers(23.0, -96.0, 29.5, 45.5);
    return albers;
}

// Equal Earth polynomial coefficients.
constexpr double kA1 = 1.340264;
constexpr double kA2 = -0.081106;
constexpr double kA3 = 0.000893;
constexpr double kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2.0;

double wrapLongitude(double lambda)
{
    while (lambda > std::numbers::pi)
        lambda -= 2.0 * std::numbers::pi;
    while (lambda < -std::numbers::pi)
        lambda += 2.0 * std::numbers::pi;
    return lambda;
}

} // namespace

QPointF MapProjection::albersUsa(double lonDeg, double latDeg)
{
    const Albers &a = usa();
    const double rho = std::sqrt(a.c - 2.0 * a.n * std::sin(latDeg * kDeg)) / a.n;
    const double theta = a.n * wrapLongitude(lonDeg * kDeg - a.lambda0);
    return QPointF(rho * std::sin(theta), a.rho0 - rho * std::cos(theta));
}

QPointF MapProjection::albersUsaInverse(double x, double y)
{
    const Albers &a = usa();
    const double dy = a.rho0 - y;
    const double rho = std::sqrt(x * x + dy * dy); // n > 0 for northern standard parallels
    const double theta = std::atan2(x, dy);
    const double sinPhi = std::clamp((a.c - rho * rho * a.n * a.n) / (2.0 * a.n), -1.0, 1.0);
    return QPointF((a.lambda0 + theta / a.n) / kDeg, std::asin(sinPhi) / kDeg);
}

QPointF MapProjection::equalEarth(double lonDeg, double latDeg)
{
    const double lambda = lonDeg * kDeg;
    const double theta = std::asin(kM * std::sin(latDeg * kDeg));
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double x = 2.0 * std::sqrt(3.0) * lambda * std::cos(theta)
        / (3.0 * (9.0 * kA4 * t6 * t2 + 7.0 * kA3 * t6 + 3.0 * kA2 * t2 + kA1));
    const double y = theta * (kA4 * t6 * t2 + kA3 * t6 + kA2 * t2 + kA1);
    return QPointF(x, y);
}

QPointF MapProjection::equalEarthInverse(double x, double y)
{
    // Newton's method on y(theta); converges in a handful of steps for |y| up to the pole.
    double theta = y;
    for (int i = 0; i < 20; ++i) {
        const double t2 = theta * theta;
        const double t6 = t2 * t2 * t2;
        const double f = theta * (kA4 * t6 * t2 + kA3 * t6 + kA2 * t2 + kA1) - y;
        const double derivative = 9.0 * kA4 * t6 * t2 + 7.0 * kA3 * t6 + 3.0 * kA2 * t2 + kA1;
        const double step = f / derivative;
        theta -= step;
        if (std::abs(step) < 1e-14)
            break;
    }
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double derivative = 9.0 * kA4 * t6 * t2 + 7.0 * kA3 * t6 + 3.0 * kA2 * t2 + kA1;
    const double lambda = 3.0 * x * derivative / (2.0 * std::sqrt(3.0) * std::cos(theta));
    const double phi = std::asin(std::clamp(std::sin(theta) / kM, -1.0, 1.0));
    return QPointF(lambda / kDeg, phi / kDeg);
}
