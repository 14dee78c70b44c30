// Every message of every shipped .ts file is translated: no unfinished or
// empty translation, the right number of plural forms for the language, and
// the same %1..%99 / %n placeholders and surrounding whitespace as the source.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
  QString context;
  QString source;
  bool numerus = false;
  bool unfinished = false;
  bool obsolete = false;
  QString translation;    // singular messages
  QStringList forms;      // numerus messages
  qint64 line = 0;
};

struct TsFile {
  QString language;
  QList<Message> messages;
  QString error;
};

TsFile readTs(const QString &path) {
  TsFile ts;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ts.error = file.errorString();
    return ts;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message msg;
  bool inMessage = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
      } else if (name == QLatin1String("name") && !inMessage) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        inMessage = true;
        msg = Message{};
        msg.context = context;
        msg.line = xml.lineNumber();
        msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
      } else if (inMessage && name == QLatin1String("source")) {
        msg.source = xml.readElementText();
      } else if (inMessage && name == QLatin1String("translation")) {
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        msg.unfinished = type == QLatin1String("unfinished");
        msg.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
        if (!msg.numerus)
          msg.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      } else if (inMessage && name == QLatin1String("numerusform")) {
        msg.forms << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      inMessage = false;
      ts.messages << msg;
    }
  }
  if (xml.hasError())
    ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
  return ts;
}

// %1..%99 (also %L1) and %n (also %Ln), sorted, duplicates kept.
QStringList placeholders(const QString &text) {
  static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
  QStringList found;
  for (auto it = re.globalMatch(text); it.hasNext();)
    found << QLatin1Char('%') + it.next().captured(1);
  found.sort();
  return found;
}

QString leading(const QString &s) {
  int i = 0;
  while (i < s.size() && s.at(i).isSpace())
    ++i;
  return s.left(i);
}

QString trailing(const QString &s) {
  int i = s.size();
  while (i > 0 && s.at(i - 1).isSpace())
    --i;
  return s.mid(i);
}

int pluralForms(const QString &language) {
  if (language.startsWith(QLatin1String("pl")))
    return 3;  // 1 / 2-4, 22-24... / 5-21, 25-31...
  return 2;    // pt_BR, es: singular / plural
}

QString shorten(const QString &s) {
  QString t = s;
  t.replace(QLatin1Char('\n'), QLatin1String("\\n"));
  return t.size() > 70 ? t.left(67) + QLatin1String("...") : t;
}

} // namespace

class TestTranslationsComplete : public QObject {
  Q_OBJECT

private slots:
  void complete_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    for (const char *lang : {"pt_BR", "es", "pl"})
      QTest::newRow(lang) << QStringLiteral(EPIDESK_TS_DIR "/epidesk_%1.ts").arg(QLatin1String(lang))
                          << QString::fromLatin1(lang);
  }

  void complete() {
    QFETCH(QString, path);
    QFETCH(QString, language);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(path + QLatin1String(": ") + ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(!ts.messages.isEmpty(), qPrintable(path + QLatin1String(" has no messages")));

    QStringList problems;
    const int wantForms = pluralForms(language);
    for (const Message &m : ts.messages) {
      const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, shorten(m.source));
      if (m.obsolete)
        continue;  // lupdate -no-obsolete drops these; lrelease ignores them
      if (m.unfinished)
        problems << where + QLatin1String(": unfinished");
      const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
      if (m.numerus && m.forms.size() != wantForms)
        problems << where + QStringLiteral(": %1 plural forms, %2 wants %3").arg(m.forms.size()).arg(language).arg(wantForms);
      const QStringList want = placeholders(m.source);
      for (int i = 0; i < texts.size(); ++i) {
        const QString &t = texts.at(i);
        const QString form = m.numerus ? QStringLiteral(" (form %1)").arg(i) : QString();
        if (t.isEmpty()) {
          problems << where + form + QLatin1String(": empty translation");
          continue;
        }
        const QStringList got = placeholders(t);
        if (got != want)
          problems << where + form +
                          QStringLiteral(": placeholders {%1} in the source, {%2} in \"%3\"")
                              .arg(want.join(QLatin1Char(',')), got.join(QLatin1Char(',')), shorten(t));
        if (leading(t) != leading(m.source) || trailing(t) != trailing(m.source))
          problems << where + form + QStringLiteral(": leading/trailing whitespace differs in \"%1\"").arg(shorten(t));
      }
    }
    if (!problems.isEmpty())
      qWarning().noquote() << path + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2; see the warnings above").arg(problems.size()).arg(path)));
  }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "test_translations_complete.moc"
