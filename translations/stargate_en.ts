<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU counts, power and site status of the Stargate AI data-center program, read from a local store that works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence: proprietary, all rights reserved. The facts of the public dataset belong to the sources cited with each figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is an independent project. It is not affiliated with, endorsed by or sponsored by OpenAI or its partners (Oracle, SoftBank, MGX and the others named in the dataset).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the folder that holds the store in the file manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite %1 (built with %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boost %1 (header-only, built with it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store holds no public dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map outlines: Made with Natural Earth. Free vector and raster map data @ &lt;a href="https://www.naturalearthdata.com"&gt;naturalearthdata.com&lt;/a&gt; (public domain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates marked "Estimate · Epoch AI": Epoch AI, &lt;a href="https://epoch.ai/data/ai-data-centers"&gt;epoch.ai&lt;/a&gt; (CC BY 4.0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates marked "Estimate · %1": %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public table: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>Feed stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power near capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs online falling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase behind plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>SIMULATED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no successful poll for %2 s (interval %3 s, limit %4 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 polls in a row failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 draws %2 MW, %3% of its %4 MW capacity (limit %5%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: GPUs online fell by %2% within %3 min (from %4 to %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was planned to reach "%2" by %3 (%4 days ago) and has not.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Comment by %2:
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment by %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertThresholdsDialog</name>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> polls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> × poll interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised per source; cleared by the next successful poll.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale after no success for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error streak after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power near capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power drawn as a share of the site's capacity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs online falling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fall from the highest count within the window to the newest one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raise on a fall of more than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear when the fall is below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase behind plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days after a planned date before a site that has not reached the phase is flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The power alert must clear below the level at which it is raised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The GPU alert must clear below the fall at which it is raised.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale or failing feeds, power near capacity, GPUs going offline and phases behind plan. An alert stays until its condition clears; acknowledging says someone is on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sites and sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected alerts as seen, with your user name and the time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acknowledged</numerusform>
            <numerusform>%n acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n cleared</numerusform>
            <numerusform>%n cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts so far: every rule is quiet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert matches the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When each alert is raised and cleared (saved in the settings, applied at once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note on the selected alert (a ticket, who is on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un-acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment on Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ticket, who is on it, what was done (empty: no comment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AsOfLine</name>
    <message>
        <source>No reported or estimated figures shown yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data as of %1 (newest reported or estimated figure shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest measurement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public dataset v%1 compiled %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, newest source %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CollectMode</name>
    <message>
        <source>%1 sample(s) could not be written to the store %2 and are lost (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the queue overflowed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Collected %L1 sample(s) from %n source(s) into %2 (all written).</source>
        <translation>
            <numerusform>Collected %L1 sample(s) from %n source into %2 (all written).</numerusform>
            <numerusform>Collected %L1 sample(s) from %n sources into %2 (all written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected %L1 sample(s) from %n source(s) into %2: %L3 written, %L4 already stored (the first sample for a time wins), %L5 refused, %L6 not written.</source>
        <translation>
            <numerusform>Collected %L1 sample(s) from %n source into %2: %L3 written, %L4 already stored (the first sample for a time wins), %L5 refused, %L6 not written.</numerusform>
            <numerusform>Collected %L1 sample(s) from %n sources into %2: %L3 written, %L4 already stored (the first sample for a time wins), %L5 refused, %L6 not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Stargate Dashboard: GPUs, power and site status of the Stargate AI data-center program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the SQLite store at &lt;path&gt; (created if missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language: en or de.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render a page offscreen once the data has loaded, write it to &lt;png&gt; and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page for --screenshot: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the executive summary to standard output and exit. Format: json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1"; use en or de.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown page "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid size "%1"; use WIDTHxHEIGHT between 320x240 and 8192x8192.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown report format "%1"; use json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--screenshot and --report cannot be combined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poll the sources listed in &lt;file&gt; (see docs/sources.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poll the built-in site simulator (SIMULATED data). The default when no --sources is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not poll anything; show what the store holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poll and store without a window, until --duration ends or SIGINT/SIGTERM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long --collect runs, in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid duration "%1"; use a whole number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo and --sources cannot be combined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--collect needs something to poll; drop --no-feed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--collect cannot be combined with --screenshot or --report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start in presentation mode (full screen; Esc leaves it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slides of the presentation and the exports, comma-separated, e.g. overview,gpus,site:abilene (see docs/present.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show each slide for &lt;seconds&gt;, then the next; loops (a lobby playlist).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a PDF briefing to &lt;file&gt; and exit (no window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every slide as a PNG of --size into &lt;folder&gt; and exit (no window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a read-only snapshot of the store, without secrets, to &lt;file&gt; and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page "site:" needs a site id, e.g. site:abilene-tx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--slides needs at least one slide name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid --auto-advance "%1"; use whole seconds from 1 to 3600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The --export options cannot be combined with --collect, --present, --screenshot or --report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--present cannot be combined with --collect or --report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time range of the charts: 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown range "%1"; use 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a public table (e.g. Epoch AI's data_center_timelines.csv) into the store before starting; may be given more than once (see docs/sources.md).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>Sum over active sites of the last value in each interval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online (reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational (reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational (estimate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Independent analysts' estimates of operational capacity, dated by their rows; their projections are on each Site page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Bundled dataset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in site simulator could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site simulator: status feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a read-only snapshot: polling stays off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot %1 was written by an older version and needs an upgraded copy, but no temporary copy could be made. Free some disk space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot %1 was written by an older version (schema %2). It is shown through an upgraded copy; the file itself was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public table not imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this version was imported before; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) imported</source>
        <translation>
            <numerusform>%1: %n figure imported</numerusform>
            <numerusform>%1: %n figures imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n site(s)</source>
        <translation>
            <numerusform> for %n site</numerusform>
            <numerusform> for %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n name(s) match no site and were not imported: %1</source>
        <translation>
            <numerusform>%n name matches no site and was not imported: %1</numerusform>
            <numerusform>%n names match no site and were not imported: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous version matched %1 sites, this one %2: the publisher may have renamed a site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is read-only: no public table was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 read again with the new site mapping: %n figure(s)</source>
        <translation>
            <numerusform>%1 read again with the new site mapping: %n figure</numerusform>
            <numerusform>%1 read again with the new site mapping: %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (listed on the Feeds page)</source>
        <translation>
            <numerusform>and %n more (listed on the Feeds page)</numerusform>
            <numerusform>and %n more (listed on the Feeds page)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>The dataset has no valid version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing the dataset failed (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatasetParser</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, field "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number or a [low, high] pair of numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the high end of the range is below the low end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between -%1 and %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not allowed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must use lower-case letters, digits and dashes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first record must be the "dataset" header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second "dataset" header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the site "%1" is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown site "%1" (sites must be defined before they are used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a milestone needs "gpus" or "mw"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "site", "program" or "fleet"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only site-scoped facts name a site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset has no "dataset" header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundled dataset is missing from this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only estimates name an analyst or a method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of names</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DcgmSummarizer</name>
    <message numerus="yes">
        <source>%n power reading(s) without UUID, GPU index or PCI bus id, skipped</source>
        <translation>
            <numerusform>%n power reading without UUID, GPU index or PCI bus id, skipped</numerusform>
            <numerusform>%n power readings without UUID, GPU index or PCI bus id, skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid power reading in scrape: no GPU count or power stored</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n GPU power reading(s) negative or not a number, not counted</source>
        <translation>
            <numerusform>%n GPU power reading negative or not a number, not counted</numerusform>
            <numerusform>%n GPU power readings negative or not a number, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) with DCGM's no-data value as power, not counted</source>
        <translation>
            <numerusform>%n GPU with DCGM's no-data value as power, not counted</numerusform>
            <numerusform>%n GPUs with DCGM's no-data value as power, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading, not counted</source>
        <translation>
            <numerusform>%n GPU without a DCGM_FI_DEV_POWER_USAGE reading, not counted</numerusform>
            <numerusform>%n GPUs without a DCGM_FI_DEV_POWER_USAGE reading, not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckExporter</name>
    <message>
        <source>GPUs online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facility power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contracted compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write PNGs into %1: it is a file, not a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the PNGs. Check its permissions or choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PNG %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF %1: it is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate rollout briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the PDF %1: the PDF writer could not start.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n slide(s); the appendix lists every reported figure with its source and date.</source>
        <translation>
            <numerusform>%n slide; the appendix lists every reported figure with its source and date.</numerusform>
            <numerusform>%n slides; the appendix lists every reported figure with its source and date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendix (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data yet: the store holds no reported figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAI fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$%1 bn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(planned)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cancelled after %n slide(s); the PNGs written so far are complete.</source>
        <translation>
            <numerusform>Cancelled after %n slide; the PNGs written so far are complete.</numerusform>
            <numerusform>Cancelled after %n slides; the PNGs written so far are complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: public figures and their sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures as published (estimates with their analyst and method); see each source for its context. Figures of the Stargate sites, the program and the OpenAI fleet are never summed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Snapshot written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF briefing written to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n PNG(s) written to %1</source>
        <translation>
            <numerusform>%n PNG written to %1</numerusform>
            <numerusform>%n PNGs written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>no feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedPoller</name>
    <message>
        <source>query %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedSourceFile</name>
    <message>
        <source>Cannot read the sources file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sources file %1 is larger than 4 MiB; is it the right file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"version" must be 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source %1, field "%2": %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a prometheus_text source names the site it describes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each query needs "metric" and "query"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a prometheus_api source needs at least one query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0.5 and 86400 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0 and 1024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either auth_env or auth_file, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must hold one line, the Authorization value (Bearer … or Basic …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not hold a user name or password (user:password@); give the Authorization value in auth_env or auth_file instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 0.1 and 600 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be prometheus_text, prometheus_api, site_status or public_table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a public_table source has a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither a preset (epoch_timelines, epoch_data_centers) nor one of the file's "mappings"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every polled source: its state, when it last answered, how long it took, when it is polled next, and what went wrong. Hover a row for the address and details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No source has been polled into this store. Start the dashboard with --demo (the built-in simulator) or --sources FILE (see docs/sources.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sources</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not polled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause Polling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop or restart polling the selected source until the dashboard is closed (the sources file decides at the next start).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume Polling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polled sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sum of %n site(s)</source>
        <translation>
            <numerusform>Sum of %n site</numerusform>
            <numerusform>Sum of %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all OpenAI compute, fleet-wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target, Stargate sites</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>GPUs at Stargate sites: history, plan and projection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the GPU target is reached, and what power it will draw. Change the assumptions on the right; every figure recomputes at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POWER ON PLAN (PROJECTED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server power per GPU beyond the GPU itself (CPUs, memory, network), as a factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power usage effectiveness: facility power / IT power. No Stargate site has published one; new liquid-cooled AI halls target 1.05–1.2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target GPUs online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watts per GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server overhead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delay site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCENARIO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: the trend of the sites' GPU counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target counts all OpenAI compute; the projection covers the Stargate sites only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assumptions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include SIMULATED GPU counts (demo feed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated counts are never evidence: off, the projection uses reported and measured figures only; on, every verdict and chart built from them says SIMULATED.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · SIMULATED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: the sites' published GPU plans (GPUs implied by planned MW are not counted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Includes SIMULATED data (demo feed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational now, Stargate sites: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast by site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GeoData</name>
    <message>
        <source>a ring is not an array of positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a ring has fewer than 4 positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a position lies outside longitude ±180° and latitude ±90°</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a polygon is not an array of rings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a MultiPolygon is not an array of polygons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported geometry type "%1" (expected Polygon or MultiPolygon)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>feature %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the collection holds no features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the map outlines %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map outlines %1 are broken: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>SIMULATED DATA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STALE · updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No new data for longer than %1; the figure may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <comment>subject: freshness</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1 has no valid date ("%2"); it cannot be placed in the site's history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 is dated after the site was cancelled on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused on %1, before anything else happened at the site: there was nothing to pause.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 is dated before %3 on %4: a site cannot reach %1 before %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site was given for the phase event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown phase "%1". Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date. Enter it as year-month-day, e.g. 2026-03-31.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in the future; a phase event records what has happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported by the feed "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARGATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI data-center rollout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the &amp;provenances mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>dataset v%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMULATED data present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF &amp;Briefing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Slides as P&amp;NG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the slides full screen (F5); Esc leaves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate Dashboard — snapshot (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot of %1 — read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF Briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF briefing written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Slides as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate snapshots (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot written to %1; it opens read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate snapshots (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Stargate Dashboard snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a window for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alert needs attention</numerusform>
            <numerusform>%n alerts need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert &amp;Thresholds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the slides…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n slide(s) written to %1</source>
        <translation>
            <numerusform>%n slide written to %1</numerusform>
            <numerusform>%n slides written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Present as a &amp;Loop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slides full screen, advancing every 15 s and starting again after the last (for a lobby screen). In the presentation, A turns the loop on or off; a number and A sets its seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Public Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an analyst's CSV table, such as Epoch AI's data-center timelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Public Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public tables (*.csv *.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contiguous USA, Albers equal-area conic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>World</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>World, Equal Earth projection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site on an offline map: colour shows its phase, circle area its planned capacity, the ring its live feed. Click a site to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole map again (0 or Home)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag or arrow keys to pan, wheel or +/− to zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Coordinates are approximate town or county centroids.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last sample %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reported as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site has coordinates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the USA (see World)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rings: the health of the feeds that deliver each site's figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rings: no site has a polled feed in this store, so every site shows "no feed".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circle area: planned MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>GPUs online · Stargate sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power · Stargate sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites by phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAI compute · fleet-wide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs at Stargate sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power at Stargate sites (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate rollout overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No site has reported a count of online GPUs yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Planned at %n site(s) that disclose GPUs: %1</source>
        <translation>
            <numerusform>Planned at %n site that discloses GPUs: %1</numerusform>
            <numerusform>Planned at %n sites that disclose GPUs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn now, IT load</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>operational capacity reported for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>operational capacity reported for %n site, not a measured draw</numerusform>
            <numerusform>operational capacity reported for %n sites, not a measured draw</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 planned at %2 of %3 active sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned capacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) in total; paused and cancelled sites are not counted as active.</source>
        <translation>
            <numerusform>%n site in total; paused and cancelled sites are not counted as active.</numerusform>
            <numerusform>%n sites in total; paused and cancelled sites are not counted as active.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each site's phase comes from dated public reports; see the Sites page for sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 GW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 GW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of %1, all providers; not the Stargate sites alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US$%1 bn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over four years, announced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program plan: more than %1 GW (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU target · projection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: trend of GPU counts; Stargate sites only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis: the sites' dated plans; Stargate sites only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STALE · updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMULATED (demo feed, not added): %1 online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fleet-wide target of %1 GPUs by %2 counts all OpenAI compute; it is not compared with these sites.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Operational capacity reported for %n site(s): %1</source>
        <translation>
            <numerusform>Operational capacity reported for %n site: %1</numerusform>
            <numerusform>Operational capacity reported for %n sites: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SIMULATED (demo feed, not added): %1 drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo feed (SIMULATED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>operational capacity reported or estimated for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>operational capacity reported or estimated for %n site, not a measured draw</numerusform>
            <numerusform>operational capacity reported or estimated for %n sites, not a measured draw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>operational capacity estimated for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>operational capacity estimated for %n site, not a measured draw</numerusform>
            <numerusform>operational capacity estimated for %n sites, not a measured draw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageSlides</name>
    <message>
        <source>Stargate sites worldwide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate sites in the United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site's phases over time (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site's phases over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map of the sites (map:usa, map:world)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site's phases over time (timeline:N for page N)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Announced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partially operational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanCurve</name>
    <message>
        <source>Sum of the active sites' published GPU plans, straight between plan dates. A site counts from its first plan date on; GPUs implied by planned MW are not included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sum of the active sites' published MW plans, straight between plan dates. A site counts from its first plan date on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned GPUs, Stargate sites (published plans)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned MW, Stargate sites (published plans)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PngExportDialog</name>
    <message>
        <source>Export Slides as PNG</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n slide(s)</source>
        <translation>
            <numerusform>The only slide</numerusform>
            <numerusform>All %n slides</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2560 × 1440 (QHD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3840 × 2160 (4K UHD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1600 × 1200 (4:3 projector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Stargate Dashboard — presentation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No slides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · auto %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Trend fitted on %n site(s) with enough history; the band combines their uncertainty by simulation.</source>
        <translation>
            <numerusform>Trend fitted on %n site with enough history; the band combines its uncertainty by simulation.</numerusform>
            <numerusform>Trend fitted on %n sites with enough history; the band combines their uncertainty by simulation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached: the sites' GPU count has reached the target. On track: the projected date and the late end of its band are both on or before the target date. At risk: the projected date is on or before the target date but the late end is after it. Behind: the projected date is after the target date, or the target is not reached within the plans and trends up to %1. The projection uses the trend when there is enough history, else the sites' dated plans.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not within the horizon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: %1 GPUs online by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 W per GPU × server overhead %2 × PUE %3 = %4 W of facility power per GPU</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 delayed by %n month(s)</source>
        <translation>
            <numerusform>%1 delayed by %n month</numerusform>
            <numerusform>%1 delayed by %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data to project a trend: no active site has three or more GPU counts spanning %1 days yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMULATED GPU counts (demo feed) are included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated GPU counts (demo feed) are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not measurable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 MW IT, %3 MW facility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy on %1: %2 MWh per day, %3 GWh per year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectionResult</name>
    <message>
        <source>No planned capacity (MW) is known for this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dated GPU plan or trend to project power from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The GPU plan is derived from the planned MW, so it meets capacity by construction.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>From the fitted GPU trend, against %Ln MW planned capacity.</source>
        <translation>
            <numerusform>From the fitted GPU trend, against %Ln MW planned capacity.</numerusform>
            <numerusform>From the fitted GPU trend, against %Ln MW planned capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the dated GPU plan (high end), against %Ln MW planned capacity.</source>
        <translation>
            <numerusform>From the dated GPU plan (high end), against %Ln MW planned capacity.</numerusform>
            <numerusform>From the dated GPU plan (high end), against %Ln MW planned capacity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stargate sites' planned GPUs vs the fleet-wide target of %1 GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate sites' GPUs vs the fleet-wide target of %1 GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate sites' planned GPUs vs a target of %1 GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate sites' GPUs vs a target of %1 GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not reached by %2 on current plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not enough data to project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: projected %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(includes SIMULATED data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fleet GPU count %1 reported %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fleet GPU count published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fleet GPU count published; fleet compute %1 GW reported %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target counts all OpenAI compute (fleet-wide): its verdict rests on fleet-wide figures only, never on the Stargate sites' sum.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectionTableModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MW %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dated plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>implied by planned MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reported GPU plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projected from the site's dated plans (provenance: projected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headroom now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MW over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not projected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>≈%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs implied by planned MW under the power assumptions, rounded to two significant figures (provenance: projected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MW over to %2 MW spare</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromApiParser</name>
    <message>
        <source>HTTP status %1, and the body is not a Prometheus API answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the query failed (HTTP %1, %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no error type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer's "status" is neither "success" nor "error"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status %1 with a "success" answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer has no "data" object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the vector result is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result item %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the matrix result is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result series %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result series %1: "values" is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scalar result: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown resultType "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"metric" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label "%1" is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a point is not a [time, "value"] pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a point's time is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a point's value is not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value "%1" is not a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the last line does not end with a newline; the body may be cut short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after "# EOF"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted metric name in the %1 line is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 line has no valid metric name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character in the metric name of the %1 line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second HELP line for "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TYPE line for "%1" names no type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown metric type "%1" for "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second TYPE line for "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TYPE line for "%1" comes after its first sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sample must start with a metric name, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample has no metric name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample "%1" has no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character '%1' after the metric name "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value "%1" of "%2" is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the timestamp "%1" of "%2" is not a whole number of milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text "%1" after the timestamp of "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scrape has more than %1 samples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label set is not closed with "}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted name inside the braces is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sample names its metric twice ("%1" and "%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted metric name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label "%1" has no "="</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid character '%1' in the label set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of label "%1" is not quoted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of label "%1" has no closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of label "%1" has an invalid escape (only \\, \" and \n are allowed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "," or "}" in the label set, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label "%1" appears twice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Measured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMULATED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polled by this dashboard from a live telemetry source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken from a public source, cited with its publication date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan or target stated by the operators, not an achieved figure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed by this dashboard from other figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produced by the built-in demo feed. Not real data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand by a user of this dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modelled by an independent analyst (for example from satellite imagery and permits), cited with the analyst, the method and its date. Not a reported figure.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublicRecord</name>
    <message>
        <source>No public update since %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublicTableReader</name>
    <message>
        <source>The table has no %1 column (looked for %2). Its columns: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a number of %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is a web page (HTML), not a CSV table: the server may have answered with an error or a sign-in page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column "%2": no site name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is a web page (HTML), not a CSV table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mapping fits this table. Known tables: Epoch AI's data_center_timelines.csv (columns "Data center", "Date", "IT power (MW)" …) and data_centers.csv ("Name", "Current power (MW)" …). Its columns: %1. A table of another publisher needs a mapping in the sources file (docs/sources.md).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublicTablesPanel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmatched names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names that match no site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the table says of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map to Site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No public table has been imported. File → Import Public Data… (Ctrl+I) imports one, such as Epoch AI's data-center timelines; a public_table source polls one (docs/sources.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows of these names were not imported: no site of ours has the name. Map a name to a site if it is one of ours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say which of our sites the selected name is; the newest version of every table is then read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from the file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polled from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map to Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows named "%1" become figures of the site chosen here, in the newest version of every table and in every later one. Choose only a site you know it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication::QCoreApplication::QCoreApplication::SlideText</name>
    <message>
        <source>Power</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <source>Mapping "%1" failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteDetailQuery</name>
    <message>
        <source>Last value in each interval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facility capacity (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational (earlier release of the table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same analyst's figures in an earlier version of the table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's projection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows the analyst dates after the table was retrieved: the analyst's projection, not an estimate of the past and not a projection of this dashboard.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>GPUs at this site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power at this site (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the page you came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened on that day?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dated phase events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No polled source feeds this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store does not yet record which polled source feeds which site, so no feed is shown here. Live figures, when present, appear in the charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 by %2 (manual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the note first, then add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a valid date for the note.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Record phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase recorded, and flagged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phases over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Phase Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from the history? It was entered by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase event removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power drawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteStatusParser</name>
    <message>
        <source>the feed is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the feed is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"schema_version" is missing or not a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema_version %1 is newer than this program reads (up to %2); update the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"generated_at" is not an ISO 8601 time with a time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"sites" is missing or not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is implausibly large (%2, the limit is %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record %1: site_id is missing or not lower-case letters, digits and dashes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site %1: appears twice; only the first record is read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phase is not text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gpus_online is above gpus_installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>facility_power_mw is below it_power_mw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timestamp is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timestamp is not an ISO 8601 time with a time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>site %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(SIMULATED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status (as of %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location disclosed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approximate town or county centre (%1, %2), not the campus.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dated phase event is known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since %2
Source: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No count of online GPUs is known for this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No GPU plan has been published for this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No power figure is known for this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational capacity as reported, not measured power draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The planned capacity has not been disclosed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public news</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (capacity, estimate)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Newest date a public source gave about this site (facts, plans, phase events, status); polled and simulated data do not count. After %n day(s) without one the site says so.</source>
        <translation>
            <numerusform>Newest date a public source gave about this site (facts, plans, phase events, status); polled and simulated data do not count. After %n day without one the site says so.</numerusform>
            <numerusform>Newest date a public source gave about this site (facts, plans, phase events, status); polled and simulated data do not count. After %n days without one the site says so.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operational capacity as modelled by an analyst, not measured power draw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operational (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No operational capacity has been reported for this site.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteTableView</name>
    <message>
        <source>Filter sites by name, place, partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase filter</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 of %n site</numerusform>
            <numerusform>%1 of %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every site with its phase, GPUs and power. Hover a figure to see its provenance, source and date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlideFrame</name>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>includes SIMULATED data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: listed in the briefing appendix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store holds no figures for this slide. Import the public dataset or start a feed, then present again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: %1; each figure with its source in the briefing appendix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SlideRegistry</name>
    <message>
        <source>Unknown slide "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown slide "%1"; "%2" is not one of: %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Cannot write the snapshot %1: it is a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the snapshot %1: it is the open database itself. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the snapshot %1: the folder %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the snapshot %1: renaming the temporary file failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceHealthModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not polled yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prometheus /metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prometheus API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site status JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n failure in a row</numerusform>
            <numerusform>%n failures in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples stored in total: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Samples/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused by an operator; Resume Polling or the next start polls it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled in the sources file ("enabled": false)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandardSlides</name>
    <message>
        <source>operational capacity reported, not a measured draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1 planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs at Stargate sites over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power at Stargate sites over time (MW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the GPU target is reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sites (%1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(SIMULATED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operational capacity, not a measured draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPUs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First power: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full operation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headline figures: GPUs, power, sites, the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power at Stargate sites over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table of all sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One slide per site (site:ID for one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operational capacity reported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operational capacity reported or estimated, not a measured draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operational capacity estimated, not a measured draw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operational capacity estimated:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read the database file %1: %2. Check its permissions or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a Stargate Dashboard database (not a SQLite file). It was left untouched; choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database path %1 is a folder, not a file. Choose a file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check its permissions or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are writable, or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read as a database: %2. It was left untouched; choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 was written by a newer version of Stargate Dashboard (schema %2; this version knows up to %3). It was left untouched; update the program or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is not a Stargate Dashboard database. It was left untouched; choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 belongs to another program. It was left untouched; choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 uses an older schema and is open read-only, so it cannot be upgraded. Open it once with write access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use the database %1: %2. Another program may hold it locked; close it or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. The file was left at its previous version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program (or the other Stargate Dashboard window) and try again, or choose another file with --db PATH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2. The disk may be full: free some space and try again. The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was opened read-only so that nothing more is written to it: restore it from a snapshot (one made with File → Export Snapshot…) by copying the snapshot in its place, or delete the file to start afresh.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Writing %n sample(s) failed: %1</source>
        <translation>
            <numerusform>Writing %n sample failed: %1</numerusform>
            <numerusform>Writing %n samples failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the projection failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the health of source %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a read-only snapshot: changes cannot be saved. Open the original database to make changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note needs a valid date and some text; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the note on %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no site "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the phase event failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording alerts failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledging alerts failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the phase that a feed reported failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the phase event failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only phase events entered by hand can be removed; this one comes from a source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 can be written again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The store %1 can be written again; %n sample(s) were lost while it could not.</source>
        <translation>
            <numerusform>The store %1 can be written again; %n sample was lost while it could not.</numerusform>
            <numerusform>The store %1 can be written again; %n samples were lost while it could not.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the store %1 since %2: %3. %4 sample(s) waiting, %5 lost. Free some disk space or close the other program using it; writing resumes by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is read-only; the table %1 was not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taking back acknowledgements failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the comment failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableArchive</name>
    <message>
        <source>not a readable ZIP archive: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in the ZIP archive cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in the ZIP archive is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in the ZIP archive holds more than %2 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ZIP archive has more than %1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in the ZIP archive is encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CSV files of the ZIP archive hold more than %1 MiB together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ZIP archive is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ZIP archive holds no CSV file (it holds %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableImportWriter</name>
    <message>
        <source>Storing the table %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mapping "%1" to %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <source>unknown mapping preset "%1" (known: epoch_timelines, epoch_data_centers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a mapped metric needs "column", "metric" and "unit"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a metric's "scale" must be positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a table's "provenance" is "estimate" or "reported"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a table mapping needs a "preset" or a "name"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a table mapping needs a "site_column"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a table mapping needs at least one entry in "metrics"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an estimate names its "analyst" and "method"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeChartView</name>
    <message>
        <source>(range)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 15 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 6 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>Custom Time Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“To” must be after “From”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the span before this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the span after this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show twice the span</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow now: new samples appear as they arrive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each site's phases over time, from public reports and manual entries. Diamonds are planned milestones; hover over a bar or marker for its dates and source.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n site(s) with phases in an impossible order: %1. Hover over the warning sign for details.</source>
        <translation>
            <numerusform>%n site with phases in an impossible order: %1. Hover over the warning sign for details.</numerusform>
            <numerusform>%n sites with phases in an impossible order: %1. Hover over the warning sign for details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No site has a dated phase yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SITE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No dated phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dated event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phases in an impossible order (hover for details)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(source gives "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This event is out of order; see the warning sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history of %1 is in an impossible order:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown site "%1" in --page; known sites: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a read-only snapshot: polling stays off.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
