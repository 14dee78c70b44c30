#pragma once
#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace epidesk {

// The forecast origin control (issue 11): unchecked, forecasts start after
// the latest data; checked, "forecast as of" the chosen day, so a forecast
// made at the start of a wave can be replayed against what followed.
class ForecastOriginBox : public QWidget {
  Q_OBJECT
public:
  explicit ForecastOriginBox(QWidget *parent = nullptr);

  // The chosen day, or an invalid date for the latest data.
  QDate asOf() const;
  // Checks the box for a valid day, unchecks it for an invalid one.
  void setAsOf(const QDate &day);
  // Days the data covers; the chosen day is kept inside them.
  void setDataRange(const QDate &first, const QDate &last);
  QCheckBox *checkBox() const { return m_enabled; }
  QDateEdit *dateEdit() const { return m_date; }

signals:
  void asOfChanged(const QDate &day);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();

  QCheckBox *m_enabled;
  QDateEdit *m_date;
  bool m_hasRange = false;
};

} // namespace epidesk
