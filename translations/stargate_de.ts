<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>About Stargate Dashboard</source>
        <translation>Über Stargate Dashboard</translation>
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation>Stargate Dashboard</translation>
    </message>
    <message>
        <source>GPU counts, power and site status of the Stargate AI data-center program, read from a local store that works offline.</source>
        <translation>GPU-Zahlen, Leistung und Standortstatus des Stargate-Rechenzentrumsprogramms für KI, gelesen aus einem lokalen Speicher, der auch offline funktioniert.</translation>
    </message>
    <message>
        <source>Licence: proprietary, all rights reserved. The facts of the public dataset belong to the sources cited with each figure.</source>
        <translation>Lizenz: proprietär, alle Rechte vorbehalten. Die Fakten des öffentlichen Datensatzes gehören den Quellen, die bei jeder Zahl genannt sind.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>This is an independent project. It is not affiliated with, endorsed by or sponsored by OpenAI or its partners (Oracle, SoftBank, MGX and the others named in the dataset).</source>
        <translation>Dies ist ein unabhängiges Projekt. Es ist weder mit OpenAI oder seinen Partnern (Oracle, SoftBank, MGX und den anderen im Datensatz genannten) verbunden noch von ihnen unterstützt oder gefördert.</translation>
    </message>
    <message>
        <source>Show the folder that holds the store in the file manager</source>
        <translation>Den Ordner mit dem Speicher im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>SQLite %1 (built with %2)</source>
        <translation>SQLite %1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>Boost %1 (header-only, built with it)</source>
        <translation>Boost %1 (nur Header, damit gebaut)</translation>
    </message>
    <message>
        <source>The store holds no public dataset.</source>
        <translation>Der Speicher enthält keinen öffentlichen Datensatz.</translation>
    </message>
    <message>
        <source>Dataset: %1.</source>
        <translation>Datensatz: %1.</translation>
    </message>
    <message>
        <source>Map outlines: Made with Natural Earth. Free vector and raster map data @ &lt;a href="https://www.naturalearthdata.com"&gt;naturalearthdata.com&lt;/a&gt; (public domain).</source>
        <translation>Kartenumrisse: Made with Natural Earth. Freie Vektor- und Rasterkartendaten @ &lt;a href="https://www.naturalearthdata.com"&gt;naturalearthdata.com&lt;/a&gt; (gemeinfrei).</translation>
    </message>
    <message>
        <source>Estimates marked "Estimate · Epoch AI": Epoch AI, &lt;a href="https://epoch.ai/data/ai-data-centers"&gt;epoch.ai&lt;/a&gt; (CC BY 4.0).</source>
        <translation>Mit „Schätzung · Epoch AI“ markierte Schätzungen: Epoch AI, &lt;a href="https://epoch.ai/data/ai-data-centers"&gt;epoch.ai&lt;/a&gt; (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Estimates marked "Estimate · %1": %1.</source>
        <translation>Mit „Schätzung · %1“ markierte Schätzungen: %1.</translation>
    </message>
    <message>
        <source>Public table: %1.</source>
        <translation>Öffentliche Tabelle: %1.</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Stargate Dashboard</source>
        <translation>Stargate Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neuer Alarm</numerusform>
            <numerusform>%n neue Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>Feed stale</source>
        <translation>Feed veraltet</translation>
    </message>
    <message>
        <source>Error streak</source>
        <translation>Fehlerserie</translation>
    </message>
    <message>
        <source>Power near capacity</source>
        <translation>Leistung nahe Kapazität</translation>
    </message>
    <message>
        <source>GPUs online falling</source>
        <translation>GPUs online fallen</translation>
    </message>
    <message>
        <source>Phase behind plan</source>
        <translation>Phase hinter Plan</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>SIMULATED: %1</source>
        <translation>SIMULIERT: %1</translation>
    </message>
    <message>
        <source>%1: no successful poll for %2 s (interval %3 s, limit %4 s).</source>
        <translation>%1: seit %2 s keine erfolgreiche Abfrage (Intervall %3 s, Grenze %4 s).</translation>
    </message>
    <message>
        <source>%1: %2 polls in a row failed.</source>
        <translation>%1: %2 Abfragen in Folge sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>%1 draws %2 MW, %3% of its %4 MW capacity (limit %5%).</source>
        <translation>%1 bezieht %2 MW, %3 % seiner Kapazität von %4 MW (Grenze %5 %).</translation>
    </message>
    <message>
        <source>%1: GPUs online fell by %2% within %3 min (from %4 to %5).</source>
        <translation>%1: GPUs online sind innerhalb von %3 min um %2 % gefallen (von %4 auf %5).</translation>
    </message>
    <message>
        <source>%1 was planned to reach "%2" by %3 (%4 days ago) and has not.</source>
        <translation>%1 sollte laut Plan bis %3 „%2“ erreichen (vor %4 Tagen) und hat es nicht.</translation>
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Site or source</source>
        <translation>Standort oder Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>%1

Comment by %2:
%3</source>
        <translation>%1

Kommentar von %2:
%3</translation>
    </message>
    <message>
        <source>Comment by %1:
%2</source>
        <translation>Kommentar von %1:
%2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>AlertThresholdsDialog</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> polls</source>
        <translation> Abfragen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Alert Thresholds</source>
        <translation>Alarmschwellen</translation>
    </message>
    <message>
        <source> × poll interval</source>
        <translation> × Abfrageintervall</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Raised per source; cleared by the next successful poll.</source>
        <translation>Je Datenquelle ausgelöst; aufgehoben durch die nächste erfolgreiche Abfrage.</translation>
    </message>
    <message>
        <source>Stale after no success for</source>
        <translation>Veraltet ohne Erfolg nach</translation>
    </message>
    <message>
        <source>Error streak after</source>
        <translation>Fehlerserie nach</translation>
    </message>
    <message>
        <source>Power near capacity</source>
        <translation>Leistung nahe der Kapazität</translation>
    </message>
    <message>
        <source>Power drawn as a share of the site's capacity.</source>
        <translation>Bezogene Leistung als Anteil an der Kapazität des Standorts.</translation>
    </message>
    <message>
        <source>Raise above</source>
        <translation>Auslösen über</translation>
    </message>
    <message>
        <source>Clear below</source>
        <translation>Aufheben unter</translation>
    </message>
    <message>
        <source>GPUs online falling</source>
        <translation>GPUs in Betrieb fallen</translation>
    </message>
    <message>
        <source>The fall from the highest count within the window to the newest one.</source>
        <translation>Der Rückgang vom höchsten Wert im Zeitfenster bis zum neuesten.</translation>
    </message>
    <message>
        <source>Raise on a fall of more than</source>
        <translation>Auslösen bei einem Rückgang um mehr als</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>Clear when the fall is below</source>
        <translation>Aufheben bei einem Rückgang unter</translation>
    </message>
    <message>
        <source>Phase behind plan</source>
        <translation>Phase hinter dem Plan</translation>
    </message>
    <message>
        <source>Days after a planned date before a site that has not reached the phase is flagged.</source>
        <translation>Tage nach einem geplanten Datum, bevor ein Standort, der die Phase nicht erreicht hat, markiert wird.</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Karenzzeit</translation>
    </message>
    <message>
        <source>The power alert must clear below the level at which it is raised.</source>
        <translation>Der Leistungsalarm muss unter der Schwelle aufgehoben werden, bei der er ausgelöst wird.</translation>
    </message>
    <message>
        <source>The GPU alert must clear below the fall at which it is raised.</source>
        <translation>Der GPU-Alarm muss unter dem Rückgang aufgehoben werden, bei dem er ausgelöst wird.</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Stale or failing feeds, power near capacity, GPUs going offline and phases behind plan. An alert stays until its condition clears; acknowledging says someone is on it.</source>
        <translation>Veraltete oder fehlerhafte Feeds, Leistung nahe der Kapazität, ausfallende GPUs und Phasen hinter dem Plan. Ein Alarm bleibt, bis seine Bedingung entfällt; eine Bestätigung zeigt, dass sich jemand darum kümmert.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>All sites and sources</source>
        <translation>Alle Standorte und Quellen</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Filter by rule</source>
        <translation>Nach Regel filtern</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen, with your user name and the time.</source>
        <translation>Die ausgewählten Alarme als gesehen markieren, mit Ihrem Benutzernamen und der Uhrzeit.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n bestätigt</numerusform>
            <numerusform>%n bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleared</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts so far: every rule is quiet.</source>
        <translation>Bisher keine Alarme: Alle Regeln sind ruhig.</translation>
    </message>
    <message>
        <source>No alert matches the filters.</source>
        <translation>Kein Alarm passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Schwellen…</translation>
    </message>
    <message>
        <source>When each alert is raised and cleared (saved in the settings, applied at once).</source>
        <translation>Wann jeder Alarm ausgelöst und aufgehoben wird (in den Einstellungen gespeichert, sofort wirksam).</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <source>Write a note on the selected alert (a ticket, who is on it)</source>
        <translation>Eine Notiz zum gewählten Alarm schreiben (ein Ticket, wer sich kümmert)</translation>
    </message>
    <message>
        <source>Un-acknowledge</source>
        <translation>Bestätigung zurücknehmen</translation>
    </message>
    <message>
        <source>Comment on Alert</source>
        <translation>Kommentar zum Alarm</translation>
    </message>
    <message>
        <source>A ticket, who is on it, what was done (empty: no comment)</source>
        <translation>Ein Ticket, wer sich kümmert, was getan wurde (leer: kein Kommentar)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>AsOfLine</name>
    <message>
        <source>No reported or estimated figures shown yet</source>
        <translation>Noch keine berichteten oder geschätzten Zahlen angezeigt</translation>
    </message>
    <message>
        <source>Data as of %1 (newest reported or estimated figure shown)</source>
        <translation>Stand der Daten: %1 (neueste angezeigte berichtete oder geschätzte Zahl)</translation>
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
        <source>, newest source %1</source>
        <translation>, neueste Quelle vom %1</translation>
    </message>
</context>
<context>
    <name>CollectMode</name>
    <message>
        <source>%1 sample(s) could not be written to the store %2 and are lost (%3).</source>
        <translation>%1 Messwert(e) konnten nicht in den Speicher %2 geschrieben werden und sind verloren (%3).</translation>
    </message>
    <message>
        <source>the queue overflowed</source>
        <translation>die Warteschlange ist übergelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Collected %L1 sample(s) from %n source(s) into %2 (all written).</source>
        <translation>
            <numerusform>%L1 Messwert(e) von %n Quelle in %2 gesammelt (alle geschrieben).</numerusform>
            <numerusform>%L1 Messwert(e) von %n Quellen in %2 gesammelt (alle geschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected %L1 sample(s) from %n source(s) into %2: %L3 written, %L4 already stored (the first sample for a time wins), %L5 refused, %L6 not written.</source>
        <translation>
            <numerusform>%L1 Messwert(e) von %n Quelle in %2 gesammelt: %L3 geschrieben, %L4 schon gespeichert (der erste Messwert für einen Zeitpunkt gilt), %L5 abgewiesen, %L6 nicht geschrieben.</numerusform>
            <numerusform>%L1 Messwert(e) von %n Quellen in %2 gesammelt: %L3 geschrieben, %L4 schon gespeichert (der erste Messwert für einen Zeitpunkt gilt), %L5 abgewiesen, %L6 nicht geschrieben.</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Start in presentation mode (full screen; Esc leaves it).</source>
        <translation>Im Präsentationsmodus starten (Vollbild; Esc beendet ihn).</translation>
    </message>
    <message>
        <source>Slides of the presentation and the exports, comma-separated, e.g. overview,gpus,site:abilene (see docs/present.md).</source>
        <translation>Folien der Präsentation und der Exporte, durch Kommas getrennt, z. B. overview,gpus,site:abilene (siehe docs/present.md).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show each slide for &lt;seconds&gt;, then the next; loops (a lobby playlist).</source>
        <translation>Jede Folie &lt;seconds&gt; lang zeigen, dann die nächste; in Schleife (Playlist für die Lobby).</translation>
    </message>
    <message>
        <source>Write a PDF briefing to &lt;file&gt; and exit (no window).</source>
        <translation>Ein PDF-Briefing nach &lt;file&gt; schreiben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>Write every slide as a PNG of --size into &lt;folder&gt; and exit (no window).</source>
        <translation>Jede Folie als PNG der Größe --size in &lt;folder&gt; schreiben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Write a read-only snapshot of the store, without secrets, to &lt;file&gt; and exit.</source>
        <translation>Einen schreibgeschützten Snapshot des Speichers ohne Geheimnisse nach &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>The page "site:" needs a site id, e.g. site:abilene-tx.</source>
        <translation>Die Seite „site:“ braucht eine Standort-ID, z. B. site:abilene-tx.</translation>
    </message>
    <message>
        <source>--slides needs at least one slide name.</source>
        <translation>--slides braucht mindestens einen Foliennamen.</translation>
    </message>
    <message>
        <source>Invalid --auto-advance "%1"; use whole seconds from 1 to 3600.</source>
        <translation>Ungültiges --auto-advance „%1“; ganze Sekunden von 1 bis 3600 angeben.</translation>
    </message>
    <message>
        <source>--%1 needs a path.</source>
        <translation>--%1 braucht einen Pfad.</translation>
    </message>
    <message>
        <source>The --export options cannot be combined with --collect, --present, --screenshot or --report.</source>
        <translation>Die --export-Optionen lassen sich nicht mit --collect, --present, --screenshot oder --report kombinieren.</translation>
    </message>
    <message>
        <source>--present cannot be combined with --collect or --report.</source>
        <translation>--present lässt sich nicht mit --collect oder --report kombinieren.</translation>
    </message>
    <message>
        <source>Time range of the charts: 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout.</source>
        <translation>Zeitraum der Diagramme: 15m, 1h, 6h, 24h, 7d, 30d, 1y oder rollout.</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Unknown range "%1"; use 15m, 1h, 6h, 24h, 7d, 30d, 1y or rollout.</source>
        <translation>Unbekannter Zeitraum „%1“; 15m, 1h, 6h, 24h, 7d, 30d, 1y oder rollout verwenden.</translation>
    </message>
    <message>
        <source>Import a public table (e.g. Epoch AI's data_center_timelines.csv) into the store before starting; may be given more than once (see docs/sources.md).</source>
        <translation>Eine öffentliche Tabelle (z. B. Epoch AIs data_center_timelines.csv) vor dem Start in den Speicher importieren; mehrfach möglich (siehe docs/sources.md).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote opened on line %1 is never closed</source>
        <translation>ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation>auf ein schließendes Anführungszeichen folgt Text</translation>
    </message>
    <message>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
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
        <source>Online (%1)</source>
        <translation>In Betrieb (%1)</translation>
    </message>
    <message>
        <source>Online (reported)</source>
        <translation>In Betrieb (berichtet)</translation>
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
        <source>Operational (estimate)</source>
        <translation>In Betrieb (Schätzung)</translation>
    </message>
    <message>
        <source>Independent analysts' estimates of operational capacity, dated by their rows; their projections are on each Site page</source>
        <translation>Schätzungen unabhängiger Analysten zur Betriebskapazität, datiert nach ihren Zeilen; ihre Projektionen stehen auf der Seite des jeweiligen Standorts</translation>
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
    <message>
        <source>This is a read-only snapshot: polling stays off.</source>
        <translation>Dies ist ein schreibgeschützter Snapshot: Es wird nichts abgefragt.</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by an older version and needs an upgraded copy, but no temporary copy could be made. Free some disk space and try again.</source>
        <translation>Der Snapshot %1 stammt von einer älteren Version und braucht eine aktualisierte Kopie, doch es ließ sich keine temporäre Kopie anlegen. Bitte Speicherplatz freigeben und erneut versuchen.</translation>
    </message>
    <message>
        <source>The snapshot %1 was written by an older version (schema %2). It is shown through an upgraded copy; the file itself was left unchanged.</source>
        <translation>Der Snapshot %1 stammt von einer älteren Version (Schema %2). Er wird über eine aktualisierte Kopie angezeigt; die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Public table not imported: %1</source>
        <translation>Öffentliche Tabelle nicht importiert: %1</translation>
    </message>
    <message>
        <source>%1: this version was imported before; nothing changed.</source>
        <translation>%1: Diese Fassung wurde schon importiert; nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) imported</source>
        <translation>
            <numerusform>%1: %n Kennzahl importiert</numerusform>
            <numerusform>%1: %n Kennzahlen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n site(s)</source>
        <translation>
            <numerusform> für %n Standort</numerusform>
            <numerusform> für %n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) match no site and were not imported: %1</source>
        <translation>
            <numerusform>%n Name passt zu keinem Standort und wurde nicht importiert: %1</numerusform>
            <numerusform>%n Namen passen zu keinem Standort und wurden nicht importiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous version matched %1 sites, this one %2: the publisher may have renamed a site.</source>
        <translation>Die vorige Fassung passte zu %1 Standorten, diese zu %2: Der Herausgeber hat womöglich einen Standort umbenannt.</translation>
    </message>
    <message>
        <source>The store is read-only: no public table was imported.</source>
        <translation>Der Speicher ist schreibgeschützt: Keine öffentliche Tabelle wurde importiert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 read again with the new site mapping: %n figure(s)</source>
        <translation>
            <numerusform>%1 mit der neuen Standortzuordnung neu gelesen: %n Kennzahl</numerusform>
            <numerusform>%1 mit der neuen Standortzuordnung neu gelesen: %n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (listed on the Feeds page)</source>
        <translation>
            <numerusform>und %n weiterer (auf der Seite Datenquellen aufgeführt)</numerusform>
            <numerusform>und %n weitere (auf der Seite Datenquellen aufgeführt)</numerusform>
        </translation>
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
    <message>
        <source>only estimates name an analyst or a method</source>
        <translation>nur Schätzungen nennen einen Analysten oder eine Methode</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>muss eine Liste von Namen sein</translation>
    </message>
</context>
<context>
    <name>DcgmSummarizer</name>
    <message numerus="yes">
        <source>%n power reading(s) without UUID, GPU index or PCI bus id, skipped</source>
        <translation>
            <numerusform>%n Leistungswert ohne UUID, GPU-Index oder PCI-Bus-ID, übersprungen</numerusform>
            <numerusform>%n Leistungswerte ohne UUID, GPU-Index oder PCI-Bus-ID, übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid power reading in scrape: no GPU count or power stored</source>
        <translation>kein gültiger Leistungswert in der Abfrage: keine GPU-Anzahl und keine Leistung gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU power reading(s) negative or not a number, not counted</source>
        <translation>
            <numerusform>%n GPU-Leistungswert negativ oder keine Zahl, nicht gezählt</numerusform>
            <numerusform>%n GPU-Leistungswerte negativ oder keine Zahl, nicht gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) with DCGM's no-data value as power, not counted</source>
        <translation>
            <numerusform>%n GPU mit DCGMs Kein-Wert-Markierung als Leistung, nicht gezählt</numerusform>
            <numerusform>%n GPUs mit DCGMs Kein-Wert-Markierung als Leistung, nicht gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) without a DCGM_FI_DEV_POWER_USAGE reading, not counted</source>
        <translation>
            <numerusform>%n GPU ohne DCGM_FI_DEV_POWER_USAGE-Messwert, nicht gezählt</numerusform>
            <numerusform>%n GPUs ohne DCGM_FI_DEV_POWER_USAGE-Messwert, nicht gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckExporter</name>
    <message>
        <source>GPUs online</source>
        <translation>GPUs in Betrieb</translation>
    </message>
    <message>
        <source>GPUs installed</source>
        <translation>Installierte GPUs</translation>
    </message>
    <message>
        <source>Power drawn</source>
        <translation>Bezogene Leistung</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>Anlagenleistung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Operational capacity</source>
        <translation>Betriebskapazität</translation>
    </message>
    <message>
        <source>Contracted compute</source>
        <translation>Vertraglich gesicherte Rechenleistung</translation>
    </message>
    <message>
        <source>GPU target</source>
        <translation>GPU-Ziel</translation>
    </message>
    <message>
        <source>GPUs planned</source>
        <translation>Geplante GPUs</translation>
    </message>
    <message>
        <source>Cannot write PNGs into %1: it is a file, not a folder.</source>
        <translation>In %1 können keine PNGs geschrieben werden: Es ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the PNGs. Check its permissions or choose another folder.</source>
        <translation>Der Ordner %1 für die PNGs kann nicht angelegt werden. Prüfen Sie die Berechtigungen oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the PNG %1: %2</source>
        <translation>Das PNG %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: it is a folder.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stargate rollout briefing</source>
        <translation>Briefing zum Stargate-Ausbau</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1: the PDF writer could not start.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden: Der PDF-Writer konnte nicht starten.</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s); the appendix lists every reported figure with its source and date.</source>
        <translation>
            <numerusform>%n Folie; der Anhang listet jede berichtete Zahl mit Quelle und Datum.</numerusform>
            <numerusform>%n Folien; der Anhang listet jede berichtete Zahl mit Quelle und Datum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation>Enthält SIMULIERTE Daten aus dem eingebauten Demo-Feed: keine echten Zahlen.</translation>
    </message>
    <message>
        <source>Appendix (continued)</source>
        <translation>Anhang (Fortsetzung)</translation>
    </message>
    <message>
        <source>No data yet: the store holds no reported figures.</source>
        <translation>Noch keine Daten: Der Speicher enthält keine berichteten Zahlen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stargate program</source>
        <translation>Stargate-Programm</translation>
    </message>
    <message>
        <source>OpenAI fleet</source>
        <translation>OpenAI-Flotte</translation>
    </message>
    <message>
        <source>US$%1 bn</source>
        <translation>%1 Mrd. US$</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(geplant)</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n slide(s); the PNGs written so far are complete.</source>
        <translation>
            <numerusform>Nach %n Folie abgebrochen; die bisher geschriebenen PNGs sind vollständig.</numerusform>
            <numerusform>Nach %n Folien abgebrochen; die bisher geschriebenen PNGs sind vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix: public figures and their sources</source>
        <translation>Anhang: öffentliche Zahlen und ihre Quellen</translation>
    </message>
    <message>
        <source>Figures as published (estimates with their analyst and method); see each source for its context. Figures of the Stargate sites, the program and the OpenAI fleet are never summed.</source>
        <translation>Zahlen wie veröffentlicht (Schätzungen mit Analyst und Methode); den Zusammenhang nennt jede Quelle. Zahlen der Stargate-Standorte, des Programms und der OpenAI-Flotte werden nie addiert.</translation>
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation>Schätzungen: %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Snapshot nach %1 geschrieben</translation>
    </message>
    <message>
        <source>PDF briefing written to %1</source>
        <translation>PDF-Briefing nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n PNG(s) written to %1</source>
        <translation>
            <numerusform>%n PNG nach %1 geschrieben</numerusform>
            <numerusform>%n PNGs nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>no feed</source>
        <translation>kein Feed</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
</context>
<context>
    <name>FeedPoller</name>
    <message>
        <source>query %1 (%2): %3</source>
        <translation>Abfrage %1 (%2): %3</translation>
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
        <source>%1 is larger than %2 KiB; is it the right file?</source>
        <translation>%1 ist größer als %2 KiB; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>must not hold a user name or password (user:password@); give the Authorization value in auth_env or auth_file instead</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten (user:password@); geben Sie den Authorization-Wert stattdessen in auth_env oder auth_file an</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between 0.1 and 600 seconds</source>
        <translation>muss zwischen 0,1 und 600 Sekunden liegen</translation>
    </message>
    <message>
        <source>must be prometheus_text, prometheus_api, site_status or public_table</source>
        <translation>muss prometheus_text, prometheus_api, site_status oder public_table sein</translation>
    </message>
    <message>
        <source>only a public_table source has a mapping</source>
        <translation>nur eine Quelle vom Typ public_table hat eine Zuordnung</translation>
    </message>
    <message>
        <source>"%1" is neither a preset (epoch_timelines, epoch_data_centers) nor one of the file's "mappings"</source>
        <translation>„%1“ ist weder eine Vorgabe (epoch_timelines, epoch_data_centers) noch eine der „mappings“ der Datei</translation>
    </message>
    <message>
        <source>mapping %1: %2</source>
        <translation>Zuordnung %1: %2</translation>
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
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
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
    <message>
        <source>Pause Polling</source>
        <translation>Abfrage anhalten</translation>
    </message>
    <message>
        <source>Stop or restart polling the selected source until the dashboard is closed (the sources file decides at the next start).</source>
        <translation>Die gewählte Datenquelle bis zum Schließen des Dashboards nicht mehr bzw. wieder abfragen (beim nächsten Start entscheidet die Quellendatei).</translation>
    </message>
    <message>
        <source>Resume Polling</source>
        <translation>Abfrage fortsetzen</translation>
    </message>
    <message>
        <source>Polled sources</source>
        <translation>Abgefragte Quellen</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 angehalten</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>all OpenAI compute, fleet-wide</source>
        <translation>gesamte OpenAI-Rechenleistung, flottenweit</translation>
    </message>
    <message>
        <source>target, Stargate sites</source>
        <translation>Ziel, Stargate-Standorte</translation>
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
        <source>The target counts all OpenAI compute; the projection covers the Stargate sites only.</source>
        <translation>Das Ziel zählt die gesamte OpenAI-Rechenleistung; die Prognose umfasst nur die Stargate-Standorte.</translation>
    </message>
    <message>
        <source>Assumptions:</source>
        <translation>Annahmen:</translation>
    </message>
    <message>
        <source>Include SIMULATED GPU counts (demo feed)</source>
        <translation>SIMULIERTE GPU-Zahlen einbeziehen</translation>
    </message>
    <message>
        <source>Simulated counts are never evidence: off, the projection uses reported and measured figures only; on, every verdict and chart built from them says SIMULATED.</source>
        <translation>Simulierte Zahlen sind nie ein Beleg: Aus, nutzt die Prognose nur berichtete und gemessene Zahlen; an, trägt jedes daraus gebildete Urteil und Diagramm den Hinweis SIMULIERT.</translation>
    </message>
    <message>
        <source>%1 · SIMULATED</source>
        <translation>%1 · SIMULIERT</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Basis: the sites' published GPU plans (GPUs implied by planned MW are not counted).</source>
        <translation>Grundlage: die veröffentlichten GPU-Pläne der Standorte (aus geplanten MW abgeleitete GPUs zählen nicht).</translation>
    </message>
    <message>
        <source>Includes SIMULATED data (demo feed).</source>
        <translation>Enthält SIMULIERTE Daten (Demo-Feed).</translation>
    </message>
    <message>
        <source>Operational now, Stargate sites: %1 (%2)</source>
        <translation>Heute in Betrieb, Stargate-Standorte: %1 (%2)</translation>
    </message>
    <message>
        <source>Forecast by site</source>
        <translation>Prognose nach Standort</translation>
    </message>
</context>
<context>
    <name>GeoData</name>
    <message>
        <source>a ring is not an array of positions</source>
        <translation>ein Ring ist keine Liste von Positionen</translation>
    </message>
    <message>
        <source>a ring has fewer than 4 positions</source>
        <translation>ein Ring hat weniger als 4 Positionen</translation>
    </message>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>eine Position ist nicht [Länge, Breite]</translation>
    </message>
    <message>
        <source>a position lies outside longitude ±180° and latitude ±90°</source>
        <translation>eine Position liegt außerhalb von Länge ±180° und Breite ±90°</translation>
    </message>
    <message>
        <source>a polygon is not an array of rings</source>
        <translation>ein Polygon ist keine Liste von Ringen</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>keine GeoJSON-FeatureCollection</translation>
    </message>
    <message>
        <source>a MultiPolygon is not an array of polygons</source>
        <translation>ein MultiPolygon ist keine Liste von Polygonen</translation>
    </message>
    <message>
        <source>unsupported geometry type "%1" (expected Polygon or MultiPolygon)</source>
        <translation>nicht unterstützter Geometrietyp „%1“ (erwartet: Polygon oder MultiPolygon)</translation>
    </message>
    <message>
        <source>feature %1 (%2): %3</source>
        <translation>Objekt %1 (%2): %3</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>the collection holds no features</source>
        <translation>die Sammlung enthält keine Objekte</translation>
    </message>
    <message>
        <source>Cannot read the map outlines %1: %2</source>
        <translation>Die Kartenumrisse %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The map outlines %1 are broken: %2</source>
        <translation>Die Kartenumrisse %1 sind fehlerhaft: %2</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>subject: freshness</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>%1 has no valid date ("%2"); it cannot be placed in the site's history.</source>
        <translation>%1 hat kein gültiges Datum („%2“) und lässt sich nicht in die Geschichte des Standorts einordnen.</translation>
    </message>
    <message>
        <source>%1 on %2 is dated after the site was cancelled on %3.</source>
        <translation>%1 am %2 liegt nach der Absage des Standorts am %3.</translation>
    </message>
    <message>
        <source>Paused on %1, before anything else happened at the site: there was nothing to pause.</source>
        <translation>Pausiert am %1, bevor am Standort irgendetwas geschehen war: Es gab nichts zu pausieren.</translation>
    </message>
    <message>
        <source>%1 on %2 is dated before %3 on %4: a site cannot reach %1 before %3.</source>
        <translation>%1 am %2 liegt vor %3 am %4: Ein Standort kann „%1“ nicht vor „%3“ erreichen.</translation>
    </message>
    <message>
        <source>No site was given for the phase event.</source>
        <translation>Für das Phasenereignis wurde kein Standort angegeben.</translation>
    </message>
    <message>
        <source>Unknown phase "%1". Use one of: %2.</source>
        <translation>Unbekannte Phase „%1“. Zulässig sind: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date. Enter it as year-month-day, e.g. 2026-03-31.</source>
        <translation>„%1“ ist kein gültiges Datum. Bitte als Jahr-Monat-Tag eingeben, z. B. 2026-03-31.</translation>
    </message>
    <message>
        <source>%1 is in the future; a phase event records what has happened.</source>
        <translation>%1 liegt in der Zukunft; ein Phasenereignis hält fest, was geschehen ist.</translation>
    </message>
    <message>
        <source>Reported by the feed "%1"</source>
        <translation>Gemeldet vom Feed „%1“</translation>
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
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Export PDF &amp;Briefing…</source>
        <translation>PDF-&amp;Briefing exportieren …</translation>
    </message>
    <message>
        <source>Export Slides as P&amp;NG…</source>
        <translation>Folien als P&amp;NG exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Snapshot…</source>
        <translation>&amp;Snapshot exportieren …</translation>
    </message>
    <message>
        <source>&amp;Open Snapshot…</source>
        <translation>Snapshot ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Show the slides full screen (F5); Esc leaves</source>
        <translation>Die Folien im Vollbild zeigen (F5); Esc beendet</translation>
    </message>
    <message>
        <source>Stargate Dashboard — snapshot (read-only)</source>
        <translation>Stargate Dashboard — Snapshot (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Snapshot of %1 — read-only</source>
        <translation>Snapshot vom %1 — schreibgeschützt</translation>
    </message>
    <message>
        <source>Export PDF Briefing</source>
        <translation>PDF-Briefing exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PDF briefing written to %1</source>
        <translation>PDF-Briefing nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export Slides as PNG</source>
        <translation>Folien als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Snapshot exportieren</translation>
    </message>
    <message>
        <source>Stargate snapshots (*.sqlite)</source>
        <translation>Stargate-Snapshots (*.sqlite)</translation>
    </message>
    <message>
        <source>Writing the snapshot…</source>
        <translation>Snapshot wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Snapshot written to %1; it opens read-only.</source>
        <translation>Snapshot nach %1 geschrieben; er öffnet sich schreibgeschützt.</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Stargate snapshots (*.sqlite);;All files (*)</source>
        <translation>Stargate-Snapshots (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a Stargate Dashboard snapshot.</source>
        <translation>%1 ist kein Snapshot von Stargate Dashboard.</translation>
    </message>
    <message>
        <source>Cannot start a window for %1.</source>
        <translation>Für %1 kann kein Fenster gestartet werden.</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n Alarm braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Alarme brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert &amp;Thresholds…</source>
        <translation>Alarm&amp;schwellen…</translation>
    </message>
    <message>
        <source>Writing the slides…</source>
        <translation>Folien werden geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) written to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 geschrieben</numerusform>
            <numerusform>%n Folien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Present as a &amp;Loop</source>
        <translation>Als &amp;Schleife präsentieren</translation>
    </message>
    <message>
        <source>The slides full screen, advancing every 15 s and starting again after the last (for a lobby screen). In the presentation, A turns the loop on or off; a number and A sets its seconds.</source>
        <translation>Die Folien im Vollbild, alle 15 s weiter und nach der letzten wieder von vorn (für einen Bildschirm im Foyer). In der Präsentation schaltet A die Schleife ein oder aus; eine Zahl und A setzt ihre Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Import Public Data…</source>
        <translation>Öffentliche Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an analyst's CSV table, such as Epoch AI's data-center timelines</source>
        <translation>Die CSV-Tabelle eines Analysten importieren, etwa Epoch AIs Rechenzentrums-Zeitreihen</translation>
    </message>
    <message>
        <source>Import Public Data</source>
        <translation>Öffentliche Daten importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Public tables (*.csv *.zip);;All files (*)</source>
        <translation>Öffentliche Tabellen (*.csv *.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Contiguous USA, Albers equal-area conic</source>
        <translation>Kontinentale USA, flächentreue Albers-Kegelprojektion</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>World, Equal Earth projection</source>
        <translation>Welt, Equal-Earth-Projektion</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Every site on an offline map: colour shows its phase, circle area its planned capacity, the ring its live feed. Click a site to open it.</source>
        <translation>Alle Standorte auf einer Offline-Karte: Die Farbe zeigt die Phase, die Kreisfläche die geplante Kapazität, der Ring den Live-Feed. Klicken Sie auf einen Standort, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Whole map again (0 or Home)</source>
        <translation>Wieder die ganze Karte (0 oder Pos1)</translation>
    </message>
    <message>
        <source>Drag or arrow keys to pan, wheel or +/− to zoom</source>
        <translation>Ziehen oder Pfeiltasten zum Verschieben, Mausrad oder +/− zum Zoomen</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Coordinates are approximate town or county centroids.</source>
        <translation>Umrisse: Natural Earth (gemeinfrei). Koordinaten sind ungefähre Orts- oder Countymittelpunkte.</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Ohne Standortangabe</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 in Betrieb</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>last sample %1</source>
        <translation>letzter Messwert %1</translation>
    </message>
    <message>
        <source>reported as of %1</source>
        <translation>gemeldet, Stand %1</translation>
    </message>
    <message>
        <source>nothing reported</source>
        <translation>nichts gemeldet</translation>
    </message>
    <message>
        <source>Every site has coordinates.</source>
        <translation>Alle Standorte haben Koordinaten.</translation>
    </message>
    <message>
        <source>Outside the USA (see World)</source>
        <translation>Außerhalb der USA (siehe Welt)</translation>
    </message>
    <message>
        <source>Outside the map</source>
        <translation>Außerhalb der Karte</translation>
    </message>
    <message>
        <source>Rings: the health of the feeds that deliver each site's figures.</source>
        <translation>Ringe: der Zustand der Datenquellen, die die Zahlen des Standorts liefern.</translation>
    </message>
    <message>
        <source>Rings: no site has a polled feed in this store, so every site shows "no feed".</source>
        <translation>Ringe: kein Standort hat in diesem Speicher eine abgefragte Datenquelle, daher zeigt jeder „keine Datenquelle“.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of the sites</source>
        <translation>Karte der Standorte</translation>
    </message>
    <message>
        <source>Circle area: planned MW</source>
        <translation>Kreisfläche: geplante MW</translation>
    </message>
    <message>
        <source>Ring: %1</source>
        <translation>Ring: %1</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
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
    <message>
        <source>SIMULATED (demo feed, not added): %1 online</source>
        <translation>SIMULIERT (Demo-Feed, nicht addiert): %1 in Betrieb</translation>
    </message>
    <message>
        <source>The fleet-wide target of %1 GPUs by %2 counts all OpenAI compute; it is not compared with these sites.</source>
        <translation>Das flottenweite Ziel von %1 GPUs bis %2 zählt die gesamte OpenAI-Rechenleistung; es wird nicht mit diesen Standorten verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Operational capacity reported for %n site(s): %1</source>
        <translation>
            <numerusform>Betriebskapazität für %n Standort berichtet: %1</numerusform>
            <numerusform>Betriebskapazität für %n Standorte berichtet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SIMULATED (demo feed, not added): %1 drawn</source>
        <translation>SIMULIERT (Demo-Feed, nicht addiert): %1 Leistungsaufnahme</translation>
    </message>
    <message>
        <source>Demo feed (SIMULATED)</source>
        <translation>Demo-Feed (SIMULIERT)</translation>
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation>Schätzungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>operational capacity reported or estimated for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>Betriebskapazität für %n Standort berichtet oder geschätzt, kein gemessener Bezug</numerusform>
            <numerusform>Betriebskapazität für %n Standorte berichtet oder geschätzt, kein gemessener Bezug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>operational capacity estimated for %n site(s), not a measured draw</source>
        <translation>
            <numerusform>Betriebskapazität für %n Standort geschätzt, kein gemessener Bezug</numerusform>
            <numerusform>Betriebskapazität für %n Standorte geschätzt, kein gemessener Bezug</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageSlides</name>
    <message>
        <source>Stargate sites worldwide</source>
        <translation>Stargate-Standorte weltweit</translation>
    </message>
    <message>
        <source>Stargate sites in the United States</source>
        <translation>Stargate-Standorte in den USA</translation>
    </message>
    <message>
        <source>Every site's phases over time (%1 of %2)</source>
        <translation>Phasen aller Standorte im Zeitverlauf (%1 von %2)</translation>
    </message>
    <message>
        <source>Every site's phases over time</source>
        <translation>Phasen aller Standorte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Map of the sites (map:usa, map:world)</source>
        <translation>Karte der Standorte (map:usa, map:world)</translation>
    </message>
    <message>
        <source>Every site's phases over time (timeline:N for page N)</source>
        <translation>Phasen aller Standorte im Zeitverlauf (timeline:N für Seite N)</translation>
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
    <name>PlanCurve</name>
    <message>
        <source>Sum of the active sites' published GPU plans, straight between plan dates. A site counts from its first plan date on; GPUs implied by planned MW are not included.</source>
        <translation>Summe der veröffentlichten GPU-Pläne der aktiven Standorte, linear zwischen den Plandaten. Ein Standort zählt ab seinem ersten Plandatum; aus geplanten MW abgeleitete GPUs sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Sum of the active sites' published MW plans, straight between plan dates. A site counts from its first plan date on.</source>
        <translation>Summe der veröffentlichten MW-Pläne der aktiven Standorte, linear zwischen den Plandaten. Ein Standort zählt ab seinem ersten Plandatum.</translation>
    </message>
    <message>
        <source>Planned GPUs, Stargate sites (published plans)</source>
        <translation>Geplante GPUs, Stargate-Standorte (veröffentlichte Pläne)</translation>
    </message>
    <message>
        <source>Planned MW, Stargate sites (published plans)</source>
        <translation>Geplante MW, Stargate-Standorte (veröffentlichte Pläne)</translation>
    </message>
</context>
<context>
    <name>PngExportDialog</name>
    <message>
        <source>Export Slides as PNG</source>
        <translation>Folien als PNG exportieren</translation>
    </message>
    <message numerus="yes">
        <source>All %n slide(s)</source>
        <translation>
            <numerusform>Die einzige Folie</numerusform>
            <numerusform>Alle %n Folien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>2560 × 1440 (QHD)</source>
        <translation>2560 × 1440 (QHD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K UHD)</source>
        <translation>3840 × 2160 (4K UHD)</translation>
    </message>
    <message>
        <source>1600 × 1200 (4:3 projector)</source>
        <translation>1600 × 1200 (4:3-Projektor)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Stargate Dashboard — presentation</source>
        <translation>Stargate Dashboard — Präsentation</translation>
    </message>
    <message>
        <source>No slides</source>
        <translation>Keine Folien</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source> · auto %1 s</source>
        <translation> · automatisch %1 s</translation>
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
    <message>
        <source>SIMULATED GPU counts (demo feed) are included.</source>
        <translation>SIMULIERTE GPU-Zahlen (Demo-Feed) sind enthalten.</translation>
    </message>
    <message>
        <source>Simulated GPU counts (demo feed) are left out.</source>
        <translation>Simulierte GPU-Zahlen (Demo-Feed) bleiben außen vor.</translation>
    </message>
    <message>
        <source>Not measurable</source>
        <translation>Nicht messbar</translation>
    </message>
    <message>
        <source>%1: %2 MW IT, %3 MW facility</source>
        <translation>%1: %2 MW IT, %3 MW Anlage</translation>
    </message>
    <message>
        <source>Energy on %1: %2 MWh per day, %3 GWh per year</source>
        <translation>Energie am %1: %2 MWh pro Tag, %3 GWh pro Jahr</translation>
    </message>
</context>
<context>
    <name>ProjectionResult</name>
    <message>
        <source>No planned capacity (MW) is known for this site.</source>
        <translation>Für diesen Standort ist keine geplante Kapazität (MW) bekannt.</translation>
    </message>
    <message>
        <source>No dated GPU plan or trend to project power from.</source>
        <translation>Kein datierter GPU-Plan und kein Trend, aus dem sich die Leistung hochrechnen ließe.</translation>
    </message>
    <message>
        <source>The GPU plan is derived from the planned MW, so it meets capacity by construction.</source>
        <translation>Der GPU-Plan ist aus den geplanten MW abgeleitet und erreicht die Kapazität daher genau.</translation>
    </message>
    <message numerus="yes">
        <source>From the fitted GPU trend, against %Ln MW planned capacity.</source>
        <translation>
            <numerusform>Aus dem angepassten GPU-Trend, gegen %Ln MW geplante Kapazität.</numerusform>
            <numerusform>Aus dem angepassten GPU-Trend, gegen %Ln MW geplante Kapazität.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the dated GPU plan (high end), against %Ln MW planned capacity.</source>
        <translation>
            <numerusform>Aus dem datierten GPU-Plan (oberes Ende), gegen %Ln MW geplante Kapazität.</numerusform>
            <numerusform>Aus dem datierten GPU-Plan (oberes Ende), gegen %Ln MW geplante Kapazität.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stargate sites' planned GPUs vs the fleet-wide target of %1 GPUs</source>
        <translation>Geplante GPUs der Stargate-Standorte gegen das flottenweite Ziel von %1 GPUs</translation>
    </message>
    <message>
        <source>Stargate sites' GPUs vs the fleet-wide target of %1 GPUs</source>
        <translation>GPUs der Stargate-Standorte gegen das flottenweite Ziel von %1 GPUs</translation>
    </message>
    <message>
        <source>Stargate sites' planned GPUs vs a target of %1 GPUs</source>
        <translation>Geplante GPUs der Stargate-Standorte gegen ein Ziel von %1 GPUs</translation>
    </message>
    <message>
        <source>Stargate sites' GPUs vs a target of %1 GPUs</source>
        <translation>GPUs der Stargate-Standorte gegen ein Ziel von %1 GPUs</translation>
    </message>
    <message>
        <source>%1: reached on %2</source>
        <translation>%1: erreicht am %2</translation>
    </message>
    <message>
        <source>%1: not reached by %2 on current plans</source>
        <translation>%1: nach aktuellen Plänen bis %2 nicht erreicht</translation>
    </message>
    <message>
        <source>%1: not enough data to project</source>
        <translation>%1: zu wenige Daten für eine Prognose</translation>
    </message>
    <message>
        <source>%1: projected %2%3</source>
        <translation>%1: prognostiziert %2%3</translation>
    </message>
    <message>
        <source>(includes SIMULATED data)</source>
        <translation>(enthält SIMULIERTE Daten)</translation>
    </message>
    <message>
        <source>Fleet GPU count %1 reported %2</source>
        <translation>GPU-Zahl der Flotte %1, berichtet am %2</translation>
    </message>
    <message>
        <source>No fleet GPU count published</source>
        <translation>Keine GPU-Zahl der Flotte veröffentlicht</translation>
    </message>
    <message>
        <source>No fleet GPU count published; fleet compute %1 GW reported %2</source>
        <translation>Keine GPU-Zahl der Flotte veröffentlicht; Rechenleistung der Flotte %1 GW, berichtet am %2</translation>
    </message>
    <message>
        <source>The target counts all OpenAI compute (fleet-wide): its verdict rests on fleet-wide figures only, never on the Stargate sites' sum.</source>
        <translation>Das Ziel zählt die gesamte Rechenleistung von OpenAI (flottenweit): Sein Urteil beruht nur auf flottenweiten Zahlen, nie auf der Summe der Stargate-Standorte.</translation>
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
    <message>
        <source>Headroom now</source>
        <translation>Reserve heute</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Über Kapazität</translation>
    </message>
    <message>
        <source>%1 MW over</source>
        <translation>%1 MW darüber</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>not projected</source>
        <translation>nicht absehbar</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>GPUs implied by planned MW under the power assumptions, rounded to two significant figures (provenance: projected).</source>
        <translation>Aus geplanten MW unter den Leistungsannahmen abgeleitete GPUs, auf zwei signifikante Stellen gerundet (Herkunft: prognostiziert).</translation>
    </message>
    <message>
        <source>%1 MW over to %2 MW spare</source>
        <translation>%1 MW darüber bis %2 MW Reserve</translation>
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
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Modelled by an independent analyst (for example from satellite imagery and permits), cited with the analyst, the method and its date. Not a reported figure.</source>
        <translation>Von unabhängigen Analysten modelliert (etwa aus Satellitenbildern und Genehmigungen), zitiert mit Analyst, Methode und Datum. Keine berichtete Zahl.</translation>
    </message>
</context>
<context>
    <name>PublicRecord</name>
    <message>
        <source>No public update since %1</source>
        <translation>Keine öffentliche Meldung seit %1</translation>
    </message>
</context>
<context>
    <name>PublicTableReader</name>
    <message>
        <source>The table has no %1 column (looked for %2). Its columns: %3.</source>
        <translation>Die Tabelle hat keine Spalte für %1 (gesucht: %2). Ihre Spalten: %3.</translation>
    </message>
    <message>
        <source>site</source>
        <translation>den Standort</translation>
    </message>
    <message>
        <source>date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>eine Kennzahl</translation>
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a latitude</source>
        <translation>Zeile %1, Spalte „%2“: „%3“ ist keine Breite</translation>
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a longitude</source>
        <translation>Zeile %1, Spalte „%2“: „%3“ ist keine Länge</translation>
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Zeile %1, Spalte „%2“: „%3“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1, column "%2": "%3" is not a number of %4</source>
        <translation>Zeile %1, Spalte „%2“: „%3“ ist keine Zahl in %4</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a CSV table: the server may have answered with an error or a sign-in page.</source>
        <translation>Die Datei ist eine Webseite (HTML), keine CSV-Tabelle: Der Server hat womöglich mit einer Fehler- oder Anmeldeseite geantwortet.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column "%2": no site name</source>
        <translation>Zeile %1, Spalte „%2“: kein Standortname</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a CSV table.</source>
        <translation>Die Datei ist eine Webseite (HTML), keine CSV-Tabelle.</translation>
    </message>
    <message>
        <source>No mapping fits this table. Known tables: Epoch AI's data_center_timelines.csv (columns "Data center", "Date", "IT power (MW)" …) and data_centers.csv ("Name", "Current power (MW)" …). Its columns: %1. A table of another publisher needs a mapping in the sources file (docs/sources.md).</source>
        <translation>Keine Zuordnung passt zu dieser Tabelle. Bekannt sind Epoch AIs data_center_timelines.csv (Spalten „Data center“, „Date“, „IT power (MW)“ …) und data_centers.csv („Name“, „Current power (MW)“ …). Ihre Spalten: %1. Die Tabelle eines anderen Herausgebers braucht eine Zuordnung in der Quellendatei (docs/sources.md).</translation>
    </message>
</context>
<context>
    <name>PublicTablesPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Unmatched names</source>
        <translation>Namen ohne Standort</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Public tables</source>
        <translation>Öffentliche Tabellen</translation>
    </message>
    <message>
        <source>Names that match no site</source>
        <translation>Namen, die zu keinem Standort passen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>What the table says of it</source>
        <translation>Was die Tabelle dazu angibt</translation>
    </message>
    <message>
        <source>Map to Site…</source>
        <translation>Standort zuordnen…</translation>
    </message>
    <message>
        <source>No public table has been imported. File → Import Public Data… (Ctrl+I) imports one, such as Epoch AI's data-center timelines; a public_table source polls one (docs/sources.md).</source>
        <translation>Es wurde noch keine öffentliche Tabelle importiert. Datei → Öffentliche Daten importieren… (Strg+I) importiert eine, etwa Epoch AIs Rechenzentrums-Zeitreihen; eine Quelle vom Typ public_table fragt eine regelmäßig ab (docs/sources.md).</translation>
    </message>
    <message>
        <source>Rows of these names were not imported: no site of ours has the name. Map a name to a site if it is one of ours.</source>
        <translation>Zeilen mit diesen Namen wurden nicht importiert: Keiner unserer Standorte trägt den Namen. Ordnen Sie einen Namen einem Standort zu, wenn er einer unserer ist.</translation>
    </message>
    <message>
        <source>Say which of our sites the selected name is; the newest version of every table is then read again</source>
        <translation>Angeben, welcher unserer Standorte der gewählte Name ist; die neueste Fassung jeder Tabelle wird dann neu gelesen</translation>
    </message>
    <message>
        <source>Imported from the file %1</source>
        <translation>Aus der Datei %1 importiert</translation>
    </message>
    <message>
        <source>Polled from %1</source>
        <translation>Abgefragt von %1</translation>
    </message>
    <message>
        <source>Map to Site</source>
        <translation>Standort zuordnen</translation>
    </message>
    <message>
        <source>Rows named "%1" become figures of the site chosen here, in the newest version of every table and in every later one. Choose only a site you know it is.</source>
        <translation>Zeilen mit dem Namen „%1“ werden zu Kennzahlen des hier gewählten Standorts, in der neuesten Fassung jeder Tabelle und in jeder späteren. Wählen Sie nur einen Standort, von dem Sie wissen, dass er es ist.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Choose a site</source>
        <translation>Standort wählen</translation>
    </message>
</context>
<context>
    <name>QCoreApplication::QCoreApplication::QCoreApplication::QCoreApplication::SlideText</name>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
</context>
<context>
    <name>SessionWiring</name>
    <message>
        <source>Mapping "%1" failed: %2</source>
        <translation>Zuordnung von „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>SiteDetailQuery</name>
    <message>
        <source>Last value in each interval.</source>
        <translation>Letzter Wert in jedem Intervall.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation>In Betrieb (%1)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Drawn (%1)</source>
        <translation>Bezogen (%1)</translation>
    </message>
    <message>
        <source>Operational (%1)</source>
        <translation>In Betrieb (%1)</translation>
    </message>
    <message>
        <source>Facility capacity (%1)</source>
        <translation>Anlagenkapazität (%1)</translation>
    </message>
    <message>
        <source>Operational (earlier release of the table)</source>
        <translation>In Betrieb (frühere Fassung der Tabelle)</translation>
    </message>
    <message>
        <source>The same analyst's figures in an earlier version of the table.</source>
        <translation>Die Zahlen desselben Analysten in einer früheren Fassung der Tabelle.</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>%1's projection</source>
        <translation>Projektion von %1</translation>
    </message>
    <message>
        <source>Rows the analyst dates after the table was retrieved: the analyst's projection, not an estimate of the past and not a projection of this dashboard.</source>
        <translation>Zeilen, die der Analyst nach dem Abruf der Tabelle datiert: seine Projektion, keine Schätzung der Vergangenheit und keine Projektion dieses Dashboards.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>GPUs at this site</source>
        <translation>GPUs an diesem Standort</translation>
    </message>
    <message>
        <source>Power at this site (MW)</source>
        <translation>Leistung an diesem Standort (MW)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to the page you came from</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What happened on that day?</source>
        <translation>Was ist an diesem Tag passiert?</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>ohne Standortangabe</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
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
        <source>GPU model</source>
        <translation>GPU-Modell</translation>
    </message>
    <message>
        <source>Planned capacity</source>
        <translation>Geplante Kapazität</translation>
    </message>
    <message>
        <source>Planned GPUs</source>
        <translation>Geplante GPUs</translation>
    </message>
    <message>
        <source>GPUs online</source>
        <translation>GPUs in Betrieb</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>Keine Quellen erfasst.</translation>
    </message>
    <message>
        <source>No dated phase events.</source>
        <translation>Keine datierten Phasenereignisse.</translation>
    </message>
    <message>
        <source>No polled source feeds this site.</source>
        <translation>Keine abgefragte Quelle liefert Daten für diesen Standort.</translation>
    </message>
    <message>
        <source>The store does not yet record which polled source feeds which site, so no feed is shown here. Live figures, when present, appear in the charts.</source>
        <translation>Der Speicher erfasst noch nicht, welche abgefragte Quelle welchen Standort beliefert, daher wird hier kein Feed angezeigt. Live-Werte erscheinen, falls vorhanden, in den Diagrammen.</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>letzter Erfolg %1</translation>
    </message>
    <message>
        <source>Added %1 by %2 (manual)</source>
        <translation>Hinzugefügt am %1 von %2 (manuell)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Write the note first, then add it.</source>
        <translation>Schreiben Sie zuerst die Notiz, dann fügen Sie sie hinzu.</translation>
    </message>
    <message>
        <source>Pick a valid date for the note.</source>
        <translation>Wählen Sie ein gültiges Datum für die Notiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Record phase</source>
        <translation>Phase erfassen</translation>
    </message>
    <message>
        <source>Phase recorded.</source>
        <translation>Phase erfasst.</translation>
    </message>
    <message>
        <source>Phase recorded, and flagged: %1</source>
        <translation>Phase erfasst und markiert: %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Phases over time</source>
        <translation>Phasen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Remove Phase Event</source>
        <translation>Phasenereignis entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the history? It was entered by hand.</source>
        <translation>%1 aus dem Verlauf entfernen? Es wurde von Hand eingetragen.</translation>
    </message>
    <message>
        <source>Phase event removed.</source>
        <translation>Phasenereignis entfernt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>"%1" of %2</source>
        <translation>„%1“ vom %2</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Operational capacity</source>
        <translation>Betriebskapazität</translation>
    </message>
    <message>
        <source>Power drawn</source>
        <translation>Bezogene Leistung</translation>
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation>Schätzungen: %1</translation>
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
    <message>
        <source>Public news</source>
        <translation>Öffentliche Meldungen</translation>
    </message>
    <message>
        <source>%1 (capacity, estimate)</source>
        <translation>%1 (Kapazität, Schätzung)</translation>
    </message>
    <message numerus="yes">
        <source>Newest date a public source gave about this site (facts, plans, phase events, status); polled and simulated data do not count. After %n day(s) without one the site says so.</source>
        <translation>
            <numerusform>Neuestes Datum, das eine öffentliche Quelle zu diesem Standort nennt (Zahlen, Pläne, Phasen, Status); abgefragte und simulierte Daten zählen nicht. Nach %n Tag ohne ein solches sagt der Standort es.</numerusform>
            <numerusform>Neuestes Datum, das eine öffentliche Quelle zu diesem Standort nennt (Zahlen, Pläne, Phasen, Status); abgefragte und simulierte Daten zählen nicht. Nach %n Tagen ohne ein solches sagt der Standort es.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operational capacity as modelled by an analyst, not measured power draw.</source>
        <translation>Betriebskapazität nach dem Modell eines Analysten, keine gemessene Leistungsaufnahme.</translation>
    </message>
    <message>
        <source>Operational (MW)</source>
        <translation>In Betrieb (MW)</translation>
    </message>
    <message>
        <source>No operational capacity has been reported for this site.</source>
        <translation>Für diesen Standort wurde keine Betriebskapazität gemeldet.</translation>
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
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
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
    <name>SlideFrame</name>
    <message>
        <source>Includes SIMULATED data from the built-in demo feed: not real figures.</source>
        <translation>Enthält SIMULIERTE Daten aus dem eingebauten Demo-Feed: keine echten Zahlen.</translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation>Snapshot vom %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Zeigt: %1</translation>
    </message>
    <message>
        <source>includes SIMULATED data</source>
        <translation>enthält SIMULIERTE Daten</translation>
    </message>
    <message>
        <source>Sources: listed in the briefing appendix</source>
        <translation>Quellen: im Anhang des Briefings aufgeführt</translation>
    </message>
    <message>
        <source>The store holds no figures for this slide. Import the public dataset or start a feed, then present again.</source>
        <translation>Der Speicher enthält keine Zahlen für diese Folie. Importieren Sie den öffentlichen Datensatz oder starten Sie einen Feed und präsentieren Sie erneut.</translation>
    </message>
    <message>
        <source>Sources: %1; each figure with its source in the briefing appendix</source>
        <translation>Quellen: %1; jede Zahl mit ihrer Quelle im Anhang des Briefings</translation>
    </message>
    <message>
        <source>Estimates: %1</source>
        <translation>Schätzungen: %1</translation>
    </message>
</context>
<context>
    <name>SlideRegistry</name>
    <message>
        <source>Unknown slide "%1"; use one of: %2.</source>
        <translation>Unbekannte Folie „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Unknown slide "%1"; "%2" is not one of: %3.</source>
        <translation>Unbekannte Folie „%1“; „%2“ ist keines von: %3.</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>Cannot write the snapshot %1: it is a folder.</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: it is the open database itself. Choose another file.</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: Es ist die geöffnete Datenbank selbst. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: the folder %2 does not exist.</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>Der Snapshot wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: renaming the temporary file failed.</source>
        <translation>Der Snapshot %1 kann nicht geschrieben werden: Das Umbenennen der temporären Datei ist fehlgeschlagen.</translation>
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
        <translation>
            <numerusform>%n Fehler in Folge</numerusform>
            <numerusform>%n Fehler in Folge</numerusform>
        </translation>
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
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation>Angehalten seit %1</translation>
    </message>
    <message>
        <source>Paused by an operator; Resume Polling or the next start polls it again</source>
        <translation>Von Hand angehalten; „Abfrage fortsetzen“ oder der nächste Start fragt sie wieder ab</translation>
    </message>
    <message>
        <source>Disabled in the sources file ("enabled": false)</source>
        <translation>In der Quellendatei abgeschaltet („enabled“: false)</translation>
    </message>
</context>
<context>
    <name>StandardSlides</name>
    <message>
        <source>operational capacity reported, not a measured draw</source>
        <translation>gemeldete Betriebskapazität, kein gemessener Bezug</translation>
    </message>
    <message>
        <source>of %1 planned</source>
        <translation>von %1 geplant</translation>
    </message>
    <message>
        <source>Active sites</source>
        <translation>Aktive Standorte</translation>
    </message>
    <message>
        <source>GPUs at Stargate sites over time</source>
        <translation>GPUs an den Stargate-Standorten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Power at Stargate sites over time (MW)</source>
        <translation>Leistung an den Stargate-Standorten im Zeitverlauf (MW)</translation>
    </message>
    <message>
        <source>When the GPU target is reached</source>
        <translation>Wann das GPU-Ziel erreicht wird</translation>
    </message>
    <message>
        <source>Sites (%1 of %2)</source>
        <translation>Standorte (%1 von %2)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(SIMULATED)</source>
        <translation>(SIMULIERT)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>geplant: %1</translation>
    </message>
    <message>
        <source>operational capacity, not a measured draw</source>
        <translation>Betriebskapazität, kein gemessener Bezug</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>GPUs: %1</source>
        <translation>GPUs: %1</translation>
    </message>
    <message>
        <source>First power: %1</source>
        <translation>Erster Strom: %1</translation>
    </message>
    <message>
        <source>Full operation: %1</source>
        <translation>Voller Betrieb: %1</translation>
    </message>
    <message>
        <source>Headline figures: GPUs, power, sites, the target</source>
        <translation>Kernzahlen: GPUs, Leistung, Standorte, das Ziel</translation>
    </message>
    <message>
        <source>Power at Stargate sites over time</source>
        <translation>Leistung an den Stargate-Standorten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Table of all sites</source>
        <translation>Tabelle aller Standorte</translation>
    </message>
    <message>
        <source>One slide per site (site:ID for one)</source>
        <translation>Eine Folie je Standort (site:ID für einen)</translation>
    </message>
    <message>
        <source>operational capacity reported:
%1</source>
        <translation>gemeldete Betriebskapazität:
%1</translation>
    </message>
    <message>
        <source>operational capacity reported or estimated, not a measured draw</source>
        <translation>gemeldete oder geschätzte Betriebskapazität, kein gemessener Bezug</translation>
    </message>
    <message>
        <source>operational capacity estimated, not a measured draw</source>
        <translation>geschätzte Betriebskapazität, kein gemessener Bezug</translation>
    </message>
    <message>
        <source>operational capacity estimated:
%1</source>
        <translation>geschätzte Betriebskapazität:
%1</translation>
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
    <message>
        <source>Cannot open the database %1: %2. The disk may be full: free some space and try again. The file was left untouched.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2. Der Datenträger ist möglicherweise voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was opened read-only so that nothing more is written to it: restore it from a snapshot (one made with File → Export Snapshot…) by copying the snapshot in its place, or delete the file to start afresh.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde schreibgeschützt geöffnet, damit nichts mehr in sie geschrieben wird: Stellen Sie sie aus einem Snapshot wieder her (erstellt mit Datei → Snapshot exportieren …), indem Sie den Snapshot an ihre Stelle kopieren, oder löschen Sie die Datei, um neu zu beginnen.</translation>
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
    <message>
        <source>This is a read-only snapshot: changes cannot be saved. Open the original database to make changes.</source>
        <translation>Dies ist ein schreibgeschützter Snapshot: Änderungen können nicht gespeichert werden. Öffnen Sie für Änderungen die ursprüngliche Datenbank.</translation>
    </message>
    <message>
        <source>A note needs a valid date and some text; nothing was saved.</source>
        <translation>Eine Notiz braucht ein gültiges Datum und einen Text; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saving the note on %1 failed: %2</source>
        <translation>Die Notiz zu %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>In die Datenbank kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no site "%1".</source>
        <translation>Es gibt keinen Standort „%1“.</translation>
    </message>
    <message>
        <source>Saving the phase event failed: %1</source>
        <translation>Das Phasenereignis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Recording alerts failed: %1</source>
        <translation>Alarme konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Acknowledging alerts failed: %1</source>
        <translation>Alarme konnten nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>Saving the phase that a feed reported failed: %1</source>
        <translation>Die von einem Feed gemeldete Phase konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Removing the phase event failed: %1</source>
        <translation>Das Phasenereignis konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Only phase events entered by hand can be removed; this one comes from a source.</source>
        <translation>Nur von Hand eingetragene Phasenereignisse lassen sich entfernen; dieses stammt aus einer Quelle.</translation>
    </message>
    <message>
        <source>The store %1 can be written again.</source>
        <translation>In den Speicher %1 kann wieder geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>The store %1 can be written again; %n sample(s) were lost while it could not.</source>
        <translation>
            <numerusform>In den Speicher %1 kann wieder geschrieben werden; %n Messwert ging verloren, solange das nicht möglich war.</numerusform>
            <numerusform>In den Speicher %1 kann wieder geschrieben werden; %n Messwerte gingen verloren, solange das nicht möglich war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the store %1 since %2: %3. %4 sample(s) waiting, %5 lost. Free some disk space or close the other program using it; writing resumes by itself.</source>
        <translation>In den Speicher %1 kann seit %2 nicht geschrieben werden: %3. %4 Messwert(e) warten, %5 verloren. Geben Sie Speicherplatz frei oder schließen Sie das andere Programm, das ihn verwendet; das Schreiben wird von selbst fortgesetzt.</translation>
    </message>
    <message>
        <source>The store is read-only; the table %1 was not imported.</source>
        <translation>Der Speicher ist schreibgeschützt; die Tabelle %1 wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Taking back acknowledgements failed: %1</source>
        <translation>Das Zurücknehmen der Bestätigungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving the comment failed: %1</source>
        <translation>Das Speichern des Kommentars ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TableArchive</name>
    <message>
        <source>not a readable ZIP archive: %1</source>
        <translation>kein lesbares ZIP-Archiv: %1</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive cannot be read: %2</source>
        <translation>%1 im ZIP-Archiv kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is damaged: %2</source>
        <translation>%1 im ZIP-Archiv ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive holds more than %2 MiB</source>
        <translation>%1 im ZIP-Archiv enthält mehr als %2 MiB</translation>
    </message>
    <message>
        <source>the ZIP archive has more than %1 entries</source>
        <translation>das ZIP-Archiv hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>%1 in the ZIP archive is encrypted</source>
        <translation>%1 im ZIP-Archiv ist verschlüsselt</translation>
    </message>
    <message>
        <source>the CSV files of the ZIP archive hold more than %1 MiB together</source>
        <translation>die CSV-Dateien des ZIP-Archivs enthalten zusammen mehr als %1 MiB</translation>
    </message>
    <message>
        <source>the ZIP archive is empty</source>
        <translation>das ZIP-Archiv ist leer</translation>
    </message>
    <message>
        <source>the ZIP archive holds no CSV file (it holds %1)</source>
        <translation>das ZIP-Archiv enthält keine CSV-Datei (es enthält %1)</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Mit &amp;Spaltenköpfen kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Open Site</source>
        <translation>Standort ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>TableImportWriter</name>
    <message>
        <source>Storing the table %1 failed: %2</source>
        <translation>Das Speichern der Tabelle %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Mapping "%1" to %2 failed: %3</source>
        <translation>Die Zuordnung von „%1“ zu %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <source>unknown mapping preset "%1" (known: epoch_timelines, epoch_data_centers)</source>
        <translation>unbekannte Zuordnungsvorlage „%1“ (bekannt: epoch_timelines, epoch_data_centers)</translation>
    </message>
    <message>
        <source>a mapped metric needs "column", "metric" and "unit"</source>
        <translation>eine zugeordnete Kennzahl braucht „column“, „metric“ und „unit“</translation>
    </message>
    <message>
        <source>a metric's "scale" must be positive</source>
        <translation>der „scale“ einer Kennzahl muss positiv sein</translation>
    </message>
    <message>
        <source>a table's "provenance" is "estimate" or "reported"</source>
        <translation>die „provenance“ einer Tabelle ist „estimate“ oder „reported“</translation>
    </message>
    <message>
        <source>a table mapping needs a "preset" or a "name"</source>
        <translation>eine Tabellenzuordnung braucht „preset“ oder „name“</translation>
    </message>
    <message>
        <source>a table mapping needs a "site_column"</source>
        <translation>eine Tabellenzuordnung braucht „site_column“</translation>
    </message>
    <message>
        <source>a table mapping needs at least one entry in "metrics"</source>
        <translation>eine Tabellenzuordnung braucht mindestens einen Eintrag in „metrics“</translation>
    </message>
    <message>
        <source>an estimate names its "analyst" and "method"</source>
        <translation>eine Schätzung nennt „analyst“ und „method“</translation>
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
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>Last 15 min</source>
        <translation>Letzte 15 Min.</translation>
    </message>
    <message>
        <source>Last 1 h</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 h</source>
        <translation>Letzte 6 Std.</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Letzte 24 Std.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Ausbau</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TimeRangeBar</name>
    <message>
        <source>Custom Time Range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>“To” must be after “From”.</source>
        <translation>„Bis“ muss nach „Von“ liegen.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Früher</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Später ▶</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Show the span before this one</source>
        <translation>Den Zeitraum davor zeigen</translation>
    </message>
    <message>
        <source>Show the span after this one</source>
        <translation>Den Zeitraum danach zeigen</translation>
    </message>
    <message>
        <source>Show twice the span</source>
        <translation>Den doppelten Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Follow now: new samples appear as they arrive</source>
        <translation>Der Gegenwart folgen: neue Messwerte erscheinen, sobald sie eintreffen</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Time range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>Planned milestone</source>
        <translation>Geplanter Meilenstein</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Each site's phases over time, from public reports and manual entries. Diamonds are planned milestones; hover over a bar or marker for its dates and source.</source>
        <translation>Die Phasen jedes Standorts im Zeitverlauf, aus öffentlichen Berichten und manuellen Einträgen. Rauten sind geplante Meilensteine; zeigen Sie auf einen Balken oder eine Markierung, um Daten und Quelle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) with phases in an impossible order: %1. Hover over the warning sign for details.</source>
        <translation>
            <numerusform>%n Standort mit Phasen in unmöglicher Reihenfolge: %1. Details beim Zeigen auf das Warnzeichen.</numerusform>
            <numerusform>%n Standorte mit Phasen in unmöglicher Reihenfolge: %1. Details beim Zeigen auf das Warnzeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No site has a dated phase yet.</source>
        <translation>Noch kein Standort hat eine datierte Phase.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>No dated phase</source>
        <translation>Keine datierte Phase</translation>
    </message>
    <message>
        <source>Planned milestone</source>
        <translation>Geplanter Meilenstein</translation>
    </message>
    <message>
        <source>Dated event</source>
        <translation>Datiertes Ereignis</translation>
    </message>
    <message>
        <source>Phases in an impossible order (hover for details)</source>
        <translation>Phasen in unmöglicher Reihenfolge (Details beim Zeigen)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(source gives "%1")</source>
        <translation>(Quelle nennt „%1“)</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>eingetragen von %1 am %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>This event is out of order; see the warning sign.</source>
        <translation>Dieses Ereignis ist außer der Reihe; siehe das Warnzeichen.</translation>
    </message>
    <message>
        <source>The history of %1 is in an impossible order:</source>
        <translation>Die Geschichte von %1 ist in unmöglicher Reihenfolge:</translation>
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
    <message>
        <source>Unknown site "%1" in --page; known sites: %2.</source>
        <translation>Unbekannter Standort „%1“ in --page; bekannte Standorte: %2.</translation>
    </message>
    <message>
        <source>This is a read-only snapshot: polling stays off.</source>
        <translation>Dies ist ein schreibgeschützter Snapshot: Es wird nichts abgefragt.</translation>
    </message>
</context>
</TS>
