// The German catalogue is complete: every source string has a finished translation, and
// numerus entries have all their forms.
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
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
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated, e.g.: %2").arg(missing.size()).arg(missing.mid(0, 10).join(QStringLiteral(" | ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
