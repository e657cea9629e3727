// The Forecast page: when the GPU target will be reached and what power it will draw, with
// the scenario controls beside the chart. Shows ProjectionResults and turns control changes
// into Scenarios for the ProjectionController; it computes nothing itself.
#pragma once

#include "domain/sourcedvalue.h"

#include "forecast/projection.h"

#include <QLocale>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QPushButton;
class QSpinBox;
class QTableView;
class ProjectionTableModel;
class TimeChartView;

class ForecastPage : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPage(const QLocale &locale, QWidget *parent = nullptr);

    QSpinBox *targetField() const { return m_target; }
    QDateEdit *targetDateField() const { return m_targetDate; }
    QDoubleSpinBox *pueField() const { return m_pue; }
    QDoubleSpinBox *overheadField() const { return m_overhead; }
    QDoubleSpinBox *wattsField() const { return m_watts; }
    QComboBox *delaySiteField() const { return m_delaySite; }
    QSpinBox *delayMonthsField() const { return m_delayMonths; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *sitesVerdictLabel() const { return m_sitesVerdict; }
    QLabel *powerLabel() const { return m_power; }
    QLabel *operationalLabel() const { return m_operational; }
    QCheckBox *includeSimulatedField() const { return m_includeSimulated; }
    TimeChartView *chart() const { return m_chart; }
    ProjectionTableModel *tableModel() const { return m_tableModel; }

public slots:
    void showResult(const ProjectionResult &result);
    // The operational capacity of the Stargate sites now (reported or an analyst's estimate),
    // beside the projected power so that the plan reads against where the sites stand.
    void showOperationalCapacity(const std::optional<SourcedValue> &capacity);

signals:
    void scenarioEdited(const Scenario &scenario);
    void resetRequested();

private:
    // The steps of the constructor.
    QLayout *buildCards();
    void buildScenarioControls(const QLocale &locale);
    QLayout *buildMiddle();
    void buildTable(const QLocale &locale);
    void connectControls();

    void emitScenario();
    void showScenario(const Scenario &scenario, const QList<SiteProjection> &sites);
    void showVerdict(const ProjectionResult &result);

    QLocale m_locale;
    Scenario m_scenario;
    bool m_updating = false;
    QLabel *m_verdict;
    QLabel *m_summary;
    QLabel *m_sitesVerdict; // the Stargate sites' own projection, when the target is fleet-wide
    QLabel *m_basis;
    QLabel *m_power;
    QLabel *m_operational;
    QLabel *m_assumptions;
    TimeChartView *m_chart;
    QSpinBox *m_target;
    QDateEdit *m_targetDate;
    QComboBox *m_gpuModel;
    QDoubleSpinBox *m_watts;
    QDoubleSpinBox *m_overhead;
    QDoubleSpinBox *m_pue;
    QComboBox *m_delaySite;
    QSpinBox *m_delayMonths;
    QCheckBox *m_includeSimulated;
    QPushButton *m_reset;
    QTableView *m_table;
    ProjectionTableModel *m_tableModel;
};
