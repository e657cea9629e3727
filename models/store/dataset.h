// The bundled public dataset: its parsed form and the parser for its file format (JSON Lines,
// one record per line, documented in docs/dataset.md). Rows that break the format are
// rejected one by one with their line and field named; the rest is kept.
#pragma once

#include "domain/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct DatasetError
{
    int line = 0;
    QString field; // empty when the whole line is at fault
    QString message;
    QString toString() const;
};

struct Dataset
{
    int version = 0;
    QDate compiled;
    QString title;
    QList<Site> sites;
    QList<PhaseEvent> phaseEvents;
    QList<Milestone> milestones;
    QList<ReportedFact> facts;
    QList<DatasetError> errors; // rejected rows
};

class DatasetParser
{
    Q_DECLARE_TR_FUNCTIONS(DatasetParser)

public:
    static Dataset parse(const QByteArray &jsonLines);
    // Reads the bundled dataset from the program's resources.
    static Dataset bundled();
};
