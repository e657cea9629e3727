// How the columns of a public table become facts: which column names the site, which the date,
// and which hold which metric with its unit, scope and provenance. Columns are found by header
// name (several names per role, first present wins), never by position: publishers reorder
// columns between releases. Presets ship for Epoch AI's two data-center files; the sources file
// can name a preset or spell out a mapping of its own (docs/sources.md, "Public tables").
#pragma once

#include "domain/storetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct TableMetricColumn
{
    QStringList columns; // header names, first present wins
    QString metric; // metrics.h
    QString unit;
    double scale = 1.0; // multiplies the cell, e.g. 1000 for GW -> MW
};

struct TableMapping
{
    QString id; // "epoch_timelines", "epoch_data_centers" or the sources file's name
    QString title;
    QStringList siteColumns;
    QStringList dateColumns; // empty: every row is dated by the file (its Last-Modified or fetch)
    QList<TableMetricColumn> metrics;
    QStringList noteColumns; // copied into each fact's note ("Users: OpenAI (confident)")
    QStringList latitudeColumns; // for the unmatched list: where an unknown data center is
    QStringList longitudeColumns;
    // Site scope only: a table row describes one data center.
    Provenance provenance = Provenance::Estimate; // Estimate or Reported
    QString analyst; // required for estimates
    QString method;
    QString credit; // the licence's credit line
    QString publisherUrl; // cited as each fact's source when the table came from a file

    static TableMapping epochTimelines();
    static TableMapping epochDataCenters();
    static QList<TableMapping> presets();
    static std::optional<TableMapping> preset(const QString &id);
    // The preset whose site, date and a metric column are all in `header`; none when no preset
    // fits (the caller then names the columns it looked for and the ones it found).
    // A user's mappings (the sources file's) are tried first, in their order.
    static std::optional<TableMapping> detect(
        const QStringList &header, const QList<TableMapping> &userMappings = {});
    // {"preset": "epoch_timelines"} or a mapping spelled out (docs/sources.md); on error, none
    // and `error` says which key is wrong.
    static std::optional<TableMapping> fromJson(const QJsonObject &object, QString *error);
};
