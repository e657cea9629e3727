#include "presentation/slideframe.h"

#include "domain/figureformat.h"
#include "presentation/slidecontext.h"
#include "query/asofline.h"
#include "widgets/theme.h"

#include <QLabel>
#include <QVBoxLayout>

SlideFrame::SlideFrame(
    const QString &name, const SlideBody &body, const SlideContext &context, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_empty(body.empty)
    , m_title(new QLabel(body.title, this))
    , m_footer(new QLabel(footer(context, body.provenances), this))
{
    setObjectName(QStringLiteral("Slide"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(styleSheet(context));
    m_title->setObjectName(QStringLiteral("SlideTitle"));
    m_title->setSizePolicy(
        QSizePolicy::Ignored, QSizePolicy::Preferred); // a long title never widens the slide
    m_footer->setObjectName(QStringLiteral("SlideFooter"));
    m_footer->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(context.px(64), context.px(40), context.px(64), context.px(28));
    layout->setSpacing(context.px(20));
    layout->addWidget(m_title);
    if (!context.snapshotTakenAt.isValid() && context.snapshot.summary.includesSimulated
        && body.provenances.contains(Provenance::Simulated)) {
        auto *banner = new QLabel(
            tr("Includes SIMULATED data from the built-in demo feed: not real figures."), this);
        banner->setObjectName(QStringLiteral("SlideBanner"));
        layout->addWidget(banner);
    }
    if (body.widget) {
        body.widget->setParent(this);
        layout->addWidget(body.widget, 1);
    } else {
        layout->addStretch(1);
    }
    layout->addWidget(m_footer);
    // The presentation window takes every key; nothing on a slide holds the focus.
    for (QWidget *child : findChildren<QWidget *>())
        child->setFocusPolicy(Qt::NoFocus);
}

QString SlideFrame::title() const
{
    return m_title->text();
}

QString SlideFrame::footerText() const
{
    return m_footer->text();
}

QString SlideFrame::styleSheet(const SlideContext &context)
{
    const auto px = [&](double size) { return QString::number(context.px(size)); };
    // Light background, near-black text, borders only where they separate: legible from the back of
    // a room.
    QString css = QStringLiteral(R"css(
QWidget#Slide { background: {background}; }
QLabel { color: {text}; font-size: %1px; background: transparent; }
QLabel#SlideTitle { font-size: %2px; font-weight: 700; color: {text}; border-bottom: %9px solid {accent}; padding-bottom: %8px; }
QLabel#SlideFooter { font-size: %3px; color: {muted}; border-top: 1px solid {rule}; padding-top: %8px; }
QLabel#SlideBanner { font-size: %1px; font-weight: 700; color: {bannerText}; background: {bannerBackground}; border: 2px solid {bannerBorder}; padding: %8px; }
QLabel#SlideKpiLabel { font-size: %1px; font-weight: 600; color: {muted}; }
QLabel#SlideKpiValue { font-size: %4px; font-weight: 700; color: {text}; }
QLabel#SlideKpiText { font-size: %10px; font-weight: 700; color: {text}; }
QLabel#SlideKpiDetail { font-size: %1px; color: {detail}; }
QLabel#SlideKpiBadge { font-size: %5px; font-weight: 700; color: {onColor}; padding: %6px %8px; }
QFrame#SlideKpiBlock { background: {kpiBackground}; border: 2px solid {kpiBorder}; border-left: %7px solid {accent}; }
QLabel#SlideNoData { font-size: %4px; font-weight: 700; color: {muted}; }
QLabel#SlideNoDataDetail { font-size: %1px; color: {muted}; }
QLabel#SlideTableHeader { font-size: %1px; font-weight: 700; color: {text}; border-bottom: 2px solid {text}; padding: %6px 0px; }
QLabel#SlideTableCell { font-size: %1px; color: {text}; border-bottom: 1px solid {tableRule}; padding: %6px 0px; }
QLabel#SlideVerdict { font-size: %4px; font-weight: 700; color: {verdict}; }
)css")
                      .arg(px(30), px(56), px(22), px(104), px(22), px(4), px(10), px(12), px(5))
                      .arg(px(64));
    // Named colours rather than %-placeholders: the sheet already uses ten of those for sizes.
    const std::pair<const char *, QColor> colours[] = {
        { "{background}", Theme::slideBackgroundColor() },
        { "{text}", Theme::slideTextColor() },
        { "{accent}", Theme::slideAccentColor() },
        { "{muted}", Theme::slideMutedTextColor() },
        { "{rule}", Theme::slideRuleColor() },
        { "{bannerText}", Theme::slideBannerTextColor() },
        { "{bannerBackground}", Theme::slideBannerBackgroundColor() },
        { "{bannerBorder}", Theme::slideBannerBorderColor() },
        { "{detail}", Theme::slideDetailTextColor() },
        { "{onColor}", Theme::onColorTextColor() },
        { "{kpiBackground}", Theme::slideKpiBackgroundColor() },
        { "{kpiBorder}", Theme::slideKpiBorderColor() },
        { "{tableRule}", Theme::slideTableRuleColor() },
        { "{verdict}", Theme::slideVerdictColor() },
    };
    for (const auto &[name, colour] : colours)
        css.replace(QLatin1String(name), colour.name());
    return css;
}

QString SlideFrame::footer(const SlideContext &context, const QList<Provenance> &provenances)
{
    const OverviewSummary &summary = context.snapshot.summary;
    QStringList parts;
    if (context.snapshotTakenAt.isValid())
        parts.append(tr("Snapshot of %1")
                         .arg(FigureFormat::dateTime(context.snapshotTakenAt, context.locale)));
    // The same as-of as the Overview header for the same snapshot (AsOfLine, docs/dataset.md).
    parts.append(AsOfLine::figures(summary, context.locale));
    if (const QString measurement = AsOfLine::measurement(summary, context.locale);
        !measurement.isEmpty())
        parts.append(measurement);
    if (!provenances.isEmpty())
        parts.append(tr("Shows: %1").arg(FigureFormat::provenanceList(provenances)));
    if (provenances.contains(Provenance::Simulated))
        parts.append(tr("includes SIMULATED data"));
    // An analyst's figures carry the credit their licence asks for (CC BY) wherever they appear.
    if (const QStringList credits = context.snapshot.dataCredits();
        provenances.contains(Provenance::Estimate) && !credits.isEmpty())
        parts.append(tr("Estimates: %1").arg(credits.join(QStringLiteral("; "))));
    if (summary.datasetVersion > 0)
        parts.append(tr("Sources: %1; each figure with its source in the briefing appendix")
                         .arg(AsOfLine::dataset(summary, context.locale)));
    else
        parts.append(tr("Sources: listed in the briefing appendix"));
    return parts.join(AsOfLine::separator());
}

QWidget *SlideFrame::noDataWidget(const SlideContext &context, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->addStretch(1);
    auto *title = new QLabel(tr("No data yet"), widget);
    title->setObjectName(QStringLiteral("SlideNoData"));
    title->setAlignment(Qt::AlignCenter);
    auto *detail = new QLabel(tr("The store holds no figures for this slide. Import the public "
                                 "dataset or start a feed, then present again."),
        widget);
    detail->setObjectName(QStringLiteral("SlideNoDataDetail"));
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    layout->addWidget(title);
    layout->addSpacing(context.px(16));
    layout->addWidget(detail);
    layout->addStretch(1);
    return widget;
}
