#include "query/asofline.h"

#include "domain/figureformat.h"
#include "query/dashboardsnapshot.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AsOfLine", text);
}
} // namespace

QString AsOfLine::figures(const OverviewSummary &summary, const QLocale &locale)
{
    if (!summary.asOf.isValid())
        return tr("No reported or estimated figures shown yet");
    return tr("Data as of %1 (newest reported or estimated figure shown)")
        .arg(FigureFormat::date(summary.asOf, locale));
}

QString AsOfLine::measurement(const OverviewSummary &summary, const QLocale &locale)
{
    if (!summary.newestSample.isValid())
        return QString();
    return tr("newest measurement %1").arg(FigureFormat::dateTime(summary.newestSample, locale));
}

QString AsOfLine::dataset(const OverviewSummary &summary, const QLocale &locale)
{
    if (summary.datasetVersion <= 0)
        return QString();
    QString line = tr("public dataset v%1 compiled %2")
                       .arg(summary.datasetVersion)
                       .arg(FigureFormat::date(summary.datasetCompiled, locale));
    if (summary.datasetNewestSource.isValid())
        line += tr(", newest source %1")
                    .arg(FigureFormat::date(summary.datasetNewestSource, locale));
    return line;
}

QString AsOfLine::separator()
{
    return QStringLiteral("  ·  ");
}

QString AsOfLine::full(const OverviewSummary &summary, const QLocale &locale)
{
    QStringList parts { figures(summary, locale) };
    for (const QString &part : { measurement(summary, locale), dataset(summary, locale) }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(separator());
}
