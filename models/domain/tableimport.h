// A public table (an analyst's CSV such as Epoch AI's data-center timelines) read into facts,
// as it crosses from the reader to the store writer. Values only: it owns its data.
#pragma once

#include "domain/storetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A name in the table that matches no site of ours: its rows are kept out of the figures and
// listed instead (Feeds page, import summary), so that a user can map it to a site.
struct UnmatchedName
{
    QString name;
    int rows = 0;
    int firstLine = 0; // the line of its first row in the file, 1-based
    QString detail; // what else the table says of it (location, users), to help mapping it
};

struct TableImport
{
    qint64 id = 0; // set by the store
    QString sourceId; // the sources file's id, or "file:<name>" for --import and File → Import
    QString mappingId; // the mapping preset or the sources file's mapping name
    QString title; // the mapping's title ("Epoch AI: data-center timelines")
    QString fileName;
    QString url; // where it was fetched from, without credentials; empty for a file
    QByteArray sha256; // hex of the file's bytes: the same file is imported once
    QDateTime retrievedAt; // UTC
    QDate fileDate; // what a row without a date is as of (the file's date, Last-Modified)
    QString etag; // HTTP validators of the fetched version, for the next conditional fetch
    QString lastModified;
    QString analyst; // "Epoch AI"; empty for reported figures
    QString credit; // the credit line the licence asks for, shown wherever the figures are
    int rowsRead = 0;
    QList<ReportedFact> facts; // the matched rows' figures
    QList<UnmatchedName> unmatched;
    QByteArray content; // the file itself, so that a new site mapping can re-read it
    QString error; // why the file was refused (then nothing of it is stored)
    int errorLine = 0;
};

// What the writer did with a TableImport.
struct TableImportOutcome
{
    enum class Kind
    {
        Imported, // a new version of the table; earlier versions' rows stay in history
        AlreadyImported, // the same bytes were imported before: nothing changed
        Reapplied, // the newest version was read again with new site mappings
        Failed
    };
    Kind kind = Kind::Failed;
    qint64 importId = 0;
    QString sourceId;
    QString fileName;
    int facts = 0;
    int sitesMatched = 0;
    int previousSitesMatched = -1; // of the previous version of the same source; -1: none
    QList<UnmatchedName> unmatched;
    QString credit;
    QString error;
};

// An import as the store keeps it (Feeds page, About, slides' credit lines).
struct TableImportInfo
{
    qint64 id = 0;
    QString sourceId;
    QString mappingId;
    QString title;
    QString fileName;
    QString url;
    QDateTime retrievedAt;
    QDate fileDate; // invalid for a version stored before schema 12
    QString etag; // the validators it was fetched with: the next fetch is conditional on them
    QString lastModified;
    QString analyst;
    QString credit;
    int rowsRead = 0;
    int facts = 0;
    int sitesMatched = 0;
    bool newest = false; // the newest version of its source: the one whose figures are shown
    QList<UnmatchedName> unmatched;
};

// A name a public table gives one of our sites: from the dataset, or mapped by a user on the
// Feeds page.
struct SiteAlias
{
    QString name;
    QString siteId;
    bool userMapped = false;
};

Q_DECLARE_METATYPE(TableImport)
Q_DECLARE_METATYPE(TableImportOutcome)
