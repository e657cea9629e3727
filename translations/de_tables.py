# German for the tables' context menu and CSV export (scripts/fill-translations.py).
DE = {
    '%1, %2': '%1, %2',
    '%1 paused': '%1 angehalten',
    'Paused': 'Angehalten',
    'Paused since %1': 'Angehalten seit %1',
    'Paused by an operator; Resume Polling or the next start polls it again': 'Von Hand angehalten; „Abfrage fortsetzen“ oder der nächste Start fragt sie wieder ab',
    'Disabled in the sources file ("enabled": false)': 'In der Quellendatei abgeschaltet („enabled“: false)',
    'Polled sources': 'Abgefragte Quellen',
    'Forecast by site': 'Prognose nach Standort',
    'Sites': 'Standorte',
    'Cannot write %1: %2': '%1 kann nicht geschrieben werden: %2',
    '&Copy': '&Kopieren',
    'Copy with &Headers': 'Mit &Spaltenköpfen kopieren',
    '&Export CSV…': 'Als CSV &exportieren…',
    'Export CSV': 'Als CSV exportieren',
    'CSV files (*.csv)': 'CSV-Dateien (*.csv)',
    '&Open Site': 'Standort ö&ffnen',
}
DE_N = {}
EN_N = {}
