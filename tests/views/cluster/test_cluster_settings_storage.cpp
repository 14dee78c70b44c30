// Where the cluster settings live: the URL (without user info) and the run
// locations in QSettings, the token only in the keychain, keyed per cluster.
#include "AppSettings.h"
#include "Credentials.h"
#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace epidesk;

class TestClusterSettingsStorage : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // a throw-away settings file
    QCoreApplication::setOrganizationName("EpiDeskTest");
    QCoreApplication::setApplicationName("test_cluster_settings_storage");
    QSettings().clear();
  }

  void clusterUrlAndRunLocations() {
    {
      AppSettings s;
      QVERIFY(s.clusterUrl().isEmpty());
      QCOMPARE(s.runLocation("trends"), RunLocationBox::Location::Local);
      s.setClusterUrl(QUrl("http://ana:epd_secret@cluster.example.org:8080/"));
      s.setRunLocation("forecast", RunLocationBox::Location::Cluster);
      s.setClusterMonitorIntervalSeconds(0);
    }
    AppSettings s;
    QCOMPARE(s.clusterUrl(), QUrl("http://cluster.example.org:8080/"));
    QCOMPARE(s.runLocation("forecast"), RunLocationBox::Location::Cluster);
    QCOMPARE(s.runLocation("trends"), RunLocationBox::Location::Local);
    QCOMPARE(s.clusterMonitorIntervalSeconds(), 2); // bounded
    // Nothing secret in the file.
    QSettings raw;
    for (const QString &key : raw.allKeys())
      QVERIFY2(!raw.value(key).toString().contains("epd_secret"), qPrintable(key));
  }

  void tokenKeyIsPerClusterAndSecretFree() {
    const QString a = Credentials::clusterTokenKey(QUrl("http://Cluster.Example.org:8080/"));
    QCOMPARE(a, Credentials::clusterTokenKey(QUrl("http://cluster.example.org:8080")));
    QCOMPARE(a, Credentials::clusterTokenKey(QUrl("http://u:pw@cluster.example.org:8080/?x=1")));
    QVERIFY(a != Credentials::clusterTokenKey(QUrl("http://cluster.example.org:9090")));
    QVERIFY(a.startsWith("cluster-token:"));
    QVERIFY(!a.contains("pw"));
  }

  void noKeychainNeverStoresTheToken() {
    qputenv("EPIDESK_KEYCHAIN", "off");
    Credentials c;
    QVERIFY(!c.isAvailable());
    const QUrl url("http://cluster.example.org:8080");
    bool wrote = true, writeDone = false;
    c.storeClusterToken(url, "epd_secret", [&](bool ok, const QString &) { wrote = ok, writeDone = true; });
    QTRY_VERIFY(writeDone);
    QVERIFY(!wrote);
    bool readDone = false;
    Credentials::Status status = Credentials::Status::Found;
    c.readClusterToken(url, [&](Credentials::Status s, const QString &) { status = s, readDone = true; });
    QTRY_VERIFY(readDone);
    QCOMPARE(status, Credentials::Status::Unavailable);
    QSettings raw;
    for (const QString &key : raw.allKeys())
      QVERIFY2(!raw.value(key).toString().contains("epd_secret"), qPrintable(key));
  }
};

QTEST_GUILESS_MAIN(TestClusterSettingsStorage)
#include "test_cluster_settings_storage.moc"
