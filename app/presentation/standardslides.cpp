// The standard slides: overview tiles, GPUs over time, power over time, the forecast, the
// sites table and one slide per site. Each factory turns a SlideContext into a body widget.
#include "presentation/slideregistry.h"

#include "domain/figureformat.h"
#include "presentation/fittedtextlabel.h"
#include "presentation/slidecontext.h"
#include "query/forecastchart.h"
#include "widgets/theme.h"
#include "widgets/timechartview.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

// The translation context of the standard slides.
class SlideText
{
    Q_DECLARE_TR_FUNCTIONS(StandardSlides)
};

namespace {

constexpr int kSitesPerTablePage = 8;

void addUnique(QList<Provenance> &list, const QList<Provenance> &more)
{
    for (Provenance provenance : more) {
        if (!list.contains(provenance))
            list.append(provenance);
    }
}

QLabel *label(const QString &text, const char *objectName, QWidget *parent, bool wrap = false)
{
    auto *result = new QLabel(text, parent);
    result->setObjectName(QString::fromLatin1(objectName));
    result->setWordWrap(wrap);
    return result;
}

// A headline figure for a projector: label, value in KPI type, a line of detail and a
// provenance badge (SIMULATED always wins, as on the window's tiles). A value that is a word
// ("Not reported", a phase) is set smaller than a figure. Text never widens the slide: the
// value shrinks to the block's width (known from the slide size) and the rest wraps.
QFrame *kpiBlock(const QString &title, const QString &value, const QString &detail,
    const QList<Provenance> &provenances, const SlideContext &context, int columns, QWidget *parent,
    bool figure = true)
{
    auto *block = new QFrame(parent);
    block->setObjectName(QStringLiteral("SlideKpiBlock"));
    auto *layout = new QVBoxLayout(block);
    auto *top = new QHBoxLayout;
    QLabel *titleLabel = label(title, "SlideKpiLabel", block, true);
    top->addWidget(titleLabel, 1);
    if (!provenances.isEmpty()) {
        const Provenance shown = provenances.contains(Provenance::Simulated)
            ? Provenance::Simulated
            : provenances.constFirst();
        QLabel *badge = label(provenanceDisplayName(shown).toUpper(), "SlideKpiBadge", block);
        badge->setStyleSheet(
            QStringLiteral("background: %1;").arg(Theme::provenanceColor(shown).name()));
        top->addWidget(badge, 0, Qt::AlignTop);
    }
    layout->addLayout(top);
    QLabel *valueLabel = label(value, figure ? "SlideKpiValue" : "SlideKpiText", block);
    valueLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The width a block gets: the slide's width less margins, gaps, the accent border and padding.
    const int available
        = (context.size.width() - context.px(128) - (columns - 1) * context.px(28)) / columns
        - context.px(40);
    int pixels = context.px(figure ? 104 : 64);
    QFont font = valueLabel->font();
    font.setBold(true);
    for (; pixels > context.px(24); pixels -= std::max(1, pixels / 20)) {
        font.setPixelSize(pixels);
        if (QFontMetrics(font).horizontalAdvance(value) <= available)
            break;
    }
    if (pixels != context.px(figure ? 104 : 64))
        valueLabel->setStyleSheet(QStringLiteral("font-size: %1px;").arg(pixels));
    layout->addWidget(valueLabel);
    layout->addWidget(label(detail, "SlideKpiDetail", block, true));
    layout->addStretch(1);
    return block;
}

std::optional<SourcedValue> shownPower(const OverviewSummary &summary, QString *what)
{
    if (summary.powerDrawnMw) {
        *what = QCoreApplication::translate("OverviewPage", "drawn now, IT load");
        return summary.powerDrawnMw;
    }
    if (summary.capacityOnlineMw) {
        // As on the Overview tile: an analyst's estimate is not a report.
        const bool estimated = summary.capacityOnlineMw->includes(Provenance::Estimate);
        const bool reported = summary.capacityOnlineMw->includes(Provenance::Reported);
        *what = estimated && reported
            ? SlideText::tr("operational capacity reported or estimated, not a measured draw")
            : estimated ? SlideText::tr("operational capacity estimated, not a measured draw")
                        : SlideText::tr("operational capacity reported, not a measured draw");
        return summary.capacityOnlineMw;
    }
    return std::nullopt;
}

SlideBody overviewSlide(const SlideContext &context, const QString &, QWidget *parent)
{
    SlideBody body;
    body.title = QCoreApplication::translate("OverviewPage", "Stargate rollout overview");
    if (context.isEmpty()) {
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    const OverviewSummary &summary = context.snapshot.summary;
    const QLocale &locale = context.locale;
    auto *widget = new QWidget(parent);
    auto *grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(context.px(28));

    // As on the Overview: the fleet-wide target is named, never divided by a Stargate-sites sum;
    // the demo's count stands beside the real one, labelled.
    QStringList gpuDetail;
    if (summary.gpusOnline)
        addUnique(body.provenances, summary.gpusOnline->provenances);
    else
        gpuDetail.append(QCoreApplication::translate(
            "OverviewPage", "No site has reported a count of online GPUs yet."));
    if (summary.simulatedGpusOnline) {
        gpuDetail.append(QCoreApplication::translate(
            "OverviewPage", "SIMULATED (demo feed, not added): %1 online")
                             .arg(FigureFormat::range(summary.simulatedGpusOnline->value, locale)));
        addUnique(body.provenances, { Provenance::Simulated });
    }
    if (summary.gpuTarget)
        gpuDetail.append(QCoreApplication::translate("OverviewPage",
            "The fleet-wide target of %1 GPUs by %2 counts all OpenAI compute; it is not "
            "compared with these sites.")
                             .arg(FigureFormat::count(summary.gpuTarget->value.low, locale),
                                 FigureFormat::date(summary.gpuTarget->period, locale)));
    grid->addWidget(
        kpiBlock(QCoreApplication::translate("OverviewPage", "GPUs online · Stargate sites"),
            summary.gpusOnline ? FigureFormat::range(summary.gpusOnline->value, locale)
                               : QCoreApplication::translate("OverviewPage", "Not reported"),
            gpuDetail.join(QLatin1Char('\n')),
            summary.gpusOnline ? summary.gpusOnline->provenances : QList<Provenance> {}, context, 2,
            widget, summary.gpusOnline.has_value()),
        0, 0);

    QString powerWhat;
    const std::optional<SourcedValue> power = shownPower(summary, &powerWhat);
    if (power) {
        addUnique(body.provenances, power->provenances);
        // As on the Overview: a measured draw does not hide the reported operational capacity.
        if (summary.powerDrawnMw && summary.capacityOnlineMw) {
            powerWhat += QLatin1Char('\n')
                + QCoreApplication::translate("OverviewPage",
                    "Operational capacity reported for %n site(s): %1", nullptr,
                    summary.capacityOnlineMw->contributors)
                      .arg(FigureFormat::megawatts(summary.capacityOnlineMw->value, locale));
            addUnique(body.provenances, summary.capacityOnlineMw->provenances);
        }
        if (summary.plannedCapacityMw)
            powerWhat += QLatin1Char('\n')
                + SlideText::tr("of %1 planned")
                      .arg(FigureFormat::megawatts(summary.plannedCapacityMw->value, locale));
    }
    grid->addWidget(kpiBlock(QCoreApplication::translate("OverviewPage", "Power · Stargate sites"),
                        power ? FigureFormat::megawatts(power->value, locale)
                              : QCoreApplication::translate("OverviewPage", "Not reported"),
                        powerWhat, power ? power->provenances : QList<Provenance> {}, context, 2,
                        widget, power.has_value()),
        0, 1);

    QStringList phases;
    for (Phase phase : allPhases()) {
        const int count = summary.sitesByPhase.value(phase, 0);
        if (count > 0 && phaseIsActive(phase))
            phases.append(
                QStringLiteral("%1 %2").arg(locale.toString(count), phaseDisplayName(phase)));
    }
    grid->addWidget(
        kpiBlock(SlideText::tr("Active sites"), locale.toString(summary.activeSites),
            phases.join(QStringLiteral(" · ")), { Provenance::Reported }, context, 2, widget),
        1, 0);
    addUnique(body.provenances, { Provenance::Reported });

    const ProjectionResult &projection = context.projection;
    grid->addWidget(
        kpiBlock(QCoreApplication::translate("OverviewPage", "GPU target · projection"),
            Projection::verdictDisplayName(projection.verdict), projection.summary,
            { projection.includesSimulated ? Provenance::Simulated : Provenance::Projected },
            context, 2, widget),
        1, 1);
    addUnique(body.provenances, { Provenance::Projected });
    if (projection.includesSimulated)
        addUnique(body.provenances, { Provenance::Simulated });
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    body.widget = widget;
    return body;
}

SlideBody chartSlide(
    const SlideContext &context, const QString &title, const TimeChartData &data, QWidget *parent)
{
    SlideBody body;
    body.title = title;
    if (data.lines.isEmpty()) {
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    for (const ChartLine &line : data.lines)
        addUnique(body.provenances, { line.provenance });
    auto *chart = new TimeChartView(QString(), parent);
    chart->setPresentationScale(context.scale());
    chart->setMinimumHeight(context.px(200));
    chart->setData(data, context.locale);
    body.widget = chart;
    return body;
}

SlideBody gpuSlide(const SlideContext &context, const QString &, QWidget *parent)
{
    return chartSlide(context, SlideText::tr("GPUs at Stargate sites over time"),
        context.snapshot.gpuChart, parent);
}

SlideBody powerSlide(const SlideContext &context, const QString &, QWidget *parent)
{
    return chartSlide(context, SlideText::tr("Power at Stargate sites over time (MW)"),
        context.snapshot.powerChart, parent);
}

SlideBody forecastSlide(const SlideContext &context, const QString &, QWidget *parent)
{
    const ProjectionResult &projection = context.projection;
    // An empty store still has a target and a date axis: say "no data yet" instead.
    const TimeChartData data
        = context.isEmpty() ? TimeChartData {} : ForecastChart::build(projection);
    SlideBody body
        = chartSlide(context, SlideText::tr("When the GPU target is reached"), data, parent);
    if (body.empty)
        return body;
    addUnique(body.provenances, { Provenance::Projected });
    if (projection.includesSimulated)
        addUnique(body.provenances, { Provenance::Simulated });
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    QLabel *verdict
        = label(Projection::verdictDisplayName(projection.verdict), "SlideVerdict", widget);
    // The verdict's one colour (Theme::verdictColor), as in the window and the PDF.
    verdict->setStyleSheet(QStringLiteral("QLabel#SlideVerdict { color: %1; }")
                               .arg(Theme::verdictColor(projection.verdict).name()));
    top->addWidget(verdict);
    top->addSpacing(context.px(40));
    QStringList lines { projection.summary };
    if (projection.scenario.targetIsFleet)
        lines.append(projection.sitesSummary);
    const QStringList power = Projection::powerOnPlanLines(projection, context.locale);
    if (!power.isEmpty())
        lines.append(power.join(QStringLiteral(" · ")));
    top->addWidget(label(lines.join(QLatin1Char('\n')), "SlideKpiDetail", widget, true), 1);
    layout->addLayout(top);
    layout->addWidget(body.widget, 1);
    body.widget = widget;
    return body;
}

QStringList sitePages(const SlideContext &context)
{
    QStringList pages;
    const qsizetype count = context.snapshot.sites.size();
    for (qsizetype page = 0; page * kSitesPerTablePage < count; ++page)
        pages.append(QString::number(page + 1));
    return pages;
}

SlideBody sitesSlide(const SlideContext &context, const QString &argument, QWidget *parent)
{
    SlideBody body;
    const QList<SiteRow> &rows = context.snapshot.sites;
    const int pages = int((rows.size() + kSitesPerTablePage - 1) / kSitesPerTablePage);
    const int page = std::max(1, argument.toInt());
    body.title = pages > 1 ? SlideText::tr("Sites (%1 of %2)").arg(page).arg(pages)
                           : QCoreApplication::translate("MainWindow", "Sites");
    if (rows.isEmpty()) {
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    const QLocale &locale = context.locale;
    auto *widget = new QWidget(parent);
    auto *grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(context.px(28));
    grid->setVerticalSpacing(0);
    const QStringList headers { QCoreApplication::translate("SiteTableModel", "Site"),
        QCoreApplication::translate("SiteTableModel", "Location"),
        QCoreApplication::translate("SiteTableModel", "Phase"),
        QCoreApplication::translate("SiteTableModel", "GPUs online"), SlideText::tr("Power"),
        SlideText::tr("Planned") };
    for (int column = 0; column < headers.size(); ++column) {
        QLabel *header = label(headers[column], "SlideTableHeader", widget);
        header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        header->setWordWrap(true);
        if (column >= 3)
            header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, 0, column);
    }
    const qsizetype first = qsizetype(page - 1) * kSitesPerTablePage;
    for (qsizetype i = first; i < std::min(rows.size(), first + kSitesPerTablePage); ++i) {
        const SiteRow &row = rows[i];
        addUnique(body.provenances, row.provenances);
        // Short enough for one line on a projector: the state in the US, else the country.
        const bool unitedStates = row.site.country == QLatin1String("United States")
            || row.site.country == QLatin1String("US");
        const QString location
            = unitedStates || row.site.country.isEmpty() ? row.site.region : row.site.country;
        QStringList cells { row.site.name, location,
            row.phase ? phaseDisplayName(*row.phase) : SlideText::tr("unknown"),
            row.gpusOnline ? FigureFormat::range(row.gpusOnline->value, locale)
                           : QStringLiteral("—"),
            row.powerMw ? FigureFormat::megawatts(row.powerMw->value, locale) : QStringLiteral("—"),
            row.plannedMw ? FigureFormat::megawatts(row.plannedMw->value, locale)
                          : QStringLiteral("—") };
        // The marker goes under the number, so that neither is cut off in a narrow column.
        if (row.gpusOnline && row.gpusOnline->includes(Provenance::Simulated))
            cells[3] += QLatin1Char('\n') + SlideText::tr("(SIMULATED)");
        // A power cell from the demo says so too (it is shown only where no real figure is).
        if (row.powerMw && row.powerMw->includes(Provenance::Simulated))
            cells[4] += QLatin1Char('\n') + SlideText::tr("(SIMULATED)");
        for (int column = 0; column < cells.size(); ++column) {
            QLabel *cell = label(cells[column], "SlideTableCell", widget);
            cell->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            cell->setWordWrap(column < 3); // names wrap onto a second line rather than being cut
            cell->setToolTip(cells[column]);
            if (column >= 3)
                cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(cell, int(i - first) + 1, column);
        }
    }
    // Number columns wide enough for a range ("301–589 MW") on one line.
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 4);
    grid->setColumnStretch(3, 3);
    grid->setColumnStretch(4, 3);
    grid->setColumnStretch(5, 3);
    grid->setRowStretch(kSitesPerTablePage + 1, 1);
    body.widget = widget;
    return body;
}

QStringList siteIds(const SlideContext &context)
{
    QStringList ids;
    for (const SiteRow &row : context.snapshot.sites)
        ids.append(row.site.id);
    return ids;
}

SlideBody siteSlide(const SlideContext &context, const QString &siteId, QWidget *parent)
{
    SlideBody body;
    const SiteRow *found = nullptr;
    for (const SiteRow &row : context.snapshot.sites) {
        if (row.site.id == siteId)
            found = &row;
    }
    if (!found) {
        body.title = QCoreApplication::translate("MainWindow", "Sites");
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    const SiteRow &row = *found;
    const QLocale &locale = context.locale;
    const QString location = QStringList { row.site.locality, row.site.region, row.site.country }
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(", "));
    body.title = row.site.name;
    body.provenances = row.provenances;
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(context.px(24));
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(context.px(28));
    tiles->addWidget(
        kpiBlock(QCoreApplication::translate("SiteTableModel", "Phase"),
            row.phase ? phaseDisplayName(*row.phase) : SlideText::tr("unknown"),
            row.phaseSince.isValid()
                ? SlideText::tr("since %1").arg(FigureFormat::date(row.phaseSince, locale))
                : QString(),
            { Provenance::Reported }, context, 3, widget, false),
        1);
    QString gpuDetail = row.gpusPlanned
        ? SlideText::tr("planned: %1").arg(FigureFormat::range(row.gpusPlanned->value, locale))
        : QString();
    tiles->addWidget(
        kpiBlock(QCoreApplication::translate("SiteTableModel", "GPUs online"),
            row.gpusOnline ? FigureFormat::range(row.gpusOnline->value, locale)
                           : QCoreApplication::translate("OverviewPage", "Not reported"),
            gpuDetail, row.gpusOnline ? row.gpusOnline->provenances : QList<Provenance> {}, context,
            3, widget, row.gpusOnline.has_value()),
        1);
    QString powerDetail = row.powerIsOperationalCapacity
        ? SlideText::tr("operational capacity, not a measured draw")
        : QString();
    const auto appendLine = [&powerDetail](const QString &line) {
        powerDetail += (powerDetail.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    };
    // A measured draw does not hide the reported operational capacity beside it.
    if (!row.powerIsOperationalCapacity && row.operationalCapacityMw)
        // The figure on its own line: a range must not wrap at its dash.
        appendLine((row.operationalCapacityMw->includes(Provenance::Estimate)
                ? SlideText::tr("operational capacity estimated:\n%1")
                : SlideText::tr("operational capacity reported:\n%1"))
                       .arg(FigureFormat::megawatts(row.operationalCapacityMw->value, locale)));
    if (row.plannedMw)
        appendLine(SlideText::tr("planned: %1")
                       .arg(FigureFormat::megawatts(row.plannedMw->value, locale)));
    tiles->addWidget(kpiBlock(SlideText::tr("Power"),
                         row.powerMw ? FigureFormat::megawatts(row.powerMw->value, locale)
                                     : QCoreApplication::translate("OverviewPage", "Not reported"),
                         powerDetail, row.powerMw ? row.powerMw->provenances : QList<Provenance> {},
                         context, 3, widget, row.powerMw.has_value()),
        1);
    layout->addLayout(tiles, 3);

    QStringList facts;
    if (!location.isEmpty())
        facts.append(location);
    if (!row.site.partners.isEmpty())
        facts.append(SlideText::tr("Partners: %1").arg(row.site.partners));
    if (!row.site.gpuModel.isEmpty())
        facts.append(SlideText::tr("GPUs: %1").arg(row.site.gpuModel));
    if (!row.site.firstPowerText.isEmpty())
        facts.append(SlideText::tr("First power: %1").arg(row.site.firstPowerText));
    if (!row.site.fullOperationText.isEmpty())
        facts.append(SlideText::tr("Full operation: %1").arg(row.site.fullOperationText));
    if (!row.site.statusText.isEmpty())
        facts.append(row.site.statusAsOf.isValid()
                ? QCoreApplication::translate("SiteTableModel", "Status (as of %1): %2")
                      .arg(FigureFormat::date(row.site.statusAsOf, locale), row.site.statusText)
                : row.site.statusText);
    // A long status shrinks to fit rather than running off the slide (at least 20 px at 1080p).
    auto *factsLabel = new FittedTextLabel(
        facts.join(QLatin1Char('\n')), context.px(30), context.px(20), widget);
    factsLabel->setObjectName(QStringLiteral("SlideKpiDetail"));
    layout->addWidget(factsLabel, 2);
    body.widget = widget;
    return body;
}

} // namespace

void StandardSlides::registerAll(SlideRegistry &registry)
{
    registry.add({ QStringLiteral("overview"),
        [] { return SlideText::tr("Headline figures: GPUs, power, sites, the target"); },
        overviewSlide, {}, 10 });
    registry.add({ QStringLiteral("gpus"),
        [] { return SlideText::tr("GPUs at Stargate sites over time"); }, gpuSlide, {}, 20 });
    registry.add({ QStringLiteral("power"),
        [] { return SlideText::tr("Power at Stargate sites over time"); }, powerSlide, {}, 30 });
    registry.add({ QStringLiteral("forecast"),
        [] { return SlideText::tr("When the GPU target is reached"); }, forecastSlide, {}, 40 });
    // 50 and 60: the map and the timeline (pageslides.cpp).
    registry.add({ QStringLiteral("sites"), [] { return SlideText::tr("Table of all sites"); },
        sitesSlide, sitePages, 70 });
    registry.add({ QStringLiteral("site"),
        [] { return SlideText::tr("One slide per site (site:ID for one)"); }, siteSlide, siteIds,
        80 });
}
