#include "pages/forecastpage.h"

#include "domain/figureformat.h"
#include "itemmodels/projectiontablemodel.h"
#include "query/forecastchart.h"
#include "widgets/tableexport.h"
#include "widgets/theme.h"
#include "widgets/timechartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QFrame *card(QWidget *parent, QLayout *content)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("KpiTile"));
    frame->setLayout(content);
    content->setContentsMargins(20, 16, 20, 16);
    return frame;
}
} // namespace

ForecastPage::ForecastPage(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sitesVerdict(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_power(new QLabel(this))
    , m_operational(new QLabel(this))
    , m_assumptions(new QLabel(this))
    , m_chart(new TimeChartView(tr("GPUs at Stargate sites: history, plan and projection"), this))
    , m_target(new QSpinBox(this))
    , m_targetDate(new QDateEdit(this))
    , m_gpuModel(new QComboBox(this))
    , m_watts(new QDoubleSpinBox(this))
    , m_overhead(new QDoubleSpinBox(this))
    , m_pue(new QDoubleSpinBox(this))
    , m_delaySite(new QComboBox(this))
    , m_delayMonths(new QSpinBox(this))
    , m_includeSimulated(new QCheckBox(tr("Include SIMULATED GPU counts (demo feed)"), this))
    , m_reset(new QPushButton(tr("Reset to defaults"), this))
    , m_table(new QTableView(this))
    , m_tableModel(new ProjectionTableModel(this))
{
    auto *title = new QLabel(tr("Forecast"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(tr("When the GPU target is reached, and what power it will draw. "
                                   "Change the assumptions on the "
                                   "right; every figure recomputes at once."),
        this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);

    buildScenarioControls(locale);
    buildTable(locale);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(buildCards());
    layout->addLayout(buildMiddle(), 3);
    layout->addWidget(m_table, 2);

    connectControls();
}

// The verdict and the power on plan, side by side.
QLayout *ForecastPage::buildCards()
{
    // Named for what they show (the style sheet styles them as tile value, detail and footer).
    m_verdict->setObjectName(QStringLiteral("ForecastVerdict"));
    m_summary->setObjectName(QStringLiteral("ForecastSummary"));
    m_summary->setWordWrap(true);
    m_sitesVerdict->setObjectName(QStringLiteral("ForecastSitesVerdict"));
    m_sitesVerdict->setWordWrap(true);
    m_basis->setObjectName(QStringLiteral("ForecastBasis"));
    m_basis->setWordWrap(true);
    auto *verdictLayout = new QVBoxLayout;
    auto *verdictTitle = new QLabel(tr("VERDICT"), this);
    verdictTitle->setObjectName(QStringLiteral("KpiTitle"));
    verdictLayout->addWidget(verdictTitle);
    verdictLayout->addWidget(m_verdict);
    verdictLayout->addWidget(m_summary);
    verdictLayout->addWidget(m_sitesVerdict);
    verdictLayout->addWidget(m_basis);
    verdictLayout->addStretch();

    m_power->setObjectName(QStringLiteral("ForecastPower"));
    m_power->setWordWrap(true);
    auto *powerLayout = new QVBoxLayout;
    auto *powerTitle = new QLabel(tr("POWER ON PLAN (PROJECTED)"), this);
    powerTitle->setObjectName(QStringLiteral("KpiTitle"));
    powerLayout->addWidget(powerTitle);
    powerLayout->addWidget(m_power);
    m_operational->setObjectName(QStringLiteral("KpiDetail"));
    m_operational->setWordWrap(true);
    m_operational->hide();
    powerLayout->addWidget(m_operational);
    powerLayout->addStretch();

    auto *cards = new QHBoxLayout;
    cards->setSpacing(16);
    cards->addWidget(card(this, verdictLayout), 3);
    cards->addWidget(card(this, powerLayout), 2);

    return cards;
}

// The scenario's inputs: ranges, steps, units and the locale they are shown in.
void ForecastPage::buildScenarioControls(const QLocale &locale)
{
    m_target->setRange(1'000, 50'000'000);
    m_target->setSingleStep(50'000);
    m_target->setGroupSeparatorShown(true);
    m_target->setLocale(locale);
    m_target->setAccessibleName(tr("Target GPUs"));
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setLocale(locale);
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_targetDate->setDisplayFormat(dateFormat);
    m_targetDate->setAccessibleName(tr("Target date"));
    for (const Forecast::GpuPowerModel &model : Forecast::gpuPowerModels())
        m_gpuModel->addItem(
            tr("%1 (%2 W)").arg(model.name, locale.toString(model.wattsPerGpu, 'f', 0)),
            model.wattsPerGpu);
    m_gpuModel->addItem(tr("Custom"), 0.0);
    m_gpuModel->setAccessibleName(tr("GPU model"));
    m_watts->setRange(50, 5000);
    m_watts->setDecimals(0);
    m_watts->setSingleStep(50);
    m_watts->setSuffix(tr(" W"));
    m_watts->setLocale(locale);
    m_overhead->setRange(1.0, 3.0);
    m_overhead->setSingleStep(0.05);
    m_overhead->setDecimals(2);
    m_overhead->setLocale(locale);
    m_overhead->setToolTip(
        tr("Server power per GPU beyond the GPU itself (CPUs, memory, network), as a factor."));
    m_pue->setRange(1.0, 3.0);
    m_pue->setSingleStep(0.05);
    m_pue->setDecimals(2);
    m_pue->setLocale(locale);
    m_pue->setToolTip(tr("Power usage effectiveness: facility power / IT power. No Stargate site "
                         "has published one; new "
                         "liquid-cooled AI halls target 1.05–1.2."));
    // A typed number is taken on Enter or when focus leaves, not per keystroke: each value
    // recomputes the scenario and shows it back, which would reformat "1." to "1.00" mid-typing.
    for (QAbstractSpinBox *field : std::initializer_list<QAbstractSpinBox *> {
             m_target, m_watts, m_overhead, m_pue, m_delayMonths })
        field->setKeyboardTracking(false);
    m_delayMonths->setRange(0, 60);
    m_delayMonths->setSuffix(tr(" months"));
    m_delayMonths->setLocale(locale);
    m_includeSimulated->setObjectName(QStringLiteral("ForecastIncludeSimulated"));
    m_includeSimulated->setToolTip(
        tr("Simulated counts are never evidence: off, the projection uses reported and measured "
           "figures only; on, every verdict and chart built from them says SIMULATED."));
}

// The chart, and beside it the scenario form in a card of its own.
QLayout *ForecastPage::buildMiddle()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("Target GPUs online"), m_target);
    form->addRow(tr("Target date"), m_targetDate);
    form->addRow(tr("GPU model"), m_gpuModel);
    form->addRow(tr("Watts per GPU"), m_watts);
    form->addRow(tr("Server overhead"), m_overhead);
    form->addRow(tr("PUE"), m_pue);
    form->addRow(tr("Delay site"), m_delaySite);
    form->addRow(tr("by"), m_delayMonths);
    form->addRow(m_includeSimulated);
    auto *controlsLayout = new QVBoxLayout;
    auto *controlsTitle = new QLabel(tr("SCENARIO"), this);
    controlsTitle->setObjectName(QStringLiteral("KpiTitle"));
    controlsLayout->addWidget(controlsTitle);
    controlsLayout->addLayout(form);
    controlsLayout->addWidget(m_reset, 0, Qt::AlignLeft);
    m_assumptions->setObjectName(QStringLiteral("KpiFooter"));
    m_assumptions->setWordWrap(true);
    controlsLayout->addWidget(m_assumptions);
    controlsLayout->addStretch();
    QFrame *controls = card(this, controlsLayout);
    controls->setFixedWidth(380);

    auto *chartCard = new QFrame(this);
    chartCard->setObjectName(QStringLiteral("ChartCard"));
    auto *chartLayout = new QVBoxLayout(chartCard);
    chartLayout->setContentsMargins(2, 2, 2, 2);
    chartLayout->addWidget(m_chart);
    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    middle->addWidget(chartCard, 1);
    middle->addWidget(controls);

    return middle;
}

void ForecastPage::buildTable(const QLocale &locale)
{
    m_table->setObjectName(QStringLiteral("ForecastTable"));
    m_chart->setObjectName(QStringLiteral("ForecastChart"));
    m_table->setModel(m_tableModel);
    m_table->setAccessibleName(tr("Forecast by site"));
    TableExport::addContextMenu(m_table, ProjectionTableModel::SortRole);
    m_tableModel->setLocale(locale);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Site names and the plan's basis are the longest cells; the figures share what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    connect(m_tableModel, &QAbstractItemModel::modelReset, m_table, [this] {
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        if (m_tableModel->columnCount() > 1)
            header->setSectionResizeMode(
                m_tableModel->columnCount() - 1, QHeaderView::ResizeToContents);
    });
    m_table->setMinimumHeight(220);
}

// Every edit of the scenario is emitted at once; the GPU model fills in its watts.
void ForecastPage::connectControls()
{
    const auto changed = [this] { emitScenario(); };
    connect(m_target, &QSpinBox::valueChanged, this, changed);
    connect(m_targetDate, &QDateEdit::dateChanged, this, changed);
    connect(m_watts, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_overhead, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_pue, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_delayMonths, &QSpinBox::valueChanged, this, changed);
    connect(m_includeSimulated, &QCheckBox::toggled, this, changed);
    connect(m_gpuModel, &QComboBox::currentIndexChanged, this, [this](int index) {
        const double watts = m_gpuModel->itemData(index).toDouble();
        if (watts > 0 && !m_updating)
            m_watts->setValue(watts); // emits the scenario through valueChanged
    });
    connect(m_delaySite, &QComboBox::currentIndexChanged, this, [this](int) {
        const QSignalBlocker blocker(m_delayMonths);
        m_delayMonths->setValue(
            m_scenario.delayMonths.value(m_delaySite->currentData().toString(), 0));
    });
    connect(m_reset, &QPushButton::clicked, this, &ForecastPage::resetRequested);
}

void ForecastPage::emitScenario()
{
    if (m_updating)
        return;
    Scenario scenario = m_scenario;
    scenario.targetGpus = m_target->value();
    scenario.targetDate = m_targetDate->date();
    scenario.power.wattsPerGpu = m_watts->value();
    scenario.power.serverOverhead = m_overhead->value();
    scenario.power.pue = m_pue->value();
    scenario.includeSimulated = m_includeSimulated->isChecked();
    // A target typed in is the user's target for the Stargate sites, no longer the fleet's.
    scenario.targetIsFleet = m_scenario.targetIsFleet
        && scenario.targetGpus == m_scenario.targetGpus
        && scenario.targetDate == m_scenario.targetDate;
    const QString site = m_delaySite->currentData().toString();
    if (!site.isEmpty()) {
        if (m_delayMonths->value() == 0)
            scenario.delayMonths.remove(site);
        else
            scenario.delayMonths.insert(site, m_delayMonths->value());
    }
    emit scenarioEdited(scenario);
}

void ForecastPage::showScenario(const Scenario &scenario, const QList<SiteProjection> &sites)
{
    m_updating = true;
    m_scenario = scenario;
    const QSignalBlocker b1(m_target), b2(m_targetDate), b3(m_watts), b4(m_overhead), b5(m_pue),
        b6(m_delayMonths), b7(m_delaySite), b8(m_gpuModel), b9(m_includeSimulated);
    m_includeSimulated->setChecked(scenario.includeSimulated);
    m_target->setValue(int(scenario.targetGpus));
    m_targetDate->setDate(scenario.targetDate);
    m_watts->setValue(scenario.power.wattsPerGpu);
    m_overhead->setValue(scenario.power.serverOverhead);
    m_pue->setValue(scenario.power.pue);
    int modelIndex = m_gpuModel->count() - 1;
    for (int i = 0; i < m_gpuModel->count() - 1; ++i) {
        if (m_gpuModel->itemData(i).toDouble() == scenario.power.wattsPerGpu) {
            modelIndex = i;
            break;
        }
    }
    m_gpuModel->setCurrentIndex(modelIndex);
    const QString currentSite = m_delaySite->currentData().toString();
    m_delaySite->clear();
    for (const SiteProjection &site : sites) {
        if (site.active && !site.gpuPlan.isEmpty())
            m_delaySite->addItem(site.name, site.siteId);
    }
    const int siteIndex = m_delaySite->findData(currentSite);
    m_delaySite->setCurrentIndex(siteIndex >= 0 ? siteIndex : 0);
    m_delayMonths->setValue(scenario.delayMonths.value(m_delaySite->currentData().toString(), 0));
    m_updating = false;
}

// The headline verdict in its one colour, the summary, and the Stargate sites' own comparison
// when the headline is the fleet-wide target's.
void ForecastPage::showVerdict(const ProjectionResult &result)
{
    QString verdict = Projection::verdictDisplayName(result.verdict);
    if (result.includesSimulated && !result.scenario.targetIsFleet)
        verdict = tr("%1 · SIMULATED").arg(verdict);
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(
        QStringLiteral("color: %1;").arg(Theme::verdictColor(result.verdict).name()));
    m_verdict->setToolTip(result.verdictRule);
    m_summary->setText(result.summary);
    m_summary->setToolTip(result.verdictRule);
    m_sitesVerdict->setVisible(result.scenario.targetIsFleet);
    m_sitesVerdict->setText(tr("%1 — %2").arg(
        Projection::verdictDisplayName(result.sitesVerdict), result.sitesSummary));
    QString basis;
    if (result.etaBasis == QLatin1String("trend"))
        basis = tr("Basis: the trend of the sites' GPU counts.");
    else if (result.etaBasis == QLatin1String("plan"))
        basis = tr("Basis: the sites' published GPU plans (GPUs implied by planned MW are not "
                   "counted).");
    basis += QLatin1Char(' ') + result.trendStatus;
    if (result.includesSimulated)
        basis += QLatin1Char(' ') + tr("Includes SIMULATED data (demo feed).");
    basis += QLatin1Char(' ')
        + tr(
            "The target counts all OpenAI compute; the projection covers the Stargate sites only.");
    m_basis->setText(basis.trimmed());
}

void ForecastPage::showOperationalCapacity(const std::optional<SourcedValue> &capacity)
{
    m_operational->setVisible(capacity.has_value());
    if (!capacity)
        return;
    m_operational->setText(tr("Operational now, Stargate sites: %1 (%2)")
                               .arg(FigureFormat::megawatts(capacity->value, m_locale),
                                   FigureFormat::provenanceLabel(*capacity, m_locale)));
    m_operational->setToolTip(FigureFormat::origin(*capacity, m_locale));
}

void ForecastPage::showResult(const ProjectionResult &result)
{
    showScenario(result.scenario, result.sites);
    showVerdict(result);
    m_power->setText(Projection::powerOnPlanLines(result, m_locale).join(QLatin1Char('\n')));

    QHash<QString, QString> names;
    for (const SiteProjection &site : result.sites)
        names.insert(site.siteId, site.name);
    m_assumptions->setText(tr("Assumptions:") + QLatin1Char('\n')
        + result.scenario.describe(m_locale, names).join(QLatin1Char('\n')));
    m_chart->setData(ForecastChart::build(result), m_locale);
    m_tableModel->setResult(result);
}
