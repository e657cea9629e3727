// What every slide is built from: the data of one moment, the projection, the locale and the
// scale of the surface it is drawn on (1.0 at 1920x1080). Slides read nothing themselves.
#pragma once

#include "forecast/projection.h"
#include "query/dashboardsnapshot.h"

#include <QDateTime>
#include <QLocale>
#include <QSize>
#include <algorithm>

struct SlideContext
{
    DashboardSnapshot snapshot;
    ProjectionResult projection;
    QLocale locale;
    QSize size { 1920, 1080 };
    QDateTime snapshotTakenAt; // valid when the store is a read-only snapshot

    // Pixel sizes scale with the shorter side relative to 1920x1080.
    double scale() const { return std::min(size.width() / 1920.0, size.height() / 1080.0); }
    int px(double pixelsAt1080) const { return std::max(1, qRound(pixelsAt1080 * scale())); }
    // Nothing in the store: no sites, no facts, no chart lines.
    bool isEmpty() const
    {
        return snapshot.sites.isEmpty() && snapshot.facts.isEmpty()
            && snapshot.gpuChart.lines.isEmpty() && snapshot.powerChart.lines.isEmpty();
    }
};
