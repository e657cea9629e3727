# German (and English plural) translations of the strings added on branch `alerts`:
# lifecycle validation, the Timeline page, alert rules and the Alerts page.
DE = {
    # Lifecycle
    '"%1" is not a valid date. Enter it as year-month-day, e.g. 2026-03-31.':
        '„%1“ ist kein gültiges Datum. Bitte als Jahr-Monat-Tag eingeben, z. B. 2026-03-31.',
    '%1 has no valid date ("%2"); it cannot be placed in the site\'s history.':
        '%1 hat kein gültiges Datum („%2“) und lässt sich nicht in die Geschichte des Standorts einordnen.',
    '%1 on %2 is dated after the site was cancelled on %3.':
        '%1 am %2 liegt nach der Absage des Standorts am %3.',
    '%1 on %2 is dated before %3 on %4: a site cannot reach %1 before %3.':
        '%1 am %2 liegt vor %3 am %4: Ein Standort kann „%1“ nicht vor „%3“ erreichen.',
    'No site was given for the phase event.': 'Für das Phasenereignis wurde kein Standort angegeben.',
    'Paused on %1, before anything else happened at the site: there was nothing to pause.':
        'Pausiert am %1, bevor am Standort irgendetwas geschehen war: Es gab nichts zu pausieren.',
    'Unknown phase "%1". Use one of: %2.': 'Unbekannte Phase „%1“. Zulässig sind: %2.',
    'There is no site "%1".': 'Es gibt keinen Standort „%1“.',
    'Saving the phase event failed: %1': 'Das Phasenereignis konnte nicht gespeichert werden: %1',
    'The database cannot be written.': 'In die Datenbank kann nicht geschrieben werden.',
    # Timeline
    'Timeline': 'Zeitleiste',
    "Each site's phases over time, from public reports and manual entries. Diamonds are planned milestones; hover over a bar or marker for its dates and source.":
        'Die Phasen jedes Standorts im Zeitverlauf, aus öffentlichen Berichten und manuellen Einträgen. Rauten sind geplante Meilensteine; '
        'zeigen Sie auf einen Balken oder eine Markierung, um Daten und Quelle zu sehen.',
    '%1 GPUs': '%1 GPUs',
    '%1 MW': '%1 MW',
    'Planned: %1': 'Geplant: %1',
    'Planned milestone': 'Geplanter Meilenstein',
    'Dated event': 'Datiertes Ereignis',
    'Today': 'Heute',
    'SITE': 'STANDORT',
    'No dated phase': 'Keine datierte Phase',
    'No site has a dated phase yet.': 'Noch kein Standort hat eine datierte Phase.',
    'Phases in an impossible order (hover for details)': 'Phasen in unmöglicher Reihenfolge (Details beim Zeigen)',
    'Since %1': 'Seit %1',
    '%1 to %2': '%1 bis %2',
    '(source gives "%1")': '(Quelle nennt „%1“)',
    'entered by %1 on %2': 'eingetragen von %1 am %2',
    'Source: %1': 'Quelle: %1',
    'This event is out of order; see the warning sign.': 'Dieses Ereignis ist außer der Reihe; siehe das Warnzeichen.',
    'The history of %1 is in an impossible order:': 'Die Geschichte von %1 ist in unmöglicher Reihenfolge:',
    # Alert rules
    'Feed stale': 'Feed veraltet',
    'Error streak': 'Fehlerserie',
    'Power near capacity': 'Leistung nahe Kapazität',
    'GPUs online falling': 'GPUs online fallen',
    'Phase behind plan': 'Phase hinter Plan',
    'Info': 'Info',
    'Warning': 'Warnung',
    'Critical': 'Kritisch',
    '%1 draws %2 MW, %3% of its %4 MW capacity (limit %5%).':
        '%1 bezieht %2 MW, %3 % seiner Kapazität von %4 MW (Grenze %5 %).',
    '%1 was planned to reach "%2" by %3 (%4 days ago) and has not.':
        '%1 sollte laut Plan bis %3 „%2“ erreichen (vor %4 Tagen) und hat es nicht.',
    '%1: %2 polls in a row failed.': '%1: %2 Abfragen in Folge sind fehlgeschlagen.',
    '%1: GPUs online fell by %2% within %3 min (from %4 to %5).':
        '%1: GPUs online sind innerhalb von %3 min um %2 % gefallen (von %4 auf %5).',
    '%1: no successful poll for %2 s (interval %3 s, limit %4 s).':
        '%1: seit %2 s keine erfolgreiche Abfrage (Intervall %3 s, Grenze %4 s).',
    'SIMULATED: %1': 'SIMULIERT: %1',
    'Last error: %1': 'Letzter Fehler: %1',
    'Recording alerts failed: %1': 'Alarme konnten nicht gespeichert werden: %1',
    'Acknowledging alerts failed: %1': 'Alarme konnten nicht bestätigt werden: %1',
    # Alerts page and window
    'Alerts': 'Alarme',
    'Alerts (%1)': 'Alarme (%1)',
    'Stale or failing feeds, power near capacity, GPUs going offline and phases behind plan. An alert stays until its condition clears; acknowledging says someone is on it.':
        'Veraltete oder fehlerhafte Feeds, Leistung nahe der Kapazität, ausfallende GPUs und Phasen hinter dem Plan. Ein Alarm bleibt, '
        'bis seine Bedingung entfällt; eine Bestätigung zeigt, dass sich jemand darum kümmert.',
    'Acknowledge': 'Bestätigen',
    'Mark the selected alerts as seen, with your user name and the time.':
        'Die ausgewählten Alarme als gesehen markieren, mit Ihrem Benutzernamen und der Uhrzeit.',
    'Active': 'Aktiv',
    'Acknowledged': 'Bestätigt',
    'Cleared': 'Behoben',
    'All states': 'Alle Zustände',
    'All sites and sources': 'Alle Standorte und Quellen',
    'All rules': 'Alle Regeln',
    'Filter by state': 'Nach Zustand filtern',
    'Filter by site': 'Nach Standort filtern',
    'Filter by rule': 'Nach Regel filtern',
    'Show': 'Zeigen',
    'State': 'Zustand',
    'Severity': 'Schwere',
    'Rule': 'Regel',
    'Site or source': 'Standort oder Quelle',
    'Message': 'Meldung',
    'Raised': 'Ausgelöst',
    '%1 by %2': '%1 von %2',
    'Source %1': 'Quelle %1',
    'No alert matches the filters.': 'Kein Alarm passt zu den Filtern.',
    'No alerts so far: every rule is quiet.': 'Bisher keine Alarme: Alle Regeln sind ruhig.',
    'Stargate Dashboard': 'Stargate Dashboard',
}

DE_N = {
    '%n active': ('%n aktiv', '%n aktiv'),
    '%n acknowledged': ('%n bestätigt', '%n bestätigt'),
    '%n cleared': ('%n behoben', '%n behoben'),
    '%n alert(s) need attention': ('%n Alarm braucht Aufmerksamkeit', '%n Alarme brauchen Aufmerksamkeit'),
    '%n new alert(s)': ('%n neuer Alarm', '%n neue Alarme'),
    'and %n more': ('und %n weiterer', 'und %n weitere'),
    '%n site(s) with phases in an impossible order: %1. Hover over the warning sign for details.':
        ('%n Standort mit Phasen in unmöglicher Reihenfolge: %1. Details beim Zeigen auf das Warnzeichen.',
         '%n Standorte mit Phasen in unmöglicher Reihenfolge: %1. Details beim Zeigen auf das Warnzeichen.'),
}

EN_N = {
    '%n active': ('%n active', '%n active'),
    '%n acknowledged': ('%n acknowledged', '%n acknowledged'),
    '%n cleared': ('%n cleared', '%n cleared'),
    '%n alert(s) need attention': ('%n alert needs attention', '%n alerts need attention'),
    '%n new alert(s)': ('%n new alert', '%n new alerts'),
    'and %n more': ('and %n more', 'and %n more'),
    '%n site(s) with phases in an impossible order: %1. Hover over the warning sign for details.':
        ('%n site with phases in an impossible order: %1. Hover over the warning sign for details.',
         '%n sites with phases in an impossible order: %1. Hover over the warning sign for details.'),
}
