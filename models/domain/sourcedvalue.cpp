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
