// What the feed parsers promise on any input, as checks that name the promise broken (an empty
// string when all hold). The libFuzzer targets abort on a broken promise; tst_parserpromises
// asserts the same checks under CTest on the seed corpus and mutations of it, and that each
// check does catch a result that breaks it.
#pragma once

#include "feed/dcgmmapping.h"
#include "feed/promapi.h"
#include "feed/prometheustext.h"
#include "feed/sitestatus.h"
#include "publictable/csvreader.h"
#include "publictable/publictablereader.h"

#include <QString>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ParserPromises {

// The Prometheus text parser, the poller's one-pass DCGM scan and the DCGM mapping of the
// owned samples, for one input.
inline QString checkPrometheusText(const PromParseResult &parsed, const DcgmScrape &scanned,
    const DcgmSummary &owned, int maxSamples)
{
    if (scanned.error != parsed.error || scanned.errorLine != parsed.errorLine)
        return QStringLiteral(
            "the one-pass scan and the owned parse disagree on the error: \"%1\" vs \"%2\"")
            .arg(scanned.error, parsed.error);
    if (!parsed.error.isEmpty()) {
        if (!parsed.samples.isEmpty() || !parsed.types.isEmpty() || !parsed.help.isEmpty())
            return QStringLiteral(
                "an error comes with data: a partly read scrape would show wrong sums");
        if (parsed.errorLine <= 0)
            return QStringLiteral("the error names no line");
        return QString();
    }
    if (parsed.errorLine != 0)
        return QStringLiteral("a line number without an error");
    if (parsed.samples.size() > maxSamples)
        return QStringLiteral("more samples than the limit: %1").arg(parsed.samples.size());
    for (const PromSample &sample : parsed.samples) {
        if (sample.name.isEmpty())
            return QStringLiteral("a sample without a metric name");
    }
    if (owned.gpus < 0 || owned.blankValues < 0 || !std::isfinite(owned.powerW) || owned.powerW < 0)
        return QStringLiteral("an impossible DCGM summary: %1 GPUs, %2 W")
            .arg(owned.gpus)
            .arg(owned.powerW);
    // Only GPUs with a valid power reading count: no power without a GPU, and a scrape that
    // measured nothing says so instead of passing for a measured 0.
    if (owned.gpusWithoutPower < 0 || owned.blankValues > owned.gpusWithoutPower
        || (owned.gpus == 0 && owned.powerW != 0))
        return QStringLiteral("power without a GPU that measured it: %1 GPUs, %2 W, %3 without")
            .arg(owned.gpus)
            .arg(owned.powerW)
            .arg(owned.gpusWithoutPower);
    if (!owned.hasPower() && owned.warning.isEmpty())
        return QStringLiteral("a scrape without a valid power reading does not say so");
    const DcgmSummary &scan = scanned.summary;
    if (scan.gpus != owned.gpus || scan.powerW != owned.powerW
        || scan.gpusWithoutPower != owned.gpusWithoutPower || scan.blankValues != owned.blankValues
        || scan.modelNames != owned.modelNames || scan.warning != owned.warning)
        return QStringLiteral("the one-pass scan sums differently: %1 GPUs, %2 W vs %3 GPUs, %4 W")
            .arg(scan.gpus)
            .arg(scan.powerW)
            .arg(owned.gpus)
            .arg(owned.powerW);
    return QString();
}

inline QString prometheusText(const QByteArray &body, int maxSamples)
{
    const PromParseResult parsed = parsePrometheusText(body, maxSamples);
    return checkPrometheusText(
        parsed, summarizeDcgmScrape(body, maxSamples), summarizeDcgm(parsed.samples), maxSamples);
}

inline QString checkPromApi(const PromApiResult &result, int httpStatus)
{
    if (!result.error.isEmpty() && (!result.vector.isEmpty() || result.scalar.has_value()))
        return QStringLiteral("a failed answer carries figures");
    if (httpStatus != 200 && result.error.isEmpty())
        return QStringLiteral("HTTP %1 taken as a successful answer").arg(httpStatus);
    return QString();
}

inline QString promApi(const QByteArray &body)
{
    for (const int httpStatus : { 200, 503 }) {
        if (const QString broken = checkPromApi(parsePromApiResponse(body, httpStatus), httpStatus);
            !broken.isEmpty())
            return broken;
    }
    return QString();
}

inline QString checkSiteStatus(const SiteStatusResult &result)
{
    if (!result.error.isEmpty() && !result.sites.isEmpty())
        return QStringLiteral("a rejected document still yields sites");
    const auto inRange = [](const std::optional<double> &value, double limit) {
        return !value || (std::isfinite(*value) && *value >= 0 && *value <= limit);
    };
    // Whatever is accepted passed the plausibility checks.
    for (const SiteStatusRecord &site : result.sites) {
        if (site.siteId.isEmpty())
            return QStringLiteral("an accepted record without a site id");
        if (!inRange(site.gpusInstalled, 1e7) || !inRange(site.gpusOnline, 1e7)
            || !inRange(site.itPowerMw, 1e5) || !inRange(site.facilityPowerMw, 1e5)
            || !inRange(site.capacityMw, 1e5))
            return QStringLiteral("site %1: an implausible figure was accepted").arg(site.siteId);
        if (site.phase && !site.unknownPhase.isEmpty())
            return QStringLiteral("site %1: a known and an unknown phase at once").arg(site.siteId);
    }
    return QString();
}

inline QString siteStatus(const QByteArray &body)
{
    return checkSiteStatus(parseSiteStatus(body));
}

// For the fuzz targets: a broken promise is a finding.
// The CSV reader: an error leaves nothing read and names its line; a read table has rows exactly
// as wide as its header, on ascending lines after the header's, and no more than the limit.
inline QString checkCsv(const CsvTable &table, int maxRows)
{
    if (!table.error.isEmpty()) {
        if (!table.header.isEmpty() || !table.rows.isEmpty())
            return QStringLiteral("a CSV error comes with data");
        if (table.errorLine <= 0)
            return QStringLiteral("the CSV error names no line");
        return QString();
    }
    if (table.header.isEmpty())
        return QStringLiteral("a table read without a header");
    if (table.rows.size() > maxRows || table.rows.size() != table.rowLines.size())
        return QStringLiteral("rows and their lines disagree, or exceed the limit");
    int previous = 1;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (table.rows[i].size() != table.header.size())
            return QStringLiteral("a row of %1 fields under a header of %2")
                .arg(table.rows[i].size())
                .arg(table.header.size());
        if (table.rowLines[i] <= previous)
            return QStringLiteral("row lines do not ascend");
        previous = table.rowLines[i];
    }
    return QString();
}

// A public table read with a preset: a refused file yields no figure; every figure belongs to a
// known site, is finite and not negative, is an estimate naming its analyst, and is the
// analyst's projection exactly when it is dated after the fetch.
inline QString checkPublicTable(const TableImport &import, const TableReadContext &context)
{
    if (!import.error.isEmpty()) {
        if (!import.facts.isEmpty() || !import.unmatched.isEmpty())
            return QStringLiteral("a refused table still yields figures");
        return QString();
    }
    for (const ReportedFact &fact : import.facts) {
        if (!context.siteIds.contains(fact.siteId))
            return QStringLiteral("a figure for an unknown site \"%1\"").arg(fact.siteId);
        if (!std::isfinite(fact.value.low) || fact.value.low < 0
            || fact.value.high != fact.value.low)
            return QStringLiteral("an impossible figure: %1").arg(fact.value.low);
        if (fact.provenance != Provenance::Estimate || fact.analyst.isEmpty()
            || !fact.period.isValid())
            return QStringLiteral("a figure that is no dated estimate naming its analyst");
        if (fact.analystProjection != (fact.period > context.retrievedAt.date()))
            return QStringLiteral("a projection flag that disagrees with the row's date");
    }
    return QString();
}

inline TableReadContext publicTableContext()
{
    TableReadContext context;
    context.fileName = QStringLiteral("fuzz.csv");
    context.retrievedAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    context.siteIds = { QStringLiteral("abilene-tx") };
    context.aliases.insert(PublicTableReader::foldName(QStringLiteral("OpenAI Stargate Abilene")),
        QStringLiteral("abilene-tx"));
    return context;
}

inline QString publicTable(const QByteArray &body)
{
    constexpr int maxRows = 1000;
    if (const QString broken = checkCsv(CsvReader::read(body, maxRows), maxRows); !broken.isEmpty())
        return broken;
    const TableReadContext context = publicTableContext();
    for (const TableMapping &mapping : TableMapping::presets()) {
        if (const QString broken
            = checkPublicTable(PublicTableReader::read(body, mapping, context), context);
            !broken.isEmpty())
            return broken;
    }
    return QString();
}

inline void abortIfBroken(const QString &broken)
{
    if (broken.isEmpty())
        return;
    std::fprintf(stderr, "broken promise: %s\n", qPrintable(broken));
    std::abort();
}

} // namespace ParserPromises
