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

// Whose figure it is. Figures of different scopes are never summed or compared as if alike.
enum class FigureScope
{
    Site, // one site
    StargateSites, // a sum over the Stargate sites
    Program, // Stargate as a whole, as the program states it
    Fleet // all of OpenAI's compute, every provider
};

// The stable id used in exports ("site", "stargate_sites", "program", "fleet").
QString figureScopeId(FigureScope scope);

struct SourcedValue
{
    FigureRange value;
    QList<Provenance> provenances; // every provenance that contributed, without repeats
    QDate asOf; // newest publication date among dated contributors (a plan's date included)
    // Newest publication date among reported or estimated contributors: what "as of" in a
    // header may call reported. Invalid when only plans (or polled samples) contributed.
    QDate reportedAsOf;
    QDateTime updated; // newest sample time among polled contributors (UTC)
    QStringList sources; // source addresses of reported contributors
    QStringList notes;
    QList<EstimateCredit> estimates; // of the contributors that are estimates, without repeats
    int contributors = 0; // how many sites (or facts) were summed
    FigureScope scope = FigureScope::Site;

    bool includes(Provenance provenance) const { return provenances.contains(provenance); }
    void add(const SourcedValue &other);
};
