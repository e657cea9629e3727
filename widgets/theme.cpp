#include "widgets/theme.h"

QColor Theme::provenanceColor(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Measured:
        return QColor(0x15, 0x80, 0x3d); // green
    case Provenance::Reported:
        return QColor(0x1d, 0x4e, 0xd8); // blue
    case Provenance::Estimate:
        return QColor(0xbe, 0x18, 0x5d); // rose: apart from reported blue and projected teal
    case Provenance::Planned:
        return QColor(0x6d, 0x28, 0xd9); // violet
    case Provenance::Projected:
        return QColor(0x0f, 0x76, 0x6e); // teal
    case Provenance::Simulated:
        return QColor(0xc2, 0x41, 0x0c); // orange: always stands out
    case Provenance::Manual:
        return QColor(0x92, 0x40, 0x0e); // brown
    }
    return QColor(Qt::black);
}

QColor Theme::fleetColor()
{
    return QColor(0x47, 0x55, 0x69);
}

QColor Theme::phaseColor(Phase phase)
{
    switch (phase) {
    case Phase::Announced:
        return QColor(0x94, 0xa3, 0xb8); // slate
    case Phase::SiteSelected:
        return QColor(0x60, 0xa5, 0xfa); // light blue
    case Phase::Construction:
        return QColor(0x25, 0x63, 0xeb); // blue
    case Phase::FirstPower:
        return QColor(0x7c, 0x3a, 0xed); // violet
    case Phase::PartiallyOperational:
        return QColor(0x0d, 0x94, 0x88); // teal
    case Phase::Operational:
        return QColor(0x16, 0xa3, 0x4a); // green
    case Phase::Paused:
        return QColor(0xd9, 0x77, 0x06); // amber
    case Phase::Cancelled:
        return QColor(0xdc, 0x26, 0x26); // red
    }
    return noPhaseColor();
}

QColor Theme::noPhaseColor()
{
    return QColor(0xd1, 0xd5, 0xdb);
}

QColor Theme::feedHealthColor(FeedHealth health)
{
    switch (health) {
    case FeedHealth::Fresh:
        return QColor(0x15, 0x80, 0x3d);
    case FeedHealth::Stale:
        return QColor(0xea, 0xb3, 0x08);
    case FeedHealth::Failing:
        return QColor(0xb9, 0x1c, 0x1c);
    case FeedHealth::NoFeed:
        break;
    }
    return QColor(0xff, 0xff, 0xff); // a plain white outline
}

QColor Theme::textColor()
{
    return QColor(0x11, 0x18, 0x27);
}

QColor Theme::positiveColor()
{
    return QColor(0x15, 0x80, 0x3d);
}

QColor Theme::warningColor()
{
    return QColor(0xb4, 0x53, 0x09);
}

QColor Theme::negativeColor()
{
    return QColor(0xb9, 0x1c, 0x1c);
}

QColor Theme::verdictColor(Forecast::Verdict verdict)
{
    switch (verdict) {
    case Forecast::Verdict::Reached:
    case Forecast::Verdict::OnTrack:
        return positiveColor();
    case Forecast::Verdict::AtRisk:
        return warningColor();
    case Forecast::Verdict::Behind:
        return negativeColor();
    case Forecast::Verdict::NotMeasurable:
    case Forecast::Verdict::Unknown:
        break;
    }
    return mutedTextColor();
}

QColor Theme::mutedTextColor()
{
    return QColor(0x4b, 0x55, 0x63);
}

QColor Theme::gridColor()
{
    return QColor(0xe5, 0xe7, 0xeb);
}

QColor Theme::backgroundColor()
{
    return QColor(0xf3, 0xf4, 0xf6);
}

QColor Theme::faintTextColor()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor Theme::errorTextColor()
{
    return QColor(0xb4, 0x23, 0x18);
}

QColor Theme::infoColor()
{
    return QColor(0x1d, 0x4e, 0xd8);
}

QColor Theme::surfaceColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::onColorTextColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::labelBackgroundColor(int alpha)
{
    return QColor(255, 255, 255, alpha);
}

QColor Theme::focusColor()
{
    return QColor(0x60, 0xa5, 0xfa);
}

QColor Theme::flaggedColor()
{
    return QColor(0xd9, 0x77, 0x06);
}

QColor Theme::snapshotBannerColor()
{
    return QColor(0x1e, 0x3a, 0x8a);
}

QColor Theme::mapSeaColor()
{
    return QColor(0xf8, 0xfa, 0xfc);
}

QColor Theme::mapBorderColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::mapContextLandColor()
{
    return QColor(0xee, 0xf0, 0xf3);
}

QColor Theme::mapLandColor()
{
    return QColor(0xdd, 0xe2, 0xe9);
}

QColor Theme::mapMarkerOutlineColor()
{
    return QColor(0x33, 0x41, 0x55, 110);
}

QColor Theme::mapNoFeedRingColor()
{
    return QColor(0x94, 0xa3, 0xb8);
}

QColor Theme::timelinePhaseColor(Phase phase)
{
    switch (phase) {
    case Phase::Announced:
        return QColor(0xcb, 0xd5, 0xe1);
    case Phase::SiteSelected:
        return QColor(0x94, 0xa3, 0xb8);
    case Phase::Construction:
        return QColor(0xf5, 0x9e, 0x0b);
    case Phase::FirstPower:
        return QColor(0x38, 0xbd, 0xf8);
    case Phase::PartiallyOperational:
        return QColor(0x4a, 0xde, 0x80);
    case Phase::Operational:
        return QColor(0x15, 0x80, 0x3d);
    case Phase::Paused:
        return QColor(0x9c, 0xa3, 0xaf);
    case Phase::Cancelled:
        return QColor(0xef, 0x44, 0x44);
    }
    return QColor(Qt::gray);
}

QColor Theme::timelineStripeColor()
{
    return QColor(0xf9, 0xfa, 0xfb);
}

QColor Theme::timelineGridColor()
{
    return QColor(0xf3, 0xf4, 0xf6);
}

QColor Theme::timelineTodayColor()
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor Theme::timelineHatchColor()
{
    return QColor(255, 255, 255, 140);
}

QColor Theme::slideBackgroundColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QColor Theme::slideTextColor()
{
    return QColor(0x0b, 0x0f, 0x19);
}

QColor Theme::slideMutedTextColor()
{
    return QColor(0x37, 0x41, 0x51);
}

QColor Theme::slideDetailTextColor()
{
    return QColor(0x1f, 0x29, 0x37);
}

QColor Theme::slideAccentColor()
{
    return QColor(0x1d, 0x4e, 0xd8);
}

QColor Theme::slideRuleColor()
{
    return QColor(0x9c, 0xa3, 0xaf);
}

QColor Theme::slideTableRuleColor()
{
    return QColor(0xd1, 0xd5, 0xdb);
}

QColor Theme::slideKpiBackgroundColor()
{
    return QColor(0xf8, 0xfa, 0xfc);
}

QColor Theme::slideKpiBorderColor()
{
    return QColor(0xcb, 0xd5, 0xe1);
}

QColor Theme::slideVerdictColor()
{
    return QColor(0x0f, 0x76, 0x6e);
}

QColor Theme::slideBannerTextColor()
{
    return QColor(0x7c, 0x2d, 0x12);
}

QColor Theme::slideBannerBackgroundColor()
{
    return QColor(0xff, 0xed, 0xd5);
}

QColor Theme::slideBannerBorderColor()
{
    return QColor(0xc2, 0x41, 0x0c);
}

QColor Theme::slideCounterBackgroundColor()
{
    return QColor(0x1f, 0x29, 0x37);
}

QString Theme::styleSheet()
{
    return QStringLiteral(R"css(
QMainWindow, QWidget#PageArea, QScrollArea#PageArea { background: #f3f4f6; }
QWidget { color: #111827; }
QListWidget#Navigation { background: #111827; color: #e5e7eb; border: none; font-size: 15px; padding-top: 12px; outline: 0; }
QListWidget#Navigation::item { padding: 12px 20px; border-left: 4px solid transparent; }
QListWidget#Navigation::item:selected { background: #1f2937; color: #ffffff; border-left: 4px solid #60a5fa; }
QListWidget#Navigation::item:hover:!selected { background: #1a2230; }
QLabel#PageTitle { font-size: 26px; font-weight: 600; color: #111827; }
QLabel#PageSubtitle { font-size: 14px; color: #4b5563; }
QLabel#SectionTitle { font-size: 17px; font-weight: 600; color: #111827; }
QLabel#Brand { color: #ffffff; font-size: 17px; font-weight: 700; padding: 20px 20px 4px 20px; background: #111827; }
QLabel#BrandSub { color: #9ca3af; font-size: 12px; padding: 0 20px 12px 20px; background: #111827; }
QFrame#KpiTile, QFrame#ChartCard { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 10px; }
QLabel#KpiTitle { font-size: 13px; font-weight: 600; color: #4b5563; letter-spacing: 0.5px; }
QLabel#KpiValue, QLabel#ForecastVerdict { font-size: 40px; font-weight: 600; color: #111827; }
QLabel#KpiDetail, QLabel#ForecastSummary, QLabel#ForecastSitesVerdict, QLabel#ForecastPower { font-size: 14px; color: #374151; }
QLabel#KpiFooter, QLabel#ForecastBasis { font-size: 12px; color: #6b7280; }
QLabel#Badge { font-size: 11px; font-weight: 700; border-radius: 4px; padding: 2px 6px; color: #ffffff; }
QLabel#Banner { background: #fff7ed; color: #9a3412; border: 1px solid #fdba74; border-radius: 6px; padding: 6px 10px; font-weight: 600; }
QTableView { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; gridline-color: #f3f4f6; font-size: 14px; selection-background-color: #dbeafe; selection-color: #111827; alternate-background-color: #f9fafb; }
QHeaderView::section { background: #f9fafb; color: #374151; font-weight: 600; border: none; border-bottom: 1px solid #e5e7eb; padding: 8px 6px; }
QLineEdit { background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 8px; font-size: 14px; min-height: 20px; }
QComboBox { font-size: 14px; min-height: 28px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e5e7eb; color: #4b5563; }
QProgressBar { border: none; background: #e5e7eb; border-radius: 4px; height: 8px; }
QProgressBar::chunk { background: #2563eb; border-radius: 4px; }
)css");
}
