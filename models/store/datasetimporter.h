// Brings a parsed Dataset into the store. Runs once per dataset version: a newer version
// replaces what an earlier dataset import wrote (origin 'dataset') and leaves measured,
// manual and user-edited data alone. All of it happens in one transaction.
#pragma once

#include "store/dataset.h"

#include <QCoreApplication>

class Store;

class DatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)

public:
    struct Result
    {
        enum class Outcome
        {
            Imported,
            Updated,
            AlreadyCurrent,
            Failed
        };
        Outcome outcome = Outcome::Failed;
        int previousVersion = 0;
        int version = 0;
        QString error;
    };

    static Result import(Store &store, const Dataset &dataset);
    static int importedVersion(Store &store);
};
