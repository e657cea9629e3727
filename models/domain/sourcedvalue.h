// A figure together with where it comes from: the vocabulary every surface shows a number in.
#pragma once

#include "domain/storetypes.h"

#include <QDateTime>
#include <QStringList>

// Who modelled an estimate, how and as of when ("Epoch AI", "modelled", 2026-05-23).
struct EstimateCredit
{
    QString analyst;
    QString method;
    QDate asOf;
    bool operator==(const EstimateCredit &) const = default;
};

struct SourcedValue
{
    FigureRange value;
    QList<Provenance> provenances; // every provenance that contributed, without repeats
    QDate asOf; // newest publication date among reported contributors
    QDateTime updated; // newest sample time among polled contributors (UTC)
    QStringList sources; // source addresses of reported contributors
    QStringList notes;
    QList<EstimateCredit> estimates; // of the contributors that are estimates, without repeats
    int contributors = 0; // how many sites (or facts) were summed

    bool includes(Provenance provenance) const { return provenances.contains(provenance); }
    void add(const SourcedValue &other);
};
