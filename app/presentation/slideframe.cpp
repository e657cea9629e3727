#include "presentation/slideframe.h"

#include "domain/figureformat.h"
#include "presentation/slidecontext.h"
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
    return QStringLiteral(R"css(
QWidget#Slide { background: #ffffff; }
QLabel { color: #0b0f19; font-size: %1px; background: transparent; }
QLabel#SlideTitle { font-size: %2px; font-weight: 700; color: #0b0f19; border-bottom: %9px solid #1d4ed8; padding-bottom: %8px; }
QLabel#SlideFooter { font-size: %3px; color: #374151; border-top: 1px solid #9ca3af; padding-top: %8px; }
QLabel#SlideBanner { font-size: %1px; font-weight: 700; color: #7c2d12; background: #ffedd5; border: 2px solid #c2410c; padding: %8px; }
QLabel#SlideKpiLabel { font-size: %1px; font-weight: 600; color: #374151; }
QLabel#SlideKpiValue { font-size: %4px; font-weight: 700; color: #0b0f19; }
QLabel#SlideKpiText { font-size: %10px; font-weight: 700; color: #0b0f19; }
QLabel#SlideKpiDetail { font-size: %1px; color: #1f2937; }
QLabel#SlideKpiBadge { font-size: %5px; font-weight: 700; color: #ffffff; padding: %6px %8px; }
QFrame#SlideKpiBlock { background: #f8fafc; border: 2px solid #cbd5e1; border-left: %7px solid #1d4ed8; }
QLabel#SlideNoData { font-size: %4px; font-weight: 700; color: #374151; }
QLabel#SlideNoDataDetail { font-size: %1px; color: #374151; }
QLabel#SlideTableHeader { font-size: %1px; font-weight: 700; color: #0b0f19; border-bottom: 2px solid #0b0f19; padding: %6px 0px; }
QLabel#SlideTableCell { font-size: %1px; color: #0b0f19; border-bottom: 1px solid #d1d5db; padding: %6px 0px; }
QLabel#SlideVerdict { font-size: %4px; font-weight: 700; color: #0f766e; }
)css")
        .arg(px(30), px(56), px(22), px(104), px(22), px(4), px(10), px(12), px(5))
        .arg(px(64));
}

QString SlideFrame::footer(const SlideContext &context, const QList<Provenance> &provenances)
{
    const OverviewSummary &summary = context.snapshot.summary;
    QStringList parts;
    if (context.snapshotTakenAt.isValid())
        parts.append(tr("Snapshot of %1")
                         .arg(FigureFormat::dateTime(context.snapshotTakenAt, context.locale)));
    // The newest thing the data knows: a polled sample or the newest publication date.
    if (summary.newestSample.isValid()
        && (!summary.asOf.isValid() || summary.newestSample.date() >= summary.asOf))
        parts.append(
            tr("Data as of %1").arg(FigureFormat::dateTime(summary.newestSample, context.locale)));
    else if (summary.asOf.isValid())
        parts.append(tr("Data as of %1").arg(FigureFormat::date(summary.asOf, context.locale)));
    else
        parts.append(tr("No data yet"));
    if (!provenances.isEmpty())
        parts.append(tr("Shows: %1").arg(FigureFormat::provenanceList(provenances)));
    if (provenances.contains(Provenance::Simulated))
        parts.append(tr("includes SIMULATED data"));
    if (summary.datasetVersion > 0)
        parts.append(
            tr("Sources: public dataset v%1, each figure with its source in the briefing appendix")
                .arg(summary.datasetVersion));
    else
        parts.append(tr("Sources: listed in the briefing appendix"));
    return parts.join(QStringLiteral("  ·  "));
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
