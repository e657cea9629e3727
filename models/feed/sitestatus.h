// Parser for the site status feed: one JSON document with the current figures of each site,
// as operators' status endpoints serve it. The schema is documented in
// docs/site-status-feed.md. A pure function over the response body.
#pragma once

#include "domain/phase.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct SiteStatusRecord
{
    QString siteId;
    std::optional<Phase>
        phase; // none when the feed gave no phase or one this program does not know
    QString unknownPhase; // the phase text as the feed gave it, when it is not a known phase
    std::optional<double> gpusInstalled;
    std::optional<double> gpusOnline;
    std::optional<double> itPowerMw;
    std::optional<double> facilityPowerMw;
    std::optional<double> capacityMw;
    qint64 tsMs = 0; // when the site measured these figures, UTC ms since the epoch
};

struct SiteStatusResult
{
    int schemaVersion = 0;
    std::optional<qint64> generatedAtMs; // when the feed was written, if it says
    QList<SiteStatusRecord> sites; // the records that passed every check
    QStringList rejected; // per-record problems, e.g. "site abilene-tx: gpus_online is negative"
    QString error; // empty unless the whole document is unusable
    bool ok() const { return error.isEmpty(); }
};

SiteStatusResult parseSiteStatus(const QByteArray &body);
