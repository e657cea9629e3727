#include "domain/figureformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FigureFormat", text);
}
} // namespace

QString FigureFormat::count(double value, const QLocale &locale)
{
    return locale.toString(std::llround(value));
}

QString FigureFormat::range(const FigureRange &range, const QLocale &locale, int decimals)
{
    const auto one = [&](double value) {
        return decimals == 0 ? locale.toString(std::llround(value))
                             : locale.toString(value, 'f', decimals);
    };
    if (!range.isRange())
        return one(range.low);
    return tr("%1–%2").arg(one(range.low), one(range.high));
}

QString FigureFormat::megawatts(const FigureRange &value, const QLocale &locale)
{
    return tr("%1 MW").arg(range(value, locale));
}

QString FigureFormat::percent(double value, const QLocale &locale)
{
    const int decimals = value < 10 ? 1 : 0;
    return tr("%1 %").arg(locale.toString(value, 'f', decimals));
}

QString FigureFormat::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    // The locale's long format without the weekday ("17 April 2026", "17. April 2026",
    // "April 17, 2026"): unambiguous on a slide, unlike two-digit years.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString FigureFormat::shortDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString FigureFormat::duration(qint64 ms, const QLocale &locale)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 120)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 120 * 60)
        return tr("%1 min").arg(locale.toString(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(locale.toString(seconds / 3600));
    return tr("%1 days").arg(locale.toString(seconds / 86400));
}

QString FigureFormat::age(qint64 milliseconds, const QLocale &locale)
{
    return tr("%1 ago").arg(duration(milliseconds, locale));
}

QString FigureFormat::due(qint64 milliseconds, const QLocale &locale)
{
    return milliseconds <= 0 ? tr("now") : tr("in %1").arg(duration(milliseconds, locale));
}

QString FigureFormat::dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    // The same long date as everywhere else (the short format's two-digit year, "12/3/26",
    // read as a third date format beside "December 3, 2026" and ISO), then the local time.
    const QDateTime local = dateTime.toLocalTime();
    return tr("%1, %2").arg(date(local.date(), locale),
        locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat)));
}

QString FigureFormat::provenanceList(const QList<Provenance> &provenances)
{
    QStringList names;
    for (Provenance provenance : provenances)
        names.append(provenanceDisplayName(provenance));
    return names.join(QStringLiteral(", "));
}

QString FigureFormat::estimateCredit(const EstimateCredit &credit, const QLocale &locale)
{
    QStringList parts;
    for (const QString &part : { credit.analyst, credit.method, date(credit.asOf, locale) }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString FigureFormat::provenanceLabel(const SourcedValue &value, const QLocale &locale)
{
    QStringList names;
    for (Provenance provenance : value.provenances) {
        QString name = provenanceDisplayName(provenance);
        if (provenance == Provenance::Estimate && !value.estimates.isEmpty()) {
            QStringList credits;
            for (const EstimateCredit &credit : value.estimates)
                credits.append(estimateCredit(credit, locale));
            name += QStringLiteral(" · ") + credits.join(QStringLiteral("; "));
        }
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString FigureFormat::provenanceLabel(const ReportedFact &fact, const QLocale &locale)
{
    if (fact.provenance != Provenance::Estimate)
        return provenanceDisplayName(fact.provenance);
    return provenanceDisplayName(fact.provenance) + QStringLiteral(" · ")
        + estimateCredit({ fact.analyst, fact.method, fact.asOf }, locale);
}

QString FigureFormat::origin(const SourcedValue &value, const QLocale &locale)
{
    QStringList lines;
    lines.append(tr("Provenance: %1").arg(provenanceLabel(value, locale)));
    for (Provenance provenance : value.provenances)
        lines.append(QStringLiteral("  ") + provenanceExplanation(provenance));
    if (value.asOf.isValid())
        lines.append(tr("As of: %1").arg(date(value.asOf, locale)));
    if (value.updated.isValid())
        lines.append(tr("Updated: %1").arg(dateTime(value.updated, locale)));
    if (value.contributors > 1)
        lines.append(QCoreApplication::translate(
            "FigureFormat", "Sum of %n site(s)", nullptr, value.contributors));
    for (const QString &note : value.notes)
        lines.append(note);
    for (const QString &source : value.sources)
        lines.append(tr("Source: %1").arg(source));
    return lines.join(QLatin1Char('\n'));
}

QString FigureFormat::origin(const ReportedFact &fact, const QLocale &locale)
{
    QStringList lines;
    lines.append(tr("Provenance: %1").arg(provenanceLabel(fact, locale)));
    lines.append(tr("As of: %1").arg(date(fact.asOf, locale)));
    if (!fact.note.isEmpty())
        lines.append(fact.note);
    lines.append(tr("Source: %1").arg(fact.sourceUrl));
    return lines.join(QLatin1Char('\n'));
}
