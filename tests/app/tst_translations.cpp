// The German catalogue is complete: every source string has a finished translation, and
// numerus entries have all their forms.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// Source texts of a .ts file, each with whether it has a finished translation.
QHash<QString, bool> readCatalogue(const QString &path, QString *error)
{
    QHash<QString, bool> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            result.insert(context + QLatin1String("::") + source,
                type != QLatin1String("unfinished") && !text.trimmed().isEmpty());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return result;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void catalogueCoversEverySourceString();
};

void TestTranslations::germanIsComplete()
{
    QFile file(QStringLiteral(STARGATE_SOURCE_DIR "/translations/stargate_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                --messages;
                continue;
            }
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                missing.append(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 untranslated, e.g.: %2")
                       .arg(missing.size())
                       .arg(missing.mid(0, 10).join(QStringLiteral(" | ")))));
}

void TestTranslations::catalogueCoversEverySourceString()
{
    // Extract the strings of today's sources afresh and check that each has a German translation.
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("current.ts"));
    QStringList arguments;
    for (const char *folder : { "app", "widgets", "models" })
        arguments << QStringLiteral(STARGATE_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts")
              << extracted;
    QProcess lupdate;
    lupdate.start(QStringLiteral(STARGATE_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60'000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QHash<QString, bool> current = readCatalogue(extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.size() > 100);
    const QHash<QString, bool> german
        = readCatalogue(QStringLiteral(STARGATE_SOURCE_DIR "/translations/stargate_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!german.value(it.key(), false))
            missing.append(it.key());
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(
            QStringLiteral(
                "not in the German catalogue (run the update-translations target and translate): ")
            + missing.mid(0, 10).join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
