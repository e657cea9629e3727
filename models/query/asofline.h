// The as-of rule of docs/dataset.md in words: the one line that the Overview header, every
// slide footer and the PDF cover show for the same snapshot, so that they never disagree.
#pragma once

#include <QLocale>
#include <QString>

struct OverviewSummary;

namespace AsOfLine {
// "Data as of <date> (newest reported or estimated figure shown)", or that none is shown.
QString figures(const OverviewSummary &summary, const QLocale &locale);
// "newest measurement <date and time>"; empty without a real polled figure.
QString measurement(const OverviewSummary &summary, const QLocale &locale);
// "public dataset v<n> compiled <date>, newest source <date>"; empty without a dataset.
QString dataset(const OverviewSummary &summary, const QLocale &locale);
// The parts above that are not empty, in that order, joined as in every header.
QString full(const OverviewSummary &summary, const QLocale &locale);
// The separator between the parts of a header or footer line.
QString separator();
}
