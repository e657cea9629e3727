// A figure together with where it comes from: the vocabulary every surface shows a number in.
#pragma once

#include "domain/storetypes.h"

#include <QDateTime>
#include <QStringList>

struct SourcedValue
{
    FigureRange value;
    QList<Provenance> provenances; // every provenance that contributed, without repeats
    QDate asOf; // newest publication date among reported contributors
    QDateTime updated; // newest sample time among polled contributors (UTC)
    QStringList sources; // source addresses of reported contributors
    QStringList notes;
    int contributors = 0; // how many sites (or facts) were summed

    bool includes(Provenance provenance) const { return provenances.contains(provenance); }
    void add(const SourcedValue &other);
};
