# German for the strings of the About and Keyboard Shortcuts dialogs (scripts/fill-translations.py).
DE = {
    'Open &Folder': '&Ordner öffnen',
    'About Stargate Dashboard': 'Über Stargate Dashboard',
    'Stargate Dashboard': 'Stargate Dashboard',
    'GPU counts, power and site status of the Stargate AI data-center program, read from a local store that works offline.':
        'GPU-Zahlen, Leistung und Standortstatus des Stargate-Rechenzentrumsprogramms für KI, gelesen aus einem lokalen Speicher, der auch offline funktioniert.',
    'Licence: proprietary, all rights reserved. The facts of the public dataset belong to the sources cited with each figure.':
        'Lizenz: proprietär, alle Rechte vorbehalten. Die Fakten des öffentlichen Datensatzes gehören den Quellen, die bei jeder Zahl genannt sind.',
    'Store: %1': 'Speicher: %1',
    'This is an independent project. It is not affiliated with, endorsed by or sponsored by OpenAI or its partners (Oracle, SoftBank, MGX and the others named in the dataset).':
        'Dies ist ein unabhängiges Projekt. Es ist weder mit OpenAI oder seinen Partnern (Oracle, SoftBank, MGX und den anderen im Datensatz genannten) verbunden noch von ihnen unterstützt oder gefördert.',
    'Show the folder that holds the store in the file manager': 'Den Ordner mit dem Speicher im Dateimanager zeigen',
    'Qt %1 (built with %2)': 'Qt %1 (gebaut mit %2)',
    'SQLite %1 (built with %2)': 'SQLite %1 (gebaut mit %2)',
    'Boost %1 (header-only, built with it)': 'Boost %1 (nur Header, damit gebaut)',
    'The store holds no public dataset.': 'Der Speicher enthält keinen öffentlichen Datensatz.',
    'Dataset: %1.': 'Datensatz: %1.',
    'Map outlines: Made with Natural Earth. Free vector and raster map data @ <a href="https://www.naturalearthdata.com">naturalearthdata.com</a> (public domain).':
        'Kartenumrisse: Made with Natural Earth. Freie Vektor- und Rasterkartendaten @ <a href="https://www.naturalearthdata.com">naturalearthdata.com</a> (gemeinfrei).',
    'Estimates marked "Estimate · Epoch AI": Epoch AI, <a href="https://epoch.ai/data/ai-data-centers">epoch.ai</a> (CC BY 4.0).':
        'Mit „Schätzung · Epoch AI“ markierte Schätzungen: Epoch AI, <a href="https://epoch.ai/data/ai-data-centers">epoch.ai</a> (CC BY 4.0).',
    'Estimates marked "Estimate · %1": %1.': 'Mit „Schätzung · %1“ markierte Schätzungen: %1.',
    '&Keyboard Shortcuts': '&Tastenkürzel',
    'Keyboard Shortcuts': 'Tastenkürzel',
    'Search actions and keys': 'Aktionen und Tasten suchen',
    'Search shortcuts': 'Tastenkürzel suchen',
    'Action': 'Aktion',
    'Shortcut': 'Tastenkürzel',
    'Keyboard shortcuts': 'Tastenkürzel',
    ' or ': ' oder ',
}
DE_N = {}
EN_N = {}
