// Where a figure comes from. Every series and every reported fact carries one, and the
// UI shows it next to the figure; simulated data is always labelled as such.
#pragma once

#include <QString>
#include <optional>

enum class Provenance
{
    Measured, // polled from a live telemetry source
    Reported, // a public source, with citation and as-of date
    // An independent analyst's modelled figure (e.g. Epoch AI from satellite imagery and
    // permits): analyst, method and as-of; never shown as reported.
    Estimate,
    Planned, // a stated plan or target of the operator
    Projected, // computed by this program from other figures
    Simulated, // the built-in demo feed; never real
    Manual, // entered by a user of this program
};

// Stable lower-case identifier stored in the database ("measured", "reported", ...).
QString provenanceId(Provenance provenance);
std::optional<Provenance> provenanceFromId(const QString &id);

// Translated, human-readable name ("Measured", "Gemessen", ...).
QString provenanceDisplayName(Provenance provenance);

// One translated sentence that explains the provenance to a reader.
QString provenanceExplanation(Provenance provenance);
