<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Stargate Dashboard: GPUs, power and site status of the Stargate AI data-center program.</source>
        <translation>Stargate Dashboard: GPUs, Leistung und Standortstatus des Stargate-KI-Rechenzentrumsprogramms.</translation>
    </message>
    <message>
        <source>Use the SQLite store at &lt;path&gt; (created if missing).</source>
        <translation>Den SQLite-Speicher unter &lt;Pfad&gt; verwenden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>User interface language: en or de.</source>
        <translation>Sprache der Oberfläche: en oder de.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Render a page offscreen once the data has loaded, write it to &lt;png&gt; and exit.</source>
        <translation>Eine Seite nach dem Laden der Daten unsichtbar rendern, als &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Page for --screenshot: %1.</source>
        <translation>Seite für --screenshot: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Print the executive summary to standard output and exit. Format: json.</source>
        <translation>Die Zusammenfassung für die Geschäftsleitung auf die Standardausgabe schreiben und beenden. Format: json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use en or de.</source>
        <translation>Unbekannte Sprache „%1“; bitte en oder de verwenden.</translation>
    </message>
    <message>
        <source>Unknown page "%1"; use one of: %2.</source>
        <translation>Unbekannte Seite „%1“; möglich sind: %2.</translation>
    </message>
    <message>
        <source>Invalid size "%1"; use WIDTHxHEIGHT between 320x240 and 8192x8192.</source>
        <translation>Ungültige Größe „%1“; bitte BREITExHÖHE zwischen 320x240 und 8192x8192 angeben.</translation>
    </message>
    <message>
        <source>Unknown report format "%1"; use json.</source>
        <translation>Unbekanntes Berichtsformat „%1“; bitte json verwenden.</translation>
    </message>
    <message>
        <source>--screenshot and --report cannot be combined.</source>
        <translation>--screenshot und --report lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>Poll the sources listed in &lt;file&gt; (see docs/sources.md).</source>
        <translation>Die in &lt;Datei&gt; aufgeführten Quellen abfragen (siehe docs/sources.md).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Poll the built-in site simulator (SIMULATED data). The default when no --sources is given.</source>
        <translation>Den eingebauten Standortsimulator abfragen (SIMULIERTE Daten). Standard, wenn kein --sources angegeben ist.</translation>
    </message>
    <message>
        <source>Do not poll anything; show what the store holds.</source>
        <translation>Nichts abfragen; nur zeigen, was der Speicher enthält.</translation>
    </message>
    <message>
        <source>Poll and store without a window, until --duration ends or SIGINT/SIGTERM.</source>
        <translation>Ohne Fenster abfragen und speichern, bis --duration abläuft oder SIGINT/SIGTERM eintrifft.</translation>
    </message>
    <message>
        <source>How long --collect runs, in seconds.</source>
        <translation>Wie lange --collect läuft, in Sekunden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Invalid duration "%1"; use a whole number of seconds.</source>
        <translation>Ungültige Dauer „%1“; bitte eine ganze Zahl von Sekunden angeben.</translation>
    </message>
    <message>
        <source>--demo and --sources cannot be combined.</source>
        <translation>--demo und --sources lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>--collect needs something to poll; drop --no-feed.</source>
        <translation>--collect braucht etwas zum Abfragen; bitte --no-feed weglassen.</translation>
    </message>
    <message>
        <source>--collect cannot be combined with --screenshot or --report.</source>
        <translation>--collect lässt sich nicht mit --screenshot oder --report kombinieren.</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>Sum over active sites of the last value in each interval.</source>
        <translation>Summe über die aktiven Standorte, jeweils letzter Wert je Intervall.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation>In Betrieb (%1)</translation>
    </message>
    <message>
        <source>Online (reported)</source>
        <translation>In Betrieb (berichtet)</translation>
    </message>
    <message>
        <source>all OpenAI compute, fleet-wide</source>
        <translation>gesamte OpenAI-Rechenleistung, flottenweit</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Operational (reported)</source>
        <translation>In Betrieb (berichtet)</translation>
    </message>
    <message>
        <source>Drawn (%1)</source>
        <translation>Bezogen (%1)</translation>
    </message>
    <message>
        <source>OpenAI compute, fleet-wide, all providers (reported)</source>
        <translation>OpenAI-Rechenleistung, flottenweit, alle Anbieter (berichtet)</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Bundled dataset: %1</source>
        <translation>Mitgelieferter Datensatz: %1</translation>
    </message>
    <message>
        <source>The built-in site simulator could not start: %1</source>
        <translation>Der eingebaute Standortsimulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Site simulator: status feed</source>
        <translation>Standortsimulator: Status-Feed</translation>
    </message>
</context>
<context>
    <name>DatasetImporter</name>
    <message>
        <source>The dataset has no valid version.</source>
        <translation>Der Datensatz hat keine gültige Version.</translation>
    </message>
    <message>
        <source>Importing the dataset failed (%1): %2</source>
        <translation>Import des Datensatzes fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>DatasetParser</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, field "%2": %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>must be an http or https address</source>
        <translation>muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>"%1" is not a valid date</source>
        <translation>„%1“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>must be a number or a [low, high] pair of numbers</source>
        <translation>muss eine Zahl oder ein Zahlenpaar [von, bis] sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the high end of the range is below the low end</source>
        <translation>das obere Ende des Bereichs liegt unter dem unteren</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between -%1 and %1</source>
        <translation>muss zwischen -%1 und %1 liegen</translation>
    </message>
    <message>
        <source>"%1" is not allowed here</source>
        <translation>„%1“ ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>must use lower-case letters, digits and dashes</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation>Breiten- und Längengrad müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the first record must be the "dataset" header</source>
        <translation>der erste Eintrag muss der „dataset“-Kopf sein</translation>
    </message>
    <message>
        <source>a second "dataset" header</source>
        <translation>ein zweiter „dataset“-Kopf</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the site "%1" is defined twice</source>
        <translation>der Standort „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>must be a list of addresses</source>
        <translation>muss eine Liste von Adressen sein</translation>
    </message>
    <message>
        <source>unknown site "%1" (sites must be defined before they are used)</source>
        <translation>unbekannter Standort „%1“ (Standorte müssen vor ihrer Verwendung definiert sein)</translation>
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>a milestone needs "gpus" or "mw"</source>
        <translation>ein Meilenstein braucht „gpus“ oder „mw“</translation>
    </message>
    <message>
        <source>must be "site", "program" or "fleet"</source>
        <translation>muss „site“, „program“ oder „fleet“ sein</translation>
    </message>
    <message>
        <source>only site-scoped facts name a site</source>
        <translation>nur standortbezogene Angaben nennen einen Standort</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>unbekannter Eintragstyp „%1“</translation>
    </message>
    <message>
        <source>the dataset has no "dataset" header</source>
        <translation>der Datensatz hat keinen „dataset“-Kopf</translation>
    </message>
    <message>
        <source>the bundled dataset is missing from this build</source>
        <translation>der mitgelieferte Datensatz fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>DcgmSummarizer</name>
    <message numerus="yes">
        <source>%n GPU power reading(s) negative or not a number, skipped</source>
        <translation>
            <numerusform>%n GPU-Leistungswert negativ oder keine Zahl, übersprungen</numerusform>
            <numerusform>%n GPU-Leistungswerte negativ oder keine Zahl, übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n power reading(s) without UUID, GPU index or PCI bus id, skipped</source>
        <translation>
            <numerusform>%n Leistungswert ohne UUID, GPU-Index oder PCI-Bus-ID, übersprungen</numerusform>
            <numerusform>%n Leistungswerte ohne UUID, GPU-Index oder PCI-Bus-ID, übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedSourceFile</name>
    <message>
        <source>Cannot read the sources file %1: %2</source>
        <translation>Die Quellendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sources file %1 is larger than 4 MiB; is it the right file?</source>
        <translation>Die Quellendatei %1 ist größer als 4 MiB; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>Sources file %1: %2</source>
        <translation>Quellendatei %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>"version" must be 1</source>
        <translation>„version“ muss 1 sein</translation>
    </message>
    <message>
        <source>source %1, field "%2": %3</source>
        <translation>Quelle %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>must be 1 to 64 letters, digits, '.', '_' or '-'</source>
        <translation>muss aus 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-' bestehen</translation>
    </message>
    <message>
        <source>"%1" is used twice</source>
        <translation>„%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>must be prometheus_text, prometheus_api or site_status</source>
        <translation>muss prometheus_text, prometheus_api oder site_status sein</translation>
    </message>
    <message>
        <source>a prometheus_text source names the site it describes</source>
        <translation>eine prometheus_text-Quelle nennt den Standort, den sie beschreibt</translation>
    </message>
    <message>
        <source>each query needs "metric" and "query"</source>
        <translation>jede Abfrage braucht „metric“ und „query“</translation>
    </message>
    <message>
        <source>a prometheus_api source needs at least one query</source>
        <translation>eine prometheus_api-Quelle braucht mindestens eine Abfrage</translation>
    </message>
    <message>
        <source>must be between 0.5 and 86400 seconds</source>
        <translation>muss zwischen 0,5 und 86400 Sekunden liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 1024</source>
        <translation>muss zwischen 0 und 1024 liegen</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>give either auth_env or auth_file, not both</source>
        <translation>bitte entweder auth_env oder auth_file angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 must hold one line, the Authorization value (Bearer … or Basic …)</source>
        <translation>%1 muss genau eine Zeile enthalten, den Authorization-Wert (Bearer … oder Basic …)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>FeedsPage</name>
    <message>
        <source>Feeds</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Every polled source: its state, when it last answered, how long it took, when it is polled next, and what went wrong. Hover a row for the address and details.</source>
        <translation>Jede abgefragte Quelle: ihr Zustand, wann sie zuletzt antwortete, wie lange es dauerte, wann sie als Nächstes abgefragt wird und was schiefging. Mit der Maus über einer Zeile erscheinen Adresse und Details.</translation>
    </message>
    <message>
        <source>No source has been polled into this store. Start the dashboard with --demo (the built-in simulator) or --sources FILE (see docs/sources.md).</source>
        <translation>In diesen Speicher wurde noch keine Quelle abgefragt. Das Dashboard mit --demo (eingebauter Simulator) oder --sources DATEI (siehe docs/sources.md) starten.</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>Keine Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n Quelle</numerusform><numerusform>%n Quellen</numerusform></translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 fehlerhaft</translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>%1 not polled yet</source>
        <translation>%1 noch nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sum of %n site(s)</source>
        <translation>
            <numerusform>Summe über %n Standort</numerusform>
            <numerusform>Summe über %n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Plan, Stargate sites</source>
        <translation>Plan, Stargate-Standorte</translation>
    </message>
    <message>
        <source>Trend, 95% band</source>
        <translation>Trend, 95-%-Band</translation>
    </message>
    <message>
        <source>Trend, 80% band</source>
        <translation>Trend, 80-%-Band</translation>
    </message>
    <message>
        <source>Trend, median</source>
        <translation>Trend, Median</translation>
    </message>
    <message>
        <source>GPUs online (SIMULATED)</source>
        <translation>GPUs in Betrieb (SIMULIERT)</translation>
    </message>
    <message>
        <source>GPUs online</source>
        <translation>GPUs in Betrieb</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Projected date</source>
        <translation>Prognostiziertes Datum</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>GPUs at Stargate sites: history, plan and projection</source>
        <translation>GPUs an Stargate-Standorten: Verlauf, Plan und Prognose</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>When the GPU target is reached, and what power it will draw. Change the assumptions on the right; every figure recomputes at once.</source>
        <translation>Wann das GPU-Ziel erreicht wird und welche Leistung es beziehen wird. Die Annahmen rechts lassen sich ändern; jede Zahl wird sofort neu berechnet.</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>EINSCHÄTZUNG</translation>
    </message>
    <message>
        <source>POWER ON PLAN (PROJECTED)</source>
        <translation>LEISTUNG NACH PLAN (PROGNOSE)</translation>
    </message>
    <message>
        <source>Target GPUs</source>
        <translation>Ziel-GPUs</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>%1 (%2 W)</source>
        <translation>%1 (%2 W)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <source>Server power per GPU beyond the GPU itself (CPUs, memory, network), as a factor.</source>
        <translation>Serverleistung je GPU über die GPU hinaus (CPUs, Speicher, Netzwerk), als Faktor.</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power / IT power. No Stargate site has published one; new liquid-cooled AI halls target 1.05–1.2.</source>
        <translation>Power Usage Effectiveness: Anlagenleistung / IT-Leistung. Kein Stargate-Standort hat einen Wert veröffentlicht; neue flüssigkeitsgekühlte KI-Hallen zielen auf 1,05–1,2.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Target GPUs online</source>
        <translation>Ziel: GPUs in Betrieb</translation>
    </message>
    <message>
        <source>Watts per GPU</source>
        <translation>Watt je GPU</translation>
    </message>
    <message>
        <source>Server overhead</source>
        <translation>Server-Zuschlag</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Delay site</source>
        <translation>Standort verzögern</translation>
    </message>
    <message>
        <source>by</source>
        <translation>um</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SZENARIO</translation>
    </message>
    <message>
        <source>Basis: the trend of the sites' GPU counts.</source>
        <translation>Grundlage: der Trend der GPU-Zahlen der Standorte.</translation>
    </message>
    <message>
        <source>Basis: the sites' dated plans; GPUs of sites without a GPU plan are implied by their planned MW.</source>
        <translation>Grundlage: die datierten Pläne der Standorte; GPUs von Standorten ohne GPU-Plan werden aus ihren geplanten MW abgeleitet.</translation>
    </message>
    <message>
        <source>The trend uses SIMULATED data.</source>
        <translation>Der Trend verwendet SIMULIERTE Daten.</translation>
    </message>
    <message>
        <source>The target counts all OpenAI compute; the projection covers the Stargate sites only.</source>
        <translation>Das Ziel zählt die gesamte OpenAI-Rechenleistung; die Prognose umfasst nur die Stargate-Standorte.</translation>
    </message>
    <message>
        <source>%1: %2 MW IT, %3 MW facility</source>
        <translation>%1: %2 MW IT, %3 MW Anlage</translation>
    </message>
    <message>
        <source>Energy at the end of this year: %1 MWh per day, %2 GWh per year</source>
        <translation>Energie zum Jahresende: %1 MWh pro Tag, %2 GWh pro Jahr</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>SIMULATED DATA</source>
        <translation>SIMULIERTE DATEN</translation>
    </message>
    <message>
        <source>STALE · updated %1</source>
        <translation>VERALTET · aktualisiert %1</translation>
    </message>
    <message>
        <source>● updated %1</source>
        <translation>● aktualisiert %1</translation>
    </message>
    <message>
        <source>No new data for longer than %1; the figure may be out of date.</source>
        <translation>Seit mehr als %1 keine neuen Daten; die Zahl ist möglicherweise veraltet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stargate Dashboard</source>
        <translation>Stargate Dashboard</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>STARGATE</source>
        <translation>STARGATE</translation>
    </message>
    <message>
        <source>AI data-center rollout</source>
        <translation>Ausbau der KI-Rechenzentren</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>What the &amp;provenances mean</source>
        <translation>Was die &amp;Herkunftsangaben bedeuten</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;About Stargate Dashboard</source>
        <translation>&amp;Über Stargate Dashboard</translation>
    </message>
    <message>
        <source>About Stargate Dashboard</source>
        <translation>Über Stargate Dashboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stargate Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;GPU counts, power and site status of the Stargate AI data-center program, read from a local store that works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stargate Dashboard&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;GPU-Zahlen, Leistung und Standortstatus des Stargate-KI-Rechenzentrumsprogramms, gelesen aus einem lokalen Speicher, der auch offline funktioniert.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>dataset v%1</source>
        <translation>Datensatz v%1</translation>
    </message>
    <message>
        <source>SIMULATED data present</source>
        <translation>SIMULIERTE Daten enthalten</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Datenquellen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>GPUs online · Stargate sites</source>
        <translation>GPUs in Betrieb · Stargate-Standorte</translation>
    </message>
    <message>
        <source>Power · Stargate sites</source>
        <translation>Leistung · Stargate-Standorte</translation>
    </message>
    <message>
        <source>Sites by phase</source>
        <translation>Standorte nach Phase</translation>
    </message>
    <message>
        <source>OpenAI compute · fleet-wide</source>
        <translation>OpenAI-Rechenleistung · flottenweit</translation>
    </message>
    <message>
        <source>Stargate commitment</source>
        <translation>Stargate-Zusage</translation>
    </message>
    <message>
        <source>GPUs at Stargate sites</source>
        <translation>GPUs an Stargate-Standorten</translation>
    </message>
    <message>
        <source>Power at Stargate sites (MW)</source>
        <translation>Leistung an Stargate-Standorten (MW)</translation>
    </message>
    <message>
        <source>Stargate rollout overview</source>
        <translation>Stargate-Ausbau im Überblick</translation>
    </message>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation>Enthält SIMULIERTE Daten aus dem eingebauten Demo-Feed: keine echten Zahlen.</translation>
    </message>
    <message>
        <source>Reported figures as of %1</source>
        <translation>Berichtete Zahlen, Stand %1</translation>
    </message>
    <message>
        <source>No reported figures yet</source>
        <translation>Noch keine berichteten Zahlen</translation>
    </message>
    <message>
        <source>newest measurement %1</source>
        <translation>neueste Messung %1</translation>
    </message>
    <message>
        <source>public dataset v%1 compiled %2</source>
        <translation>öffentlicher Datensatz v%1 vom %2</translation>
    </message>
    <message>
        <source>%1 of the %2 target</source>
        <translation>%1 des Ziels von %2</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht berichtet</translation>
    </message>
    <message>
        <source>No site has reported a count of online GPUs yet.</source>
        <translation>Noch kein Standort hat eine Zahl laufender GPUs gemeldet.</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Planned at %n site(s) that disclose GPUs: %1</source>
        <translation>
            <numerusform>Geplant an %n Standort, der GPUs nennt: %1</numerusform>
            <numerusform>Geplant an %n Standorten, die GPUs nennen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1 GPUs by %2 counts all OpenAI compute, not only Stargate sites.</source>
        <translation>Das Ziel von %1 GPUs bis %2 zählt die gesamte OpenAI-Rechenleistung, nicht nur Stargate-Standorte.</translation>
    </message>
    <message>
        <source>drawn now, IT load</source>
        <translation>aktuell bezogen, IT-Last</translation>
    </message>
    <message numerus="yes">
        <source>operational capacity reported for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>Betriebskapazität für %n Standort berichtet, kein gemessener Bezug</numerusform>
            <numerusform>Betriebskapazität für %n Standorte berichtet, kein gemessener Bezug</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 planned at %2 of %3 active sites</source>
        <translation>von %1 geplant an %2 von %3 aktiven Standorten</translation>
    </message>
    <message>
        <source>Planned capacity:</source>
        <translation>Geplante Kapazität:</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) in total; paused and cancelled sites are not counted as active.</source>
        <translation>
            <numerusform>%n Standort insgesamt; pausierte und abgesagte Standorte zählen nicht als aktiv.</numerusform>
            <numerusform>%n Standorte insgesamt; pausierte und abgesagte Standorte zählen nicht als aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each site's phase comes from dated public reports; see the Sites page for sources.</source>
        <translation>Die Phase jedes Standorts stammt aus datierten öffentlichen Berichten; Quellen auf der Seite „Standorte“.</translation>
    </message>
    <message>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <source>%1: %2 GW</source>
        <translation>%1: %2 GW</translation>
    </message>
    <message>
        <source>End of %1, all providers; not the Stargate sites alone.</source>
        <translation>Ende %1, alle Anbieter; nicht nur die Stargate-Standorte.</translation>
    </message>
    <message>
        <source>Reported %1</source>
        <translation>Berichtet %1</translation>
    </message>
    <message>
        <source>US$%1 bn</source>
        <translation>%1 Mrd. US$</translation>
    </message>
    <message>
        <source>over four years, announced %1</source>
        <translation>über vier Jahre, angekündigt am %1</translation>
    </message>
    <message>
        <source>Program plan: more than %1 GW (%2)</source>
        <translation>Programmplan: mehr als %1 GW (%2)</translation>
    </message>
    <message>
        <source>GPU target · projection</source>
        <translation>GPU-Ziel · Prognose</translation>
    </message>
    <message>
        <source>Basis: trend of GPU counts; Stargate sites only</source>
        <translation>Grundlage: Trend der GPU-Zahlen; nur Stargate-Standorte</translation>
    </message>
    <message>
        <source>Basis: the sites' dated plans; Stargate sites only</source>
        <translation>Grundlage: datierte Pläne der Standorte; nur Stargate-Standorte</translation>
    </message>
    <message>
        <source>STALE · updated %1</source>
        <translation>VERALTET · aktualisiert %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Site selected</source>
        <translation>Standort gewählt</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Im Bau</translation>
    </message>
    <message>
        <source>First power</source>
        <translation>Erste Stromversorgung</translation>
    </message>
    <message>
        <source>Partially operational</source>
        <translation>Teilweise in Betrieb</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message numerus="yes">
        <source>Trend fitted on %n site(s) with enough history; the band combines their uncertainty by simulation.</source>
        <translation>
            <numerusform>Trend an %n Standort mit genug Verlauf angepasst; das Band kombiniert die Unsicherheit per Simulation.</numerusform>
            <numerusform>Trend an %n Standorten mit genug Verlauf angepasst; das Band kombiniert ihre Unsicherheit per Simulation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached: the sites' GPU count has reached the target. On track: the projected date and the late end of its band are both on or before the target date. At risk: the projected date is on or before the target date but the late end is after it. Behind: the projected date is after the target date, or the target is not reached within the plans and trends up to %1. The projection uses the trend when there is enough history, else the sites' dated plans.</source>
        <translation>Erreicht: die GPU-Zahl der Standorte hat das Ziel erreicht. Im Plan: das prognostizierte Datum und das späte Ende seines Bandes liegen beide am oder vor dem Zieldatum. Gefährdet: das prognostizierte Datum liegt am oder vor dem Zieldatum, das späte Ende danach. Im Verzug: das prognostizierte Datum liegt nach dem Zieldatum, oder das Ziel wird innerhalb der Pläne und Trends bis %1 nicht erreicht. Die Prognose nutzt den Trend, wenn genug Verlauf vorliegt, sonst die datierten Pläne der Standorte.</translation>
    </message>
    <message>
        <source>%1 GPUs: reached on %2</source>
        <translation>%1 GPUs: erreicht am %2</translation>
    </message>
    <message>
        <source>%1 GPUs: not enough data to project</source>
        <translation>%1 GPUs: zu wenige Daten für eine Prognose</translation>
    </message>
    <message>
        <source>%1 GPUs: not reached by %2 on current plans</source>
        <translation>%1 GPUs: nach aktuellen Plänen bis %2 nicht erreicht</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>nicht im Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>%1 GPUs: projected %2%3</source>
        <translation>%1 GPUs: prognostiziert %2%3</translation>
    </message>
    <message>
        <source>Target: %1 GPUs online by %2</source>
        <translation>Ziel: %1 GPUs in Betrieb bis %2</translation>
    </message>
    <message>
        <source>%1 W per GPU × server overhead %2 × PUE %3 = %4 W of facility power per GPU</source>
        <translation>%1 W je GPU × Server-Zuschlag %2 × PUE %3 = %4 W Anlagenleistung je GPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 delayed by %n month(s)</source>
        <translation>
            <numerusform>%1 um %n Monat verzögert</numerusform>
            <numerusform>%1 um %n Monate verzögert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough data to project a trend: no active site has three or more GPU counts spanning %1 days yet.</source>
        <translation>Zu wenige Daten für einen Trend: noch kein aktiver Standort hat drei oder mehr GPU-Zahlen über mindestens %1 Tage.</translation>
    </message>
</context>
<context>
    <name>ProjectionTableModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>GPU plan</source>
        <translation>GPU-Plan</translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation>GPUs %1</translation>
    </message>
    <message>
        <source>MW %1</source>
        <translation>MW %1</translation>
    </message>
    <message>
        <source>no dated plan</source>
        <translation>kein datierter Plan</translation>
    </message>
    <message>
        <source>implied by planned MW</source>
        <translation>aus geplanten MW abgeleitet</translation>
    </message>
    <message>
        <source>reported GPU plan</source>
        <translation>berichteter GPU-Plan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Projected from the site's dated plans (provenance: projected).</source>
        <translation>Aus den datierten Plänen des Standorts prognostiziert (Herkunft: prognostiziert).</translation>
    </message>
</context>
<context>
    <name>PromApiParser</name>
    <message>
        <source>HTTP status %1, and the body is not a Prometheus API answer</source>
        <translation>HTTP-Status %1, und der Inhalt ist keine Antwort der Prometheus-API</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the query failed (HTTP %1, %2): %3</source>
        <translation>die Abfrage ist fehlgeschlagen (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>no error type</source>
        <translation>kein Fehlertyp</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>the answer's "status" is neither "success" nor "error"</source>
        <translation>„status“ der Antwort ist weder „success“ noch „error“</translation>
    </message>
    <message>
        <source>HTTP status %1 with a "success" answer</source>
        <translation>HTTP-Status %1 mit einer „success“-Antwort</translation>
    </message>
    <message>
        <source>the answer has no "data" object</source>
        <translation>die Antwort hat kein „data“-Objekt</translation>
    </message>
    <message>
        <source>the vector result is not a list</source>
        <translation>das Vektor-Ergebnis ist keine Liste</translation>
    </message>
    <message>
        <source>result item %1: %2</source>
        <translation>Ergebniseintrag %1: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>the matrix result is not a list</source>
        <translation>das Matrix-Ergebnis ist keine Liste</translation>
    </message>
    <message>
        <source>result series %1: %2</source>
        <translation>Ergebnisreihe %1: %2</translation>
    </message>
    <message>
        <source>result series %1: "values" is not a list</source>
        <translation>Ergebnisreihe %1: „values“ ist keine Liste</translation>
    </message>
    <message>
        <source>the scalar result: %1</source>
        <translation>das skalare Ergebnis: %1</translation>
    </message>
    <message>
        <source>unknown resultType "%1"</source>
        <translation>unbekannter resultType „%1“</translation>
    </message>
    <message>
        <source>"metric" is not an object</source>
        <translation>„metric“ ist kein Objekt</translation>
    </message>
    <message>
        <source>the label "%1" is not text</source>
        <translation>das Label „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>a point is not a [time, "value"] pair</source>
        <translation>ein Punkt ist kein Paar [Zeit, „Wert“]</translation>
    </message>
    <message>
        <source>a point's time is not a number</source>
        <translation>die Zeit eines Punkts ist keine Zahl</translation>
    </message>
    <message>
        <source>a point's value is not a string</source>
        <translation>der Wert eines Punkts ist kein Text</translation>
    </message>
    <message>
        <source>the value "%1" is not a number</source>
        <translation>der Wert „%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>PrometheusTextParser</name>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>line %1: the last line does not end with a newline; the body may be cut short</source>
        <translation>Zeile %1: die letzte Zeile endet nicht mit einem Zeilenumbruch; der Inhalt ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>text after "# EOF"</source>
        <translation>Text nach „# EOF“</translation>
    </message>
    <message>
        <source>the quoted metric name in the %1 line is malformed</source>
        <translation>der Metrikname in Anführungszeichen in der %1-Zeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>the %1 line has no valid metric name</source>
        <translation>die %1-Zeile hat keinen gültigen Metriknamen</translation>
    </message>
    <message>
        <source>invalid character in the metric name of the %1 line</source>
        <translation>ungültiges Zeichen im Metriknamen der %1-Zeile</translation>
    </message>
    <message>
        <source>a second HELP line for "%1"</source>
        <translation>eine zweite HELP-Zeile für „%1“</translation>
    </message>
    <message>
        <source>the TYPE line for "%1" names no type</source>
        <translation>die TYPE-Zeile für „%1“ nennt keinen Typ</translation>
    </message>
    <message>
        <source>unknown metric type "%1" for "%2"</source>
        <translation>unbekannter Metriktyp „%1“ für „%2“</translation>
    </message>
    <message>
        <source>a second TYPE line for "%1"</source>
        <translation>eine zweite TYPE-Zeile für „%1“</translation>
    </message>
    <message>
        <source>the TYPE line for "%1" comes after its first sample</source>
        <translation>die TYPE-Zeile für „%1“ steht nach ihrem ersten Messwert</translation>
    </message>
    <message>
        <source>a sample must start with a metric name, not "%1"</source>
        <translation>ein Messwert muss mit einem Metriknamen beginnen, nicht mit „%1“</translation>
    </message>
    <message>
        <source>the sample has no metric name</source>
        <translation>der Messwert hat keinen Metriknamen</translation>
    </message>
    <message>
        <source>the sample "%1" has no value</source>
        <translation>der Messwert „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>invalid character '%1' after the metric name "%2"</source>
        <translation>ungültiges Zeichen ‚%1‘ nach dem Metriknamen „%2“</translation>
    </message>
    <message>
        <source>the value "%1" of "%2" is not a number</source>
        <translation>der Wert „%1“ von „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the timestamp "%1" of "%2" is not a whole number of milliseconds</source>
        <translation>der Zeitstempel „%1“ von „%2“ ist keine ganze Zahl von Millisekunden</translation>
    </message>
    <message>
        <source>unexpected text "%1" after the timestamp of "%2"</source>
        <translation>unerwarteter Text „%1“ nach dem Zeitstempel von „%2“</translation>
    </message>
    <message>
        <source>the scrape has more than %1 samples</source>
        <translation>die Abfrage enthält mehr als %1 Messwerte</translation>
    </message>
    <message>
        <source>the label set is not closed with "}"</source>
        <translation>die Label-Menge ist nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>a quoted name inside the braces is malformed</source>
        <translation>ein Name in Anführungszeichen innerhalb der geschweiften Klammern ist fehlerhaft</translation>
    </message>
    <message>
        <source>the sample names its metric twice ("%1" and "%2")</source>
        <translation>der Messwert nennt seine Metrik zweimal („%1“ und „%2“)</translation>
    </message>
    <message>
        <source>the quoted metric name is empty</source>
        <translation>der Metrikname in Anführungszeichen ist leer</translation>
    </message>
    <message>
        <source>the label "%1" has no "="</source>
        <translation>das Label „%1“ hat kein „=“</translation>
    </message>
    <message>
        <source>invalid character '%1' in the label set</source>
        <translation>ungültiges Zeichen ‚%1‘ in der Label-Menge</translation>
    </message>
    <message>
        <source>a label name is empty</source>
        <translation>ein Labelname ist leer</translation>
    </message>
    <message>
        <source>the value of label "%1" is not quoted</source>
        <translation>der Wert des Labels „%1“ steht nicht in Anführungszeichen</translation>
    </message>
    <message>
        <source>the value of label "%1" has no closing quote</source>
        <translation>dem Wert des Labels „%1“ fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>the value of label "%1" has an invalid escape (only \\, \" and \n are allowed)</source>
        <translation>der Wert des Labels „%1“ enthält eine ungültige Escape-Sequenz (erlaubt sind nur \\, \" und \n)</translation>
    </message>
    <message>
        <source>expected "," or "}" in the label set, not '%1'</source>
        <translation>„,“ oder „}“ in der Label-Menge erwartet, nicht ‚%1‘</translation>
    </message>
    <message>
        <source>the label "%1" appears twice</source>
        <translation>das Label „%1“ kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognostiziert</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Polled by this dashboard from a live telemetry source.</source>
        <translation>Von diesem Dashboard aus einer Live-Telemetriequelle abgefragt.</translation>
    </message>
    <message>
        <source>Taken from a public source, cited with its publication date.</source>
        <translation>Aus einer öffentlichen Quelle, mit Veröffentlichungsdatum zitiert.</translation>
    </message>
    <message>
        <source>A plan or target stated by the operators, not an achieved figure.</source>
        <translation>Ein Plan oder Ziel der Betreiber, keine erreichte Zahl.</translation>
    </message>
    <message>
        <source>Computed by this dashboard from other figures.</source>
        <translation>Von diesem Dashboard aus anderen Zahlen berechnet.</translation>
    </message>
    <message>
        <source>Produced by the built-in demo feed. Not real data.</source>
        <translation>Vom eingebauten Demo-Feed erzeugt. Keine echten Daten.</translation>
    </message>
    <message>
        <source>Entered by hand by a user of this dashboard.</source>
        <translation>Von einer Person in diesem Dashboard von Hand eingegeben.</translation>
    </message>
</context>
<context>
    <name>SiteStatusParser</name>
    <message>
        <source>the feed is not valid JSON (%1 at offset %2)</source>
        <translation>der Feed ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the feed is not a JSON object</source>
        <translation>der Feed ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>"schema_version" is missing or not a whole number of at least 1</source>
        <translation>„schema_version“ fehlt oder ist keine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>schema_version %1 is newer than this program reads (up to %2); update the program</source>
        <translation>schema_version %1 ist neuer, als dieses Programm lesen kann (bis %2); bitte das Programm aktualisieren</translation>
    </message>
    <message>
        <source>"generated_at" is not an ISO 8601 time with a time zone</source>
        <translation>„generated_at“ ist keine ISO-8601-Zeit mit Zeitzone</translation>
    </message>
    <message>
        <source>"sites" is missing or not a list</source>
        <translation>„sites“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is implausibly large (%2, the limit is %3)</source>
        <translation>%1 ist unplausibel groß (%2, die Grenze ist %3)</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>record %1: not a JSON object</source>
        <translation>Eintrag %1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>record %1: site_id is missing or not lower-case letters, digits and dashes</source>
        <translation>Eintrag %1: site_id fehlt oder besteht nicht aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>site %1: appears twice; only the first record is read</source>
        <translation>Standort %1: kommt zweimal vor; nur der erste Eintrag wird gelesen</translation>
    </message>
    <message>
        <source>unknown phase "%1"</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>phase is not text</source>
        <translation>phase ist kein Text</translation>
    </message>
    <message>
        <source>gpus_online is above gpus_installed</source>
        <translation>gpus_online ist größer als gpus_installed</translation>
    </message>
    <message>
        <source>facility_power_mw is below it_power_mw</source>
        <translation>facility_power_mw ist kleiner als it_power_mw</translation>
    </message>
    <message>
        <source>timestamp is missing</source>
        <translation>timestamp fehlt</translation>
    </message>
    <message>
        <source>timestamp is not an ISO 8601 time with a time zone</source>
        <translation>timestamp ist keine ISO-8601-Zeit mit Zeitzone</translation>
    </message>
    <message>
        <source>site %1: %2</source>
        <translation>Standort %1: %2</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>GPUs online</source>
        <translation>GPUs in Betrieb</translation>
    </message>
    <message>
        <source>GPUs planned</source>
        <translation>GPUs geplant</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>Leistung (MW)</translation>
    </message>
    <message>
        <source>Planned (MW)</source>
        <translation>Geplant (MW)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(SIMULATED)</source>
        <translation>(SIMULIERT)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (capacity)</source>
        <translation>%1 (Kapazität)</translation>
    </message>
    <message>
        <source>Status (as of %1): %2</source>
        <translation>Status (Stand %1): %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>No location disclosed.</source>
        <translation>Kein Ort veröffentlicht.</translation>
    </message>
    <message>
        <source>Approximate town or county centre (%1, %2), not the campus.</source>
        <translation>Ungefähres Orts- oder Bezirkszentrum (%1, %2), nicht der Campus.</translation>
    </message>
    <message>
        <source>No dated phase event is known.</source>
        <translation>Kein datiertes Phasenereignis bekannt.</translation>
    </message>
    <message>
        <source>%1 since %2
Source: %3</source>
        <translation>%1 seit %2
Quelle: %3</translation>
    </message>
    <message>
        <source>No count of online GPUs is known for this site.</source>
        <translation>Für diesen Standort ist keine Zahl laufender GPUs bekannt.</translation>
    </message>
    <message>
        <source>No GPU plan has been published for this site.</source>
        <translation>Für diesen Standort wurde kein GPU-Plan veröffentlicht.</translation>
    </message>
    <message>
        <source>No power figure is known for this site.</source>
        <translation>Für diesen Standort ist keine Leistungsangabe bekannt.</translation>
    </message>
    <message>
        <source>Operational capacity as reported, not measured power draw.</source>
        <translation>Berichtete Betriebskapazität, kein gemessener Leistungsbezug.</translation>
    </message>
    <message>
        <source>The planned capacity has not been disclosed.</source>
        <translation>Die geplante Kapazität wurde nicht veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>SiteTableView</name>
    <message>
        <source>Filter sites by name, place, partner…</source>
        <translation>Standorte nach Name, Ort, Partner filtern …</translation>
    </message>
    <message>
        <source>Filter sites</source>
        <translation>Standorte filtern</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Phasenfilter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 von %n Standort</numerusform>
            <numerusform>%1 von %n Standorten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Every site with its phase, GPUs and power. Hover a figure to see its provenance, source and date.</source>
        <translation>Alle Standorte mit Phase, GPUs und Leistung. Mit der Maus über einer Zahl erscheinen Herkunft, Quelle und Datum.</translation>
    </message>
</context>
<context>
    <name>SourceHealthModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not polled yet</source>
        <translation>Noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Prometheus /metrics</source>
        <translation>Prometheus /metrics</translation>
    </message>
    <message>
        <source>Prometheus API</source>
        <translation>Prometheus-API</translation>
    </message>
    <message>
        <source>Site status JSON</source>
        <translation>Standortstatus-JSON</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in a row</source>
        <translation><numerusform>%n Fehler in Folge</numerusform><numerusform>%n Fehler in Folge</numerusform></translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Letzter Erfolg: %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Interval: %1 s</source>
        <translation>Intervall: %1 s</translation>
    </message>
    <message>
        <source>Samples stored in total: %1</source>
        <translation>Insgesamt gespeicherte Messwerte: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Samples/min</source>
        <translation>Messwerte/min</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot read the database file %1: %2. Check its permissions or choose another file with --db PATH.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: %2. Bitte Berechtigungen prüfen oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Stargate Dashboard database (not a SQLite file). It was left untouched; choose another file with --db PATH.</source>
        <translation>Die Datei %1 ist keine Stargate-Dashboard-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert; bitte mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The database path %1 is a folder, not a file. Choose a file with --db PATH.</source>
        <translation>Der Datenbankpfad %1 ist ein Ordner, keine Datei. Bitte mit --db PFAD eine Datei wählen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check its permissions or choose another file with --db PATH.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden. Bitte Berechtigungen prüfen oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check that the file and its folder are writable, or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Bitte prüfen, ob Datei und Ordner beschreibbar sind, oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a database: %2. It was left untouched; choose another file with --db PATH.</source>
        <translation>Die Datei %1 lässt sich nicht als Datenbank lesen: %2. Sie wurde nicht verändert; bitte mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Stargate Dashboard (schema %2; this version knows up to %3). It was left untouched; update the program or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Stargate Dashboard geschrieben (Schema %2; diese Version kennt bis %3). Sie wurde nicht verändert; bitte das Programm aktualisieren oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The database %1 is not a Stargate Dashboard database. It was left untouched; choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 ist keine Stargate-Dashboard-Datenbank. Sie wurde nicht verändert; bitte mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program. It was left untouched; choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 gehört zu einem anderen Programm. Sie wurde nicht verändert; bitte mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>The database %1 uses an older schema and is open read-only, so it cannot be upgraded. Open it once with write access.</source>
        <translation>Die Datenbank %1 hat ein älteres Schema und ist schreibgeschützt geöffnet, daher kann sie nicht aktualisiert werden. Bitte einmal mit Schreibzugriff öffnen.</translation>
    </message>
    <message>
        <source>Cannot use the database %1: %2. Another program may hold it locked; close it or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2. Möglicherweise sperrt ein anderes Programm sie; bitte dieses schließen oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2. The file was left at its previous version.</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2. Die Datei blieb auf ihrer bisherigen Version.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close that program (or the other Stargate Dashboard window) and try again, or choose another file with --db PATH.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt. Bitte dieses Programm (oder das andere Stargate-Dashboard-Fenster) schließen und es erneut versuchen, oder mit --db PFAD eine andere Datei wählen.</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n sample(s) failed: %1</source>
        <translation>
            <numerusform>Schreiben von %n Messwert fehlgeschlagen: %1</numerusform>
            <numerusform>Schreiben von %n Messwerten fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the projection failed: %1</source>
        <translation>Speichern der Prognose fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recording the health of source %1 failed: %2</source>
        <translation>Speichern des Zustands der Quelle %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>TimeChartView</name>
    <message>
        <source>(range)</source>
        <translation>(Spanne)</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Ziel %1 · %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1: %2</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation>Stargate Dashboard</translation>
    </message>
</context>
</TS>
