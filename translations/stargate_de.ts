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
        <translation><numerusform>Summe über %n Standort</numerusform><numerusform>Summe über %n Standorte</numerusform></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>SIMULATED DATA</source>
        <translation>SIMULIERTE DATEN</translation>
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
        <translation><numerusform>%n Standort</numerusform><numerusform>%n Standorte</numerusform></translation>
    </message>
    <message>
        <source>dataset v%1</source>
        <translation>Datensatz v%1</translation>
    </message>
    <message>
        <source>SIMULATED data present</source>
        <translation>SIMULIERTE Daten enthalten</translation>
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
        <translation><numerusform>Geplant an %n Standort, der GPUs nennt: %1</numerusform><numerusform>Geplant an %n Standorten, die GPUs nennen: %1</numerusform></translation>
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
        <translation><numerusform>Betriebskapazität für %n Standort berichtet, kein gemessener Bezug</numerusform><numerusform>Betriebskapazität für %n Standorte berichtet, kein gemessener Bezug</numerusform></translation>
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
        <translation><numerusform>%n aktiv</numerusform><numerusform>%n aktiv</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) in total; paused and cancelled sites are not counted as active.</source>
        <translation><numerusform>%n Standort insgesamt; pausierte und abgesagte Standorte zählen nicht als aktiv.</numerusform><numerusform>%n Standorte insgesamt; pausierte und abgesagte Standorte zählen nicht als aktiv.</numerusform></translation>
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
        <translation><numerusform>%1 von %n Standort</numerusform><numerusform>%1 von %n Standorten</numerusform></translation>
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
        <translation><numerusform>Schreiben von %n Messwert fehlgeschlagen: %1</numerusform><numerusform>Schreiben von %n Messwerten fehlgeschlagen: %1</numerusform></translation>
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
