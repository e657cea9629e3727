// Colours and the style sheet of the window: one calm light theme that stays legible on a
// projector. Provenance colours are shared by tiles, tables and charts.
#pragma once

#include "domain/feedhealth.h"
#include "domain/phase.h"
#include "domain/provenance.h"

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
QString styleSheet();
} // namespace Theme
