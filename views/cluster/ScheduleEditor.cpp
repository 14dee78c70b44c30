#include "ScheduleEditor.h"
#include "CronSchedule.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace epidesk {

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_kind(new QComboBox), m_params(new QPlainTextEdit),
      m_document(new QLabel), m_presets(new QComboBox), m_cron(new QLineEdit), m_zone(new QComboBox),
      m_catchUp(new QComboBox), m_force(new QCheckBox(tr("Recompute even when the data did not change"))),
      m_maxFailures(new QSpinBox), m_preview(new QLabel), m_errors(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
  setWindowTitle(tr("Schedule"));
  m_name->setObjectName(QStringLiteral("name"));
  m_cron->setObjectName(QStringLiteral("cron"));
  m_zone->setObjectName(QStringLiteral("timezone"));
  for (const char *kind : {"trends", "forecast", "relocation", "dashboard"})
    m_kind->addItem(QString::fromLatin1(kind), QString::fromLatin1(kind));
  m_params->setPlaceholderText(tr("The job's params as JSON, as for a cluster job, e.g. "
                                  "{\"ingredient_contains\": \"azitromicina\", \"level\": \"uf\"}"));
  m_params->setPlainText(QStringLiteral("{\"ingredient_contains\": \"azitromicina\", \"level\": \"uf\", "
                                        "\"period\": \"month\", \"per_1000\": true}"));
  m_document->setVisible(false);
  m_document->setWordWrap(true);

  const QList<QPair<QString, QString>> presets{{tr("Every Monday at 07:00"), "0 7 * * 1"},
                                               {tr("Every day at 06:00"), "0 6 * * *"},
                                               {tr("Every hour"), "0 * * * *"},
                                               {tr("First day of the month at 05:00"), "0 5 1 * *"},
                                               {tr("Every minute"), "* * * * *"}};
  m_presets->addItem(tr("Custom"), QString());
  for (const auto &[label, cron] : presets)
    m_presets->addItem(label, cron);
  m_cron->setToolTip(tr("Five fields: minute hour day-of-month month day-of-week, as in cron "
                        "(e.g. \"30 6 * * 1-5\": weekdays at 06:30)."));
  connect(m_presets, &QComboBox::activated, this, [this](int i) {
    if (!m_presets->itemData(i).toString().isEmpty())
      m_cron->setText(m_presets->itemData(i).toString());
  });
  // The preset follows the expression: "Custom" unless it is one of them.
  connect(m_cron, &QLineEdit::textChanged, this, [this](const QString &text) {
    m_presets->setCurrentIndex(std::max(0, m_presets->findData(text.trimmed())));
  });
  m_zone->setEditable(true);
  for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
    m_zone->addItem(QString::fromLatin1(id));
  m_zone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
  m_catchUp->addItem(tr("Run the latest missed run"), QStringLiteral("latest"));
  m_catchUp->addItem(tr("Run every missed run, one after another"), QStringLiteral("all"));
  m_catchUp->addItem(tr("Skip missed runs"), QStringLiteral("none"));
  m_maxFailures->setRange(1, 100);
  m_maxFailures->setValue(5);
  m_maxFailures->setSuffix(tr(" failed runs in a row"));
  m_preview->setWordWrap(true);
  m_preview->setObjectName(QStringLiteral("preview"));
  m_errors->setWordWrap(true);
  m_errors->setStyleSheet(QStringLiteral("color: #b00020"));
  m_errors->setVisible(false);

  auto *form = new QFormLayout(this);
  form->addRow(tr("Name:"), m_name);
  form->addRow(tr("Computation:"), m_kind);
  form->addRow(tr("Parameters:"), m_params);
  form->addRow(m_document);
  form->addRow(tr("Repeat:"), m_presets);
  form->addRow(tr("Cron expression:"), m_cron);
  form->addRow(tr("Time zone:"), m_zone);
  form->addRow(tr("Next runs:"), m_preview);
  form->addRow(tr("When the cluster was down:"), m_catchUp);
  form->addRow(QString(), m_force);
  form->addRow(tr("Pause after:"), m_maxFailures);
  form->addRow(m_errors);
  form->addRow(m_buttons);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_cron, &QLineEdit::textChanged, this, &ScheduleEditor::updatePreview);
  m_cron->setText(QStringLiteral("0 7 * * 1"));
  connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::updatePreview);
  connect(m_params, &QPlainTextEdit::textChanged, this, &ScheduleEditor::updatePreview);
  updatePreview();
}

void ScheduleEditor::setDashboard(const QJsonObject &document, const QString &title) {
  m_dashboard = document;
  m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("dashboard")));
  m_kind->setEnabled(false);
  m_params->setVisible(false);
  if (auto *form = qobject_cast<QFormLayout *>(layout()))
    if (QWidget *label = form->labelForField(m_params))
      label->setVisible(false); // the document replaces the parameters
  m_document->setVisible(true);
  m_document->setText(tr("Renders the dashboard \"%1\" to PDF on a cluster worker, against the cluster's "
                         "data, at every run; each run's PDF can be opened from Cluster ▸ Schedules…")
                          .arg(title));
  if (m_name->text().isEmpty())
    m_name->setText(title);
  updatePreview();
}

void ScheduleEditor::setSchedule(const QJsonObject &s) {
  m_name->setText(s.value("name").toString());
  const QString kind = s.value("kind").toString();
  if (kind == QLatin1String("dashboard")) {
    setDashboard(s.value("params").toObject().value("document").toObject(), s.value("name").toString());
  } else {
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_params->setPlainText(
        QString::fromUtf8(QJsonDocument(s.value("params").toObject()).toJson(QJsonDocument::Indented)));
  }
  m_cron->setText(s.value("cron").toString());
  m_zone->setCurrentText(s.value("timezone").toString());
  m_catchUp->setCurrentIndex(std::max(0, m_catchUp->findData(s.value("catch_up").toString())));
  m_force->setChecked(s.value("force").toBool());
  m_maxFailures->setValue(s.value("max_failures").toInt(5));
}

QJsonObject ScheduleEditor::body() const {
  QJsonObject params = m_dashboard.isEmpty()
                           ? QJsonDocument::fromJson(m_params->toPlainText().toUtf8()).object()
                           : QJsonObject{{"document", m_dashboard}};
  return {{"name", m_name->text().trimmed()},
          {"kind", m_kind->currentData().toString()},
          {"params", params},
          {"cron", m_cron->text().trimmed()},
          {"timezone", m_zone->currentText().trimmed()},
          {"catch_up", m_catchUp->currentData().toString()},
          {"force", m_force->isChecked()},
          {"max_failures", m_maxFailures->value()}};
}

void ScheduleEditor::showFieldErrors(const QList<QPair<QString, QString>> &errors) {
  QStringList lines;
  for (const auto &[field, message] : errors)
    lines << QStringLiteral("%1: %2").arg(field, message);
  m_errors->setText(lines.join(QLatin1Char('\n')));
  m_errors->setVisible(!lines.isEmpty());
}

// The next due times, computed here with the server's rules, so a wrong
// expression is seen before it is sent.
void ScheduleEditor::updatePreview() {
  CronSchedule::ParseError error;
  const std::optional<CronSchedule> cron =
      CronSchedule::parse(m_cron->text(), m_zone->currentText().trimmed(), &error);
  bool paramsOk = true;
  if (m_dashboard.isEmpty()) {
    QJsonParseError parseError;
    paramsOk = QJsonDocument::fromJson(m_params->toPlainText().toUtf8(), &parseError).isObject();
  }
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(cron.has_value() && paramsOk);
  if (!cron) {
    m_preview->setText(error.message);
    return;
  }
  if (!paramsOk) {
    m_preview->setText(tr("The parameters are not a JSON object."));
    return;
  }
  const QTimeZone zone(m_zone->currentText().trimmed().toLatin1());
  QStringList next;
  QDateTime after = QDateTime::currentDateTimeUtc();
  for (int i = 0; i < 3; ++i) {
    after = cron->nextAfter(after);
    if (!after.isValid())
      break;
    next << QLocale().toString(after.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy HH:mm"));
  }
  m_preview->setText(next.join(QStringLiteral(" · ")));
}

} // namespace epidesk
