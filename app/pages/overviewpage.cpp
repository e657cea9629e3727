#include "pages/overviewpage.h"

#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "query/asofline.h"
#include "widgets/chartrangegroup.h"
#include "widgets/kpitile.h"
#include "widgets/timechartview.h"
#include "widgets/timerangebar.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QLabel(this))
    , m_simulatedBanner(new QLabel(this))
    , m_gpus(new KpiTile(tr("GPUs online · Stargate sites"), this))
    , m_power(new KpiTile(tr("Power · Stargate sites"), this))
    , m_phases(new KpiTile(tr("Sites by phase"), this))
    , m_fleet(new KpiTile(tr("OpenAI compute · fleet-wide"), this))
    , m_commitment(new KpiTile(tr("Stargate commitment"), this))
    , m_projection(new KpiTile(tr("GPU target · projection"), this))
    , m_gpuChart(new TimeChartView(tr("GPUs at Stargate sites"), this))
    , m_powerChart(new TimeChartView(tr("Power at Stargate sites (MW)"), this))
    , m_chartRange(new ChartRangeGroup(
          new TimeRangeBar(QLocale(), this), { m_gpuChart, m_powerChart }, this))
{
    auto *title = new QLabel(tr("Stargate rollout overview"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    m_asOf->setObjectName(QStringLiteral("PageSubtitle"));
    // A long as-of line (German, a long date) wraps instead of widening the page.
    m_asOf->setWordWrap(true);
    m_simulatedBanner->setObjectName(QStringLiteral("Banner"));
    m_simulatedBanner->setText(
        tr("Includes SIMULATED data from the built-in demo feed: not real figures."));
    m_simulatedBanner->hide();
    // The objectNames above select styles; this property names what each widget shows, for
    // tests that read the same figure from every surface.
    const std::pair<QWidget *, const char *> figures[]
        = { { m_asOf, "as_of" }, { m_gpus, "gpus_online" }, { m_power, "power" },
              { m_phases, "sites_by_phase" }, { m_fleet, "fleet_compute" },
              { m_commitment, "commitment" }, { m_projection, "projection" } };
    for (const auto &[widget, figure] : figures)
        widget->setProperty("figure", QString::fromLatin1(figure));

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(16);
    arrangeTiles(6);

    const auto chartCardFor = [this](TimeChartView *chart) {
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("ChartCard"));
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->addWidget(chart);
        return card;
    };
    auto *charts = new QHBoxLayout;
    charts->setSpacing(16);
    charts->addWidget(chartCardFor(m_gpuChart), 1);
    charts->addWidget(chartCardFor(m_powerChart), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_asOf);
    layout->addWidget(m_simulatedBanner);
    layout->addLayout(m_tileGrid);
    layout->addWidget(m_chartRange->bar());
    layout->addLayout(charts, 1);
    connect(m_chartRange, &ChartRangeGroup::rangeChanged, this, &OverviewPage::showCharts);

    // "updated 4 s ago" moves with the clock; the tick reads no data.
    auto *tick = new QTimer(this);
    tick->setInterval(1'000);
    connect(tick, &QTimer::timeout, this, &OverviewPage::refreshFreshness);
    tick->start();
}

namespace {
// When a tile's polled figure was last updated: the real one's, else the demo's.
// When the polled time is the demo's, not the headline figure's, the line says so: "updated
// 2 s ago" under "Not reported" or under a reported capacity would read as that figure's age.
void showPolledUpdate(KpiTile *tile, const std::optional<SourcedValue> &real,
    const std::optional<SourcedValue> &simulated, qint64 staleAfterMs, const QLocale &locale)
{
    if (real && real->updated.isValid())
        tile->setFreshness(real->updated, staleAfterMs, locale);
    else if (simulated && simulated->updated.isValid())
        tile->setFreshness(simulated->updated, staleAfterMs, locale,
            QCoreApplication::translate("OverviewPage", "Demo feed (SIMULATED)"));
    else
        tile->setFreshness(QDateTime(), staleAfterMs, locale);
}
} // namespace

// The rollout's charts come with the snapshot; any other range is read for this page alone.
void OverviewPage::showCharts()
{
    const TimeRange range = m_chartRange->range();
    const OverviewCharts charts = range.kind() == TimeRange::Preset::Rollout || !m_chartSource
        ? m_rolloutCharts
        : m_chartSource(range);
    m_gpuChart->setData(charts.gpu, m_locale);
    m_powerChart->setData(charts.power, m_locale);
}

void OverviewPage::arrangeTiles(int columns)
{
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    const QList<KpiTile *> tiles { m_gpus, m_projection, m_power, m_phases, m_fleet, m_commitment };
    for (KpiTile *tile : tiles)
        m_tileGrid->removeWidget(tile);
    for (int column = 0; column < 6; ++column)
        m_tileGrid->setColumnStretch(column, column < columns ? 1 : 0);
    for (int i = 0; i < tiles.size(); ++i)
        m_tileGrid->addWidget(tiles[i], i / columns, i % columns);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    // Six tiles side by side need about 1,500 pixels; below that they wrap onto two rows of three.
    arrangeTiles(width() >= 1500 ? 6 : 3);
    QWidget::resizeEvent(event);
}

void OverviewPage::setSnapshot(const DashboardSnapshot &snapshot, const QLocale &locale)
{
    const OverviewSummary &summary = snapshot.summary;
    // An analyst's estimates carry their credit (CC BY) where they are shown.
    QString asOf = AsOfLine::full(summary, locale);
    if (const QStringList credits = snapshot.dataCredits(); !credits.isEmpty())
        asOf += AsOfLine::separator() + tr("Estimates: %1").arg(credits.join(QStringLiteral("; ")));
    m_asOf->setText(asOf);
    m_simulatedBanner->setVisible(summary.includesSimulated);

    showGpus(summary, locale);
    showPower(summary, locale);
    showPhases(summary, locale);
    showFleet(snapshot, locale);
    showCommitment(summary, locale);
    m_locale = locale;
    m_rolloutCharts = { snapshot.gpuChart, snapshot.powerChart };
    m_chartRange->bar()->setLocale(locale);
    m_chartRange->setRolloutSpan({ snapshot.gpuChart.fromMs, snapshot.gpuChart.toMs });
    showCharts();

    // Stale after three polls of the fastest enabled source were missed (a minute without sources).
    int fastestIntervalMs = 0;
    for (const SourceHealth &source : snapshot.sources) {
        if (source.enabled && source.intervalMs > 0)
            fastestIntervalMs = fastestIntervalMs == 0
                ? source.intervalMs
                : std::min(fastestIntervalMs, source.intervalMs);
    }
    m_staleAfterMs
        = fastestIntervalMs > 0 ? std::max<qint64>(3LL * fastestIntervalMs, 10'000) : 60'000;
    // The charts draw real and simulated lines: their freshness is that of the newest of either.
    m_newestSample = summary.newestSample.isValid() && summary.newestSimulatedSample.isValid()
        ? std::max(summary.newestSample, summary.newestSimulatedSample)
        : (summary.newestSample.isValid() ? summary.newestSample : summary.newestSimulatedSample);
    m_locale = locale;
    showPolledUpdate(
        m_gpus, summary.gpusOnline, summary.simulatedGpusOnline, m_staleAfterMs, locale);
    showPolledUpdate(
        m_power, summary.powerDrawnMw, summary.simulatedPowerMw, m_staleAfterMs, locale);
    refreshFreshness();
}

void OverviewPage::refreshFreshness()
{
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    m_gpus->refreshFreshness(now);
    m_power->refreshFreshness(now);
    QString note;
    bool stale = false;
    if (m_newestSample.isValid()) {
        const qint64 age = std::max<qint64>(0, now - m_newestSample.toMSecsSinceEpoch());
        stale = age > m_staleAfterMs;
        const QString ago = FigureFormat::age(age, m_locale);
        note = stale ? tr("STALE · updated %1").arg(ago) : tr("updated %1").arg(ago);
    }
    m_gpuChart->setTitleNote(note, stale);
    m_powerChart->setTitleNote(note, stale);
}

void OverviewPage::setProjection(const ProjectionResult &result, const QLocale &locale)
{
    Q_UNUSED(locale)
    m_projection->setValue(Projection::verdictDisplayName(result.verdict));
    m_projection->setDetail(result.summary);
    m_projection->setFooter(result.etaBasis == QLatin1String("trend")
            ? tr("Basis: trend of GPU counts; Stargate sites only")
            : result.etaBasis == QLatin1String("plan")
            ? tr("Basis: the sites' dated plans; Stargate sites only")
            : result.trendStatus);
    m_projection->setProvenances({ Provenance::Projected });
    m_projection->setToolTip(result.verdictRule + QStringLiteral("\n\n")
        + result.scenario.describe(locale).join(QLatin1Char('\n')));
}

void OverviewPage::showGpus(const OverviewSummary &summary, const QLocale &locale)
{
    QStringList detail;
    QList<Provenance> provenances;
    QStringList tooltip;
    // No progress bar: the only GPU target is fleet-wide, and a Stargate-sites sum is not a
    // share of it.
    m_gpus->setProgress(-1);
    if (summary.gpusOnline) {
        m_gpus->setValue(FigureFormat::range(summary.gpusOnline->value, locale));
        provenances = summary.gpusOnline->provenances;
        tooltip.append(FigureFormat::origin(*summary.gpusOnline, locale));
    } else {
        m_gpus->setValue(tr("Not reported"));
        detail.append(tr("No site has reported a count of online GPUs yet."));
    }
    if (summary.gpusInstalled)
        detail.append(
            tr("Installed: %1").arg(FigureFormat::range(summary.gpusInstalled->value, locale)));
    if (summary.gpusPlanned) {
        detail.append(tr("Planned at %n site(s) that disclose GPUs: %1", nullptr,
            summary.gpusPlanned->contributors)
                          .arg(FigureFormat::range(summary.gpusPlanned->value, locale)));
        tooltip.append(FigureFormat::origin(*summary.gpusPlanned, locale));
    }
    if (summary.simulatedGpusOnline) {
        detail.append(tr("SIMULATED (demo feed, not added): %1 online")
                          .arg(FigureFormat::range(summary.simulatedGpusOnline->value, locale)));
        // The badge names the headline figure; the SIMULATED line says what it is itself.
        if (!summary.gpusOnline)
            provenances = { Provenance::Simulated };
        tooltip.append(FigureFormat::origin(*summary.simulatedGpusOnline, locale));
    }
    m_gpus->setDetail(detail.join(QLatin1Char('\n')));
    if (summary.gpuTarget) {
        m_gpus->setFooter(tr("The fleet-wide target of %1 GPUs by %2 counts all OpenAI compute; "
                             "it is not compared with these sites.")
                              .arg(FigureFormat::count(summary.gpuTarget->value.low, locale),
                                  FigureFormat::date(summary.gpuTarget->period, locale)));
        tooltip.append(FigureFormat::origin(*summary.gpuTarget, locale));
    } else {
        m_gpus->setFooter(QString());
    }
    m_gpus->setProvenances(provenances);
    m_gpus->setToolTip(tooltip.join(QStringLiteral("\n\n")));
}

void OverviewPage::showPower(const OverviewSummary &summary, const QLocale &locale)
{
    QStringList detail;
    QStringList tooltip;
    QList<Provenance> provenances;
    std::optional<SourcedValue> shown;
    if (summary.powerDrawnMw) {
        shown = summary.powerDrawnMw;
        detail.append(tr("drawn now, IT load"));
    } else if (summary.capacityOnlineMw) {
        shown = summary.capacityOnlineMw;
        // An analyst's estimate is not a report: the wording says which it is.
        const bool estimated = shown->includes(Provenance::Estimate);
        const bool reported = shown->includes(Provenance::Reported);
        detail.append(estimated && reported
                ? tr("operational capacity reported or estimated for %n site(s), not a measured "
                     "draw",
                    nullptr, shown->contributors)
                : estimated
                ? tr("operational capacity estimated for %n site(s), not a measured draw", nullptr,
                    shown->contributors)
                : tr("operational capacity reported for %n site(s), not a measured draw", nullptr,
                    shown->contributors));
    }
    if (shown) {
        m_power->setValue(FigureFormat::megawatts(shown->value, locale));
        provenances = shown->provenances;
        tooltip.append(FigureFormat::origin(*shown, locale));
    } else {
        m_power->setValue(tr("Not reported"));
    }
    // A measured draw does not hide the reported operational capacity.
    if (summary.powerDrawnMw && summary.capacityOnlineMw) {
        detail.append(tr("Operational capacity reported for %n site(s): %1", nullptr,
            summary.capacityOnlineMw->contributors)
                          .arg(FigureFormat::megawatts(summary.capacityOnlineMw->value, locale)));
        for (Provenance provenance : summary.capacityOnlineMw->provenances) {
            if (!provenances.contains(provenance))
                provenances.append(provenance);
        }
        tooltip.append(FigureFormat::origin(*summary.capacityOnlineMw, locale));
    }
    showPlannedPower(summary, shown, detail, tooltip, locale);
    if (summary.simulatedPowerMw) {
        detail.append(tr("SIMULATED (demo feed, not added): %1 drawn")
                          .arg(FigureFormat::megawatts(summary.simulatedPowerMw->value, locale)));
        // The badge names the headline figure; the SIMULATED line says what it is itself.
        if (!shown)
            provenances = { Provenance::Simulated };
        tooltip.append(FigureFormat::origin(*summary.simulatedPowerMw, locale));
    }
    m_power->setDetail(detail.join(QLatin1Char('\n')));
    const QDate shownAsOf = shown ? shown->reportedAsOf : QDate();
    m_power->setFooter(shownAsOf.isValid()
            ? tr("As of %1").arg(FigureFormat::date(shownAsOf, locale))
            : (shown && shown->updated.isValid()
                    ? tr("Updated %1").arg(FigureFormat::dateTime(shown->updated, locale))
                    : QString()));
    m_power->setProvenances(provenances);
    m_power->setToolTip(tooltip.join(QStringLiteral("\n\n")));
}

void OverviewPage::showPlannedPower(const OverviewSummary &summary,
    const std::optional<SourcedValue> &shown, QStringList &detail, QStringList &tooltip,
    const QLocale &locale)
{
    if (!summary.plannedCapacityMw) {
        m_power->setProgress(-1);
        return;
    }
    const FigureRange planned = summary.plannedCapacityMw->value;
    detail.append(tr("of %1 planned at %2 of %3 active sites")
                      .arg(FigureFormat::megawatts(planned, locale))
                      .arg(summary.plannedCapacityMw->contributors)
                      .arg(summary.activeSites));
    // Both are sums over the Stargate sites: the bar compares like with like.
    m_power->setProgress(shown && planned.high > 0 ? 100.0 * shown->value.low / planned.high : -1);
    tooltip.append(tr("Planned capacity:") + QLatin1Char('\n')
        + FigureFormat::origin(*summary.plannedCapacityMw, locale));
}

void OverviewPage::showPhases(const OverviewSummary &summary, const QLocale &locale)
{
    int total = 0;
    QStringList lines;
    for (Phase phase : allPhases()) {
        const int count = summary.sitesByPhase.value(phase, 0);
        total += count;
        if (count > 0)
            lines.append(
                QStringLiteral("%1  %2").arg(locale.toString(count), phaseDisplayName(phase)));
    }
    m_phases->setValue(tr("%n active", nullptr, summary.activeSites));
    m_phases->setDetail(lines.join(QLatin1Char('\n')));
    m_phases->setFooter(
        tr("%n site(s) in total; paused and cancelled sites are not counted as active.", nullptr,
            total));
    m_phases->setProvenances({ Provenance::Reported });
    m_phases->setToolTip(
        tr("Each site's phase comes from dated public reports; see the Sites page for sources."));
}

void OverviewPage::showFleet(const DashboardSnapshot &snapshot, const QLocale &locale)
{
    const auto &fleet = snapshot.summary.fleetComputeGw;
    if (!fleet) {
        m_fleet->setValue(tr("Not reported"));
        m_fleet->setDetail(QString());
        m_fleet->setFooter(QString());
        m_fleet->setProvenances({});
        return;
    }
    m_fleet->setValue(tr("%1 GW").arg(locale.toString(fleet->value.low, 'f', 1)));
    QStringList earlier;
    for (const ReportedFact &fact : snapshot.facts) {
        if (fact.scope == ReportedFact::Scope::Fleet && fact.metric == Metric::ComputeGw
            && fact.period < fleet->period)
            earlier.prepend(tr("%1: %2 GW")
                                .arg(fact.period.year())
                                .arg(locale.toString(fact.value.low, 'f', 1)));
    }
    m_fleet->setDetail(
        tr("End of %1, all providers; not the Stargate sites alone.").arg(fleet->period.year())
        + (earlier.isEmpty() ? QString()
                             : QLatin1Char('\n') + earlier.join(QStringLiteral(" · "))));
    m_fleet->setFooter(tr("Reported %1").arg(FigureFormat::date(fleet->asOf, locale)));
    m_fleet->setProvenances({ fleet->provenance });
    m_fleet->setToolTip(FigureFormat::origin(*fleet, locale));
}

void OverviewPage::showCommitment(const OverviewSummary &summary, const QLocale &locale)
{
    const auto &commitment = summary.commitmentUsd;
    if (!commitment) {
        m_commitment->setValue(tr("Not reported"));
        m_commitment->setProvenances({});
        return;
    }
    m_commitment->setValue(
        tr("US$%1 bn").arg(locale.toString(commitment->value.low / 1e9, 'f', 0)));
    QString detail
        = tr("over four years, announced %1").arg(FigureFormat::date(commitment->period, locale));
    if (summary.programCapacityMw)
        detail += QLatin1Char('\n')
            + tr("Program plan: more than %1 GW (%2)")
                  .arg(locale.toString(summary.programCapacityMw->value.low / 1000.0, 'f', 0),
                      FigureFormat::date(summary.programCapacityMw->asOf, locale));
    m_commitment->setDetail(detail);
    m_commitment->setFooter(tr("Reported %1").arg(FigureFormat::date(commitment->asOf, locale)));
    m_commitment->setProvenances({ commitment->provenance });
    QString tooltip = FigureFormat::origin(*commitment, locale);
    if (summary.programCapacityMw)
        tooltip
            += QStringLiteral("\n\n") + FigureFormat::origin(*summary.programCapacityMw, locale);
    m_commitment->setToolTip(tooltip);
}
