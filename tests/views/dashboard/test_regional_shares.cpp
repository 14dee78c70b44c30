// Regional shares (issue 13, Qt Charts stacked bars): each region's share of
// the total per period, or the selected states' and the rest; the region
// sums are checked against the country total the analytics computes
// separately (the chart's reference series); a click on a region's segment
// selects its states dashboard-wide, and the bars then split by state.
#include "CliRun.h"
#include "DataSourceRegistry.h"
#include "Geography.h"
#include "PanelKinds.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/TrendPanels.h"
#include "trends/RegionalSharesChart.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {
PanelSpec spec(const QString &id, const QJsonObject &params) {
  return {id, id.section(QLatin1Char('-'), 0, 0), QString(), true, params};
}

double valueAt(const TrendResult &r, const QString &code, const QString &period) {
  for (const SeriesPoint &p : r.series.value(code))
    if (p.period == period)
      return p.value;
  return 0;
}
} // namespace

class TestRegionalShares : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  std::shared_ptr<const DataSource> m_source;

private slots:
  void initTestCase() {
    QString error;
    const QString store = test::createDemoStore(m_dir.path(), 5, &error);
    QVERIFY2(!store.isEmpty(), qPrintable(error));
    m_source = openDataSource(store, &error);
    QVERIFY2(m_source, qPrintable(error));
  }

  void regionsOfTheFixedTable() {
    QCOMPARE(Geography::regionOfUf("MG"), QStringLiteral("Sudeste"));
    QCOMPARE(Geography::regionOfUf("AC"), QStringLiteral("Norte"));
    QCOMPARE(Geography::regionOfUf("TO"), QStringLiteral("Norte"));
    QCOMPARE(Geography::regionOfUf("MA"), QStringLiteral("Nordeste"));
    QCOMPARE(Geography::regionOfUf("RS"), QStringLiteral("Sul"));
    QCOMPARE(Geography::regionOfUf("DF"), QStringLiteral("Centro-Oeste"));
    QCOMPARE(Geography::regionOfUf("XX"), QString());
  }

  void sharesOfAHandMadeResult() {
    TrendResult r;
    r.level = GeoLevel::Uf;
    r.series["MG"] = {{"2020", 30}, {"2021", 10}};
    r.series["SP"] = {{"2020", 50}, {"2021", 30}};
    r.series["BA"] = {{"2020", 20}, {"2021", 0}};
    const RegionalShares regions = RegionalShares::compute(r, {});
    QCOMPARE(regions.periods, QStringList({"2020", "2021"}));
    QCOMPARE(int(regions.groups.size()), 2); // Nordeste, Sudeste (regions without states are left out)
    QCOMPARE(regions.groups[0].name, QStringLiteral("Nordeste"));
    QCOMPARE(regions.groups[0].shares, std::vector<double>({20.0, 0.0}));
    QCOMPARE(regions.groups[1].shares, std::vector<double>({80.0, 100.0}));
    const RegionalShares picked = RegionalShares::compute(r, {"SP", "XX"});
    QVERIFY(picked.bySelection);
    QCOMPARE(int(picked.groups.size()), 2); // SP and the others
    QCOMPARE(picked.groups[0].shares, std::vector<double>({50.0, 75.0}));
    QCOMPARE(picked.groups[1].shares, std::vector<double>({50.0, 25.0}));
  }

  void regionSumsMatchTheCountryAndAClickSelectsTheRegion() {
    TrendRequest request;
    request.per1000 = true; // the panel's request is made of counts whatever the dashboard's
    request.level = GeoLevel::Municipality;
    const QJsonObject params = PanelKinds::newParams(QStringLiteral("trend_shares"), request);
    QVERIFY(PanelKinds::validate(QStringLiteral("trend_shares"), params).isEmpty());
    QCOMPARE(params["request"].toObject()["per_1000"].toBool(), false);
    QCOMPARE(params["request"].toObject()["level"].toString(), QStringLiteral("uf"));
    QJsonObject rates = params; // a document asking for rates still gets counts
    QJsonObject r = rates["request"].toObject();
    r["per_1000"] = true;
    rates["request"] = r;
    QVERIFY(!TrendSharesPanel(spec(QStringLiteral("trend_shares-2"), rates)).request().per1000);

    DashboardHost host(DashboardHost::Mode::Synchronous);
    TrendSharesPanel panel(spec(QStringLiteral("trend_shares-1"), params));
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    host.addPanel(&panel);
    host.setSource(m_source);
    QVERIFY(panel.output() && panel.output()->status == TrendJobOutput::Status::Ok);
    const RegionalShares shares = panel.chart()->shares(); // a copy: a click redraws
    QCOMPARE(shares.periods, QStringList({"2019", "2020", "2021"}));
    QCOMPARE(int(shares.groups.size()), 5);
    const TrendResult &states = panel.output()->result, &country = panel.output()->country;
    for (const RegionalShares::Group &g : shares.groups)
      for (int i = 0; i < shares.periods.size(); ++i) {
        double sum = 0;
        for (const QString &uf : g.codes)
          sum += valueAt(states, uf, shares.periods[i]);
        const double total = valueAt(country, country.series.firstKey(), shares.periods[i]);
        QVERIFY(total > 0);
        QVERIFY2(std::abs(g.shares[size_t(i)] - 100 * sum / total) < 1e-9, qPrintable(g.name));
      }
    int nordeste = -1;
    for (int g = 0; g < 5; ++g)
      if (shares.groups[size_t(g)].name == QLatin1String("Nordeste"))
        nordeste = g;
    QCOMPARE(shares.groups[size_t(nordeste)].codes.size(), 9);
    const QPoint at = panel.chart()->segmentPosition(nordeste, 1);
    QVERIFY(panel.chart()->rect().contains(at));
    QTest::mouseClick(panel.chart()->viewport(), Qt::LeftButton, {}, at);
    QStringList selected = host.state()->selection();
    selected.sort();
    QStringList expected = shares.groups[size_t(nordeste)].codes;
    expected.sort();
    QCOMPARE(selected, expected);
    QVERIFY(panel.chart()->shares().bySelection);
    QCOMPARE(int(panel.chart()->shares().groups.size()), 10); // the 9 states and the rest
  }
};

QTEST_MAIN(TestRegionalShares)
#include "test_regional_shares.moc"
