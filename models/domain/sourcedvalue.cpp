#include "domain/sourcedvalue.h"

void SourcedValue::add(const SourcedValue &other)
{
    value = value + other.value;
    for (Provenance provenance : other.provenances) {
        if (!provenances.contains(provenance))
            provenances.append(provenance);
    }
    if (other.asOf.isValid() && (!asOf.isValid() || other.asOf > asOf))
        asOf = other.asOf;
    if (other.reportedAsOf.isValid()
        && (!reportedAsOf.isValid() || other.reportedAsOf > reportedAsOf))
        reportedAsOf = other.reportedAsOf;
    if (other.updated.isValid() && (!updated.isValid() || other.updated > updated))
        updated = other.updated;
    for (const QString &source : other.sources) {
        if (!sources.contains(source))
            sources.append(source);
    }
    for (const EstimateCredit &credit : other.estimates) {
        if (!estimates.contains(credit))
            estimates.append(credit);
    }
    notes += other.notes;
    contributors += other.contributors;
}

QString figureScopeId(FigureScope scope)
{
    switch (scope) {
    case FigureScope::Site:
        return QStringLiteral("site");
    case FigureScope::StargateSites:
        return QStringLiteral("stargate_sites");
    case FigureScope::Program:
        return QStringLiteral("program");
    case FigureScope::Fleet:
        return QStringLiteral("fleet");
    }
    return QString();
}
