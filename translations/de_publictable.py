# German for public tables: the CSV reader, mappings, --import and its summary (scripts/fill-translations.py).
DE = {
    "Import a public table (e.g. Epoch AI's data_center_timelines.csv) into the store before starting; may be given more than once (see docs/sources.md).":
        'Eine öffentliche Tabelle (z. B. Epoch AIs data_center_timelines.csv) vor dem Start in den Speicher importieren; mehrfach möglich (siehe docs/sources.md).',
    'a quote opened on line %1 is never closed': 'ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen',
    'text follows a closing quote': 'auf ein schließendes Anführungszeichen folgt Text',
    'the file holds binary data, not text': 'die Datei enthält Binärdaten, keinen Text',
    'the file is empty': 'die Datei ist leer',
    'the row has %1 fields, the header %2': 'die Zeile hat %1 Felder, die Kopfzeile %2',
    'more than %1 rows': 'mehr als %1 Zeilen',
    '%1: %2': '%1: %2',
    'Public table not imported: %1': 'Öffentliche Tabelle nicht importiert: %1',
    '%1: this version was imported before; nothing changed.': '%1: Diese Fassung wurde schon importiert; nichts geändert.',
    ' (%1)': ' (%1)',
    'The previous version matched %1 sites, this one %2: the publisher may have renamed a site.':
        'Die vorige Fassung passte zu %1 Standorten, diese zu %2: Der Herausgeber hat womöglich einen Standort umbenannt.',
    'The store is read-only: no public table was imported.': 'Der Speicher ist schreibgeschützt: Keine öffentliche Tabelle wurde importiert.',
    'must be a list of names': 'muss eine Liste von Namen sein',
    'The table has no %1 column (looked for %2). Its columns: %3.': 'Die Tabelle hat keine Spalte für %1 (gesucht: %2). Ihre Spalten: %3.',
    'site': 'den Standort',
    'date': 'das Datum',
    'figure': 'eine Kennzahl',
    'line %1, column "%2": "%3" is not a latitude': 'Zeile %1, Spalte „%2“: „%3“ ist keine Breite',
    'line %1, column "%2": "%3" is not a longitude': 'Zeile %1, Spalte „%2“: „%3“ ist keine Länge',
    'line %1, column "%2": "%3" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)':
        'Zeile %1, Spalte „%2“: „%3“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
    'line %1': 'Zeile %1',
    'line %1, column "%2": "%3" is not a number of %4': 'Zeile %1, Spalte „%2“: „%3“ ist keine Zahl in %4',
    'The file is a web page (HTML), not a CSV table: the server may have answered with an error or a sign-in page.':
        'Die Datei ist eine Webseite (HTML), keine CSV-Tabelle: Der Server hat womöglich mit einer Fehler- oder Anmeldeseite geantwortet.',
    'Line %1: %2': 'Zeile %1: %2',
    'line %1, column "%2": no site name': 'Zeile %1, Spalte „%2“: kein Standortname',
    'The file is a web page (HTML), not a CSV table.': 'Die Datei ist eine Webseite (HTML), keine CSV-Tabelle.',
    'No mapping fits this table. Known tables: Epoch AI\'s data_center_timelines.csv (columns "Data center", "Date", "IT power (MW)" …) and data_centers.csv ("Name", "Current power (MW)" …). Its columns: %1. A table of another publisher needs a mapping in the sources file (docs/sources.md).':
        'Keine Zuordnung passt zu dieser Tabelle. Bekannt sind Epoch AIs data_center_timelines.csv (Spalten „Data center“, „Date“, „IT power (MW)“ …) und data_centers.csv („Name“, „Current power (MW)“ …). Ihre Spalten: %1. Die Tabelle eines anderen Herausgebers braucht eine Zuordnung in der Quellendatei (docs/sources.md).',
    'Facility capacity (%1)': 'Anlagenkapazität (%1)',
    'Operational (earlier release of the table)': 'In Betrieb (frühere Fassung der Tabelle)',
    "The same analyst's figures in an earlier version of the table.": 'Die Zahlen desselben Analysten in einer früheren Fassung der Tabelle.',
    "%1's projection": 'Projektion von %1',
    'analyst': 'Analyst',
    'Rows the analyst dates after the table was retrieved: the analyst\'s projection, not an estimate of the past and not a projection of this dashboard.':
        'Zeilen, die der Analyst nach dem Abruf der Tabelle datiert: seine Projektion, keine Schätzung der Vergangenheit und keine Projektion dieses Dashboards.',
    'Estimates: %1': 'Schätzungen: %1',
    'The store is read-only; the table %1 was not imported.': 'Der Speicher ist schreibgeschützt; die Tabelle %1 wurde nicht importiert.',
    'Storing the table %1 failed: %2': 'Das Speichern der Tabelle %1 ist fehlgeschlagen: %2',
    'Mapping "%1" to %2 failed: %3': 'Die Zuordnung von „%1“ zu %2 ist fehlgeschlagen: %3',
    'unknown mapping preset "%1" (known: epoch_timelines, epoch_data_centers)': 'unbekannte Zuordnungsvorlage „%1“ (bekannt: epoch_timelines, epoch_data_centers)',
    'a mapped metric needs "column", "metric" and "unit"': 'eine zugeordnete Kennzahl braucht „column“, „metric“ und „unit“',
    'a metric\'s "scale" must be positive': 'der „scale“ einer Kennzahl muss positiv sein',
    'a table\'s "provenance" is "estimate" or "reported"': 'die „provenance“ einer Tabelle ist „estimate“ oder „reported“',
    'a table mapping needs a "preset" or a "name"': 'eine Tabellenzuordnung braucht „preset“ oder „name“',
    'a table mapping needs a "site_column"': 'eine Tabellenzuordnung braucht „site_column“',
    'a table mapping needs at least one entry in "metrics"': 'eine Tabellenzuordnung braucht mindestens einen Eintrag in „metrics“',
    'an estimate names its "analyst" and "method"': 'eine Schätzung nennt „analyst“ und „method“',
}
DE_N = {
    '%1: %n figure(s) imported': ('%1: %n Kennzahl importiert', '%1: %n Kennzahlen importiert'),
    ' for %n site(s)': (' für %n Standort', ' für %n Standorte'),
    '%n name(s) match no site and were not imported: %1': ('%n Name passt zu keinem Standort und wurde nicht importiert: %1', '%n Namen passen zu keinem Standort und wurden nicht importiert: %1'),
}
EN_N = {
    '%1: %n figure(s) imported': ('%1: %n figure imported', '%1: %n figures imported'),
    ' for %n site(s)': (' for %n site', ' for %n sites'),
    '%n name(s) match no site and were not imported: %1': ('%n name matches no site and was not imported: %1', '%n names match no site and were not imported: %1'),
}
