<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Planned</source>
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
        <source>all OpenAI compute, fleet-wide</source>
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
        <source>OpenAI compute, fleet-wide, all providers (reported)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Bundled dataset: %1</source>
        <translation type="unfinished" />
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
        <translation><numerusform>Sum of %n site</numerusform><numerusform>Sum of %n sites</numerusform></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>SIMULATED DATA</source>
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
    <message>
        <source>About Stargate Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stargate Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;GPU counts, power and site status of the Stargate AI data-center program, read from a local store that works offline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation><numerusform>%n site</numerusform><numerusform>%n sites</numerusform></translation>
    </message>
    <message>
        <source>dataset v%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIMULATED data present</source>
        <translation type="unfinished" />
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
        <source>Reported figures as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reported figures yet</source>
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
        <source>%1 of the %2 target</source>
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
        <translation><numerusform>Planned at %n site that discloses GPUs: %1</numerusform><numerusform>Planned at %n sites that disclose GPUs: %1</numerusform></translation>
    </message>
    <message>
        <source>Target %1 GPUs by %2 counts all OpenAI compute, not only Stargate sites.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drawn now, IT load</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>operational capacity reported for %n site(s), not a measured draw</source>
        <translation><numerusform>operational capacity reported for %n site, not a measured draw</numerusform><numerusform>operational capacity reported for %n sites, not a measured draw</numerusform></translation>
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
        <translation><numerusform>%n active</numerusform><numerusform>%n active</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) in total; paused and cancelled sites are not counted as active.</source>
        <translation><numerusform>%n site in total; paused and cancelled sites are not counted as active.</numerusform><numerusform>%n sites in total; paused and cancelled sites are not counted as active.</numerusform></translation>
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
        <translation><numerusform>%1 of %n site</numerusform><numerusform>%1 of %n sites</numerusform></translation>
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
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Writing %n sample(s) failed: %1</source>
        <translation><numerusform>Writing %n sample failed: %1</numerusform><numerusform>Writing %n samples failed: %1</numerusform></translation>
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
</context>
</TS>
