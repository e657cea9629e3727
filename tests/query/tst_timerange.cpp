// The time range a page's charts show: presets that end now, the rollout, fixed spans, and the
// navigation that turns one into another (earlier, later, zoom out, back to live).
#include "query/timerange.h"

#include <QtTest>

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// 2 December 2026, 12:00 UTC.
const qint64 kNow = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
const ChartSpan kRollout { QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
    QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() };
} // namespace

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void presetsEndNow_data();
    void presetsEndNow();
    void earlierThenLaterIsLiveAgain();
    void laterStopsAtNow();
    void zoomOutOfALivePresetIsTheNextPreset();
    void zoomOutOfAFixedSpanDoublesItAroundItsMiddle();
    void liveIsTheNearestPreset_data();
    void liveIsTheNearestPreset();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void unreadableSettingsAreRefused_data();
    void unreadableSettingsAreRefused();
    void fixedSpansAreOrderedAndNotEmpty();
};

void TestTimeRange::presetsEndNow_data()
{
    QTest::addColumn<TimeRange::Preset>("preset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("15 min") << TimeRange::Preset::Last15Minutes << 15 * kMinute;
    QTest::newRow("1 h") << TimeRange::Preset::LastHour << kHour;
    QTest::newRow("6 h") << TimeRange::Preset::Last6Hours << 6 * kHour;
    QTest::newRow("24 h") << TimeRange::Preset::Last24Hours << kDay;
    QTest::newRow("7 d") << TimeRange::Preset::Last7Days << 7 * kDay;
    QTest::newRow("30 d") << TimeRange::Preset::Last30Days << 30 * kDay;
    QTest::newRow("1 y") << TimeRange::Preset::LastYear << 365 * kDay;
}

void TestTimeRange::presetsEndNow()
{
    QFETCH(TimeRange::Preset, preset);
    QFETCH(qint64, length);
    const TimeRange range = TimeRange::preset(preset);
    QVERIFY(range.isLive());
    QCOMPARE(range.span(kNow, kRollout), (ChartSpan { kNow - length, kNow }));
    // A minute later the span has moved with the clock.
    QCOMPARE(range.span(kNow + kMinute, kRollout).toMs, kNow + kMinute);
    QVERIFY(!TimeRange::preset(TimeRange::Preset::Rollout).isLive());
    QCOMPARE(TimeRange().span(kNow, kRollout), kRollout);
}

void TestTimeRange::earlierThenLaterIsLiveAgain()
{
    const TimeRange hour = TimeRange::preset(TimeRange::Preset::LastHour);
    const TimeRange earlier = hour.shifted(-1, kNow, kRollout);
    QCOMPARE(earlier.kind(), TimeRange::Preset::Custom);
    QVERIFY(!earlier.isLive());
    QCOMPARE(earlier.span(kNow, kRollout), (ChartSpan { kNow - 2 * kHour, kNow - kHour }));
    // The earlier span stays where it is while the clock runs.
    QCOMPARE(earlier.span(kNow + kDay, kRollout), earlier.span(kNow, kRollout));
    QCOMPARE(earlier.shifted(+1, kNow, kRollout), hour);
}

void TestTimeRange::laterStopsAtNow()
{
    // 90 minutes is no preset: later clamps it to end now instead of running into the future.
    const TimeRange span = TimeRange::fixed(kNow - 2 * kHour, kNow - 30 * kMinute);
    const ChartSpan later = span.shifted(+1, kNow, kRollout).span(kNow, kRollout);
    QCOMPARE(later, (ChartSpan { kNow - 90 * kMinute, kNow }));
}

void TestTimeRange::zoomOutOfALivePresetIsTheNextPreset()
{
    TimeRange range = TimeRange::preset(TimeRange::Preset::Last15Minutes);
    const QList<TimeRange::Preset> expected { TimeRange::Preset::LastHour,
        TimeRange::Preset::Last6Hours, TimeRange::Preset::Last24Hours, TimeRange::Preset::Last7Days,
        TimeRange::Preset::Last30Days, TimeRange::Preset::LastYear, TimeRange::Preset::Rollout };
    for (TimeRange::Preset next : expected) {
        range = range.zoomedOut(kNow, kRollout);
        QCOMPARE(range.kind(), next);
    }
}

void TestTimeRange::zoomOutOfAFixedSpanDoublesItAroundItsMiddle()
{
    const TimeRange day = TimeRange::fixed(kNow - 10 * kDay, kNow - 9 * kDay);
    QCOMPARE(day.zoomedOut(kNow, kRollout).span(kNow, kRollout),
        (ChartSpan { kNow - 10 * kDay - kDay / 2, kNow - 9 * kDay + kDay / 2 }));
}

void TestTimeRange::liveIsTheNearestPreset_data()
{
    QTest::addColumn<qint64>("width");
    QTest::addColumn<TimeRange::Preset>("expected");
    QTest::newRow("a minute") << kMinute << TimeRange::Preset::Last15Minutes;
    QTest::newRow("50 minutes") << 50 * kMinute << TimeRange::Preset::LastHour;
    QTest::newRow("5 hours") << 5 * kHour << TimeRange::Preset::Last6Hours;
    QTest::newRow("9 days") << 9 * kDay << TimeRange::Preset::Last7Days;
    QTest::newRow("400 days") << 400 * kDay << TimeRange::Preset::LastYear;
    QTest::newRow("three years") << 3 * 365 * kDay << TimeRange::Preset::Rollout;
}

void TestTimeRange::liveIsTheNearestPreset()
{
    QFETCH(qint64, width);
    QFETCH(TimeRange::Preset, expected);
    QCOMPARE(
        TimeRange::fixed(kNow - 40 * kDay, kNow - 40 * kDay + width).live(kNow, kRollout).kind(),
        expected);
}

void TestTimeRange::settingsRoundTrip_data()
{
    QTest::addColumn<TimeRange>("range");
    QTest::addColumn<QString>("setting");
    QTest::newRow("rollout") << TimeRange() << QStringLiteral("rollout");
    QTest::newRow("1 h") << TimeRange::preset(TimeRange::Preset::LastHour)
                         << QStringLiteral("last-1h");
    QTest::newRow("30 d") << TimeRange::preset(TimeRange::Preset::Last30Days)
                          << QStringLiteral("last-30d");
    QTest::newRow("fixed") << TimeRange::fixed(1'700'000'000'000, 1'700'003'600'000)
                           << QStringLiteral("custom:1700000000000/1700003600000");
    QTest::newRow("before 1970") << TimeRange::fixed(-86'400'000, 86'400'000)
                                 << QStringLiteral("custom:-86400000/86400000");
}

void TestTimeRange::settingsRoundTrip()
{
    QFETCH(TimeRange, range);
    QFETCH(QString, setting);
    QCOMPARE(range.toSetting(), setting);
    QCOMPARE(TimeRange::fromSetting(setting), std::optional<TimeRange>(range));
}

void TestTimeRange::unreadableSettingsAreRefused_data()
{
    QTest::addColumn<QString>("setting");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown preset") << QStringLiteral("last-2h");
    QTest::newRow("custom without numbers") << QStringLiteral("custom:a/b");
    QTest::newRow("custom with one number") << QStringLiteral("custom:5");
    QTest::newRow("custom backwards") << QStringLiteral("custom:10/5");
    QTest::newRow("custom with three parts") << QStringLiteral("custom:1/2/3");
}

void TestTimeRange::unreadableSettingsAreRefused()
{
    QFETCH(QString, setting);
    QVERIFY(!TimeRange::fromSetting(setting));
}

void TestTimeRange::fixedSpansAreOrderedAndNotEmpty()
{
    const ChartSpan backwards = TimeRange::fixed(kNow, kNow - kHour).span(kNow, kRollout);
    QCOMPARE(backwards, (ChartSpan { kNow - kHour, kNow }));
    const ChartSpan empty = TimeRange::fixed(kNow, kNow).span(kNow, kRollout);
    QVERIFY(empty.toMs > empty.fromMs);
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
