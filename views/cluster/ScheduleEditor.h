#pragma once
#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace epidesk {

// Creates or edits one cluster schedule: what runs (a job kind and its
// params, or a dashboard document rendered to PDF), when (a cron expression
// in a time zone, with the next due times shown as it is typed), what to do
// with runs missed while the cluster was down, whether unchanged data is
// recomputed, and after how many failures it pauses. body() is what POST or
// PATCH /v1/schedules takes; the server validates it again.
class ScheduleEditor : public QDialog {
  Q_OBJECT
public:
  explicit ScheduleEditor(QWidget *parent = nullptr);

  // A dashboard schedule for this document (File ▸ Schedule this dashboard…).
  void setDashboard(const QJsonObject &document, const QString &title);
  // Editing: the schedule as GET /v1/schedules/{id} returns it.
  void setSchedule(const QJsonObject &schedule);
  QJsonObject body() const;
  // The server's 422 answer, shown under the form.
  void showFieldErrors(const QList<QPair<QString, QString>> &errors);

  QLineEdit *cronEdit() const { return m_cron; }
  QComboBox *timeZoneBox() const { return m_zone; }
  QLabel *preview() const { return m_preview; }

private:
  void updatePreview();

  QLineEdit *m_name;
  QComboBox *m_kind;
  QPlainTextEdit *m_params;
  QLabel *m_document;
  QComboBox *m_presets;
  QLineEdit *m_cron;
  QComboBox *m_zone;
  QComboBox *m_catchUp;
  QCheckBox *m_force;
  QSpinBox *m_maxFailures;
  QLabel *m_preview;
  QLabel *m_errors;
  QDialogButtonBox *m_buttons;
  QJsonObject m_dashboard; // set: a dashboard schedule of this document
};

} // namespace epidesk
