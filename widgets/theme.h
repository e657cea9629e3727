// Colours and the style sheet of the window: one calm light theme that stays legible on a
// projector. Provenance colours are shared by tiles, tables and charts.
#pragma once

#include "domain/feedhealth.h"
#include "domain/phase.h"
#include "domain/provenance.h"
#include "forecast/forecast.h"

#include <QColor>
#include <QString>

namespace Theme {
QColor provenanceColor(Provenance provenance);
QColor fleetColor();
// Lifecycle phases: cool greys and blues while planning and building, greens once power
// flows, amber and red for paused and cancelled; distinguishable on a projector.
QColor phaseColor(Phase phase);
QColor noPhaseColor();
// The ring around a map marker: how the site's live feed is doing.
QColor feedHealthColor(FeedHealth health); // fleet-wide figures (all of OpenAI's compute)
QColor textColor();
QColor mutedTextColor();
QColor gridColor();
QColor backgroundColor();
// Status colours, shared by verdicts, feed states and freshness: good, needs attention, bad.
QColor positiveColor();
QColor warningColor();
QColor negativeColor();
// The one colour of each verdict, in the window, on slides and in the PDF: reached and on
// track positive, at risk warning, behind negative, not measurable and unknown muted.
QColor verdictColor(Forecast::Verdict verdict);
// Text quieter than mutedTextColor(): absent values, cleared alerts.
QColor faintTextColor();
// A message that an entry cannot be accepted.
QColor errorTextColor();
// Informational alerts.
QColor infoColor();
// White: the surface charts, the timeline and markers' fills are drawn on.
QColor surfaceColor();
// Text and outlines drawn on a coloured fill (badges, banners, alert counts, marker rims).
QColor onColorTextColor();
// A white backing behind labels drawn over a chart or map; `alpha` lets the plot show through.
QColor labelBackgroundColor(int alpha);
// Keyboard focus frame.
QColor focusColor();
// Something that needs a look (a flagged date, a paused phase): amber.
QColor flaggedColor();
// The banner shown while the window shows a snapshot instead of live data.
QColor snapshotBannerColor();

// The map.
QColor mapSeaColor();
QColor mapBorderColor(); // between countries
QColor mapContextLandColor(); // neighbouring countries
QColor mapLandColor();
QColor mapMarkerOutlineColor(); // around pale markers
QColor mapNoFeedRingColor(); // the legend's swatch for sites without a feed

// The timeline: its own phase palette, tuned for long bars rather than dots.
QColor timelinePhaseColor(Phase phase);
QColor timelineStripeColor(); // every other row
QColor timelineGridColor();
QColor timelineTodayColor();
QColor timelineHatchColor(); // over phases that are only planned

// Slides (presentation window and exported decks): near-black on white, for the back of a room.
QColor slideBackgroundColor();
QColor slideTextColor();
QColor slideMutedTextColor();
QColor slideDetailTextColor();
QColor slideAccentColor();
QColor slideRuleColor(); // above the footer
QColor slideTableRuleColor(); // between table rows
QColor slideKpiBackgroundColor();
QColor slideKpiBorderColor();
QColor slideVerdictColor(); // the slide style sheet's default; a shown verdict uses verdictColor()
QColor slideBannerTextColor(); // the simulated-data banner
QColor slideBannerBackgroundColor();
QColor slideBannerBorderColor();
QColor slideCounterBackgroundColor();

QString styleSheet();
} // namespace Theme
