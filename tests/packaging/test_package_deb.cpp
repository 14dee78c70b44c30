// Packs the build tree into a .deb (as a release would) and checks that it
// holds the app, the CLI, the desktop entry, the icon and the reference data.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestPackageDeb : public QObject {
  Q_OBJECT
private slots:
  void debHoldsTheApplication() {
    if (QStandardPaths::findExecutable("dpkg-deb").isEmpty())
      QSKIP("needs dpkg-deb (Debian package dpkg, a Debian system)");
    QTemporaryDir out;
    QProcess cpack;
    cpack.setWorkingDirectory(EPIDESK_BINARY_DIR);
    cpack.start(EPIDESK_CPACK, {"-G", "DEB", "-B", out.path()});
    QVERIFY(cpack.waitForFinished(500000));
    QVERIFY2(cpack.exitCode() == 0, cpack.readAllStandardError().constData());
    const QStringList debs = QDir(out.path()).entryList({"epidesk_*.deb"});
    QCOMPARE(debs.size(), 1);
    const QString deb = QDir(out.path()).filePath(debs.first());

    QProcess contents;
    contents.start("dpkg-deb", {"-c", deb});
    QVERIFY(contents.waitForFinished(60000));
    const QString list = QString::fromUtf8(contents.readAllStandardOutput());
    for (const char *path :
         {"./usr/bin/epidesk", "./usr/bin/epidesk-cli", "./usr/share/applications/epidesk.desktop",
          "./usr/share/icons/hicolor/scalable/apps/epidesk.svg", "./usr/share/epidesk/data/br/uf.geojson"})
      QVERIFY2(list.contains(QLatin1String(path)), path);

    QProcess info;
    info.start("dpkg-deb", {"-f", deb, "Depends"});
    QVERIFY(info.waitForFinished(60000));
    const QByteArray depends = info.readAllStandardOutput();
    QVERIFY2(depends.contains("libqt6widgets6"), depends.constData()); // shlibdeps found the Qt libraries
  }
};

QTEST_GUILESS_MAIN(TestPackageDeb)
#include "test_package_deb.moc"
