// The x axis of the time charts: a span that shows every dated point and today, starting
// and ending on clean dates.
#pragma once

#include <QDate>

// The time span of a chart's x axis, ms since the epoch (UTC).
struct ChartSpan
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const ChartSpan &) const = default;
};

// Midnight UTC at the start of `date`, the x value charts give a dated figure.
qint64 chartMs(const QDate &date);

// Collects the instants a chart must show, then turns them into its span.
class ChartExtent
{
public:
    // The room a span of up to 400 days gets either side (longer spans always get whole
    // years, with at least a quarter after the last point). The two charts differ on
    // purpose: the Overview draws polled lines that end at now, so a day's room keeps the
    // width for the data; a site's chart often holds one or two dated figures, which a
    // month either side keeps off the edges.
    enum class ShortSpanMargin
    {
        Days, // one day before, two after (Overview)
        Months, // one month either side (Site page)
    };

    explicit ChartExtent(qint64 nowMs);
    void include(qint64 ms);
    void include(const QDate &date) { include(chartMs(date)); }
    ChartSpan span(ShortSpanMargin margin) const;

private:
    qint64 m_earliestMs;
    qint64 m_latestMs;
};
