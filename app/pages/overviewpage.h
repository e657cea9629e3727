// The executive Overview: headline tiles (GPUs, power, sites by phase, fleet compute,
// commitment) and the GPU and power charts. Shows a DashboardSnapshot; reads nothing itself.
#pragma once

#include "forecast/projection.h"
#include "query/dashboardsnapshot.h"
#include "query/timerange.h"

#include <QLocale>
#include <QWidget>
#include <functional>

class ChartRangeGroup;
class KpiTile;
class QLabel;
class TimeChartView;

class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSnapshot(const DashboardSnapshot &snapshot, const QLocale &locale);
    // Reads the charts for a range other than the rollout (the snapshot holds the rollout's);
    // without one the charts always show the rollout.
    using ChartSource = std::function<OverviewCharts(const TimeRange &range)>;
    void setChartSource(ChartSource source) { m_chartSource = std::move(source); }
    ChartRangeGroup *chartRange() const { return m_chartRange; }
    void setProjection(const ProjectionResult &result, const QLocale &locale);
    // The clock for freshness ("updated 4 s ago"); tests set a fixed one.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Re-renders the freshness of tiles and charts at the clock's time.
    void refreshFreshness();
    // Polled figures older than this are shown as stale.
    qint64 staleAfterMs() const { return m_staleAfterMs; }

    KpiTile *gpuTile() const { return m_gpus; }
    KpiTile *powerTile() const { return m_power; }
    KpiTile *phaseTile() const { return m_phases; }
    KpiTile *fleetTile() const { return m_fleet; }
    KpiTile *commitmentTile() const { return m_commitment; }
    KpiTile *projectionTile() const { return m_projection; }
    TimeChartView *gpuChart() const { return m_gpuChart; }
    TimeChartView *powerChart() const { return m_powerChart; }
    QLabel *asOfLabel() const { return m_asOf; }
    QLabel *simulatedBanner() const { return m_simulatedBanner; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeTiles(int columns);
    void showGpus(const OverviewSummary &summary, const QLocale &locale);
    void showPower(const OverviewSummary &summary, const QLocale &locale);
    // The power tile's planned-capacity line and its progress bar (shown against planned).
    void showPlannedPower(const OverviewSummary &summary, const std::optional<SourcedValue> &shown,
        QStringList &detail, QStringList &tooltip, const QLocale &locale);
    void showPhases(const OverviewSummary &summary, const QLocale &locale);
    void showFleet(const DashboardSnapshot &snapshot, const QLocale &locale);
    void showCommitment(const OverviewSummary &summary, const QLocale &locale);
    void showCharts();

    class QGridLayout *m_tileGrid;
    int m_tileColumns = 0;
    QLabel *m_asOf;
    QLabel *m_simulatedBanner;
    KpiTile *m_gpus;
    KpiTile *m_power;
    KpiTile *m_phases;
    KpiTile *m_fleet;
    KpiTile *m_commitment;
    KpiTile *m_projection;
    TimeChartView *m_gpuChart;
    TimeChartView *m_powerChart;
    ChartRangeGroup *m_chartRange;
    ChartSource m_chartSource;
    OverviewCharts m_rolloutCharts; // the snapshot's
    std::function<qint64()> m_clock;
    qint64 m_staleAfterMs = 60'000;
    QDateTime m_newestSample;
    QLocale m_locale;
};
