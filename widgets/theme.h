// Colours and the style sheet of the window: one calm light theme that stays legible on a
// projector. Provenance colours are shared by tiles, tables and charts.
#pragma once

#include "provenance.h"

#include <QColor>
#include <QString>

namespace Theme {
QColor provenanceColor(Provenance provenance);
QColor fleetColor(); // fleet-wide figures (all of OpenAI's compute)
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
