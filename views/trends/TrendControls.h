#pragma once
#include "TrendTypes.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace epidesk {

class DataSource;
class RunLocationBox;

// The analyst's parameters. Emits requestChanged() shortly after any change
// (debounced, so typing an ingredient does not start a job per key) and
// classificationChanged() for map-only settings that need no recompute.
class TrendControls : public QWidget {
  Q_OBJECT
public:
  explicit TrendControls(QWidget *parent = nullptr);

  // Fills ingredients and the year range from the source (nullptr = clears).
  void setDataSource(const DataSource *source);

  TrendRequest request() const;
  void setRequest(const TrendRequest &request);
  QString classifierId() const;
  int classCount() const;
  void setClassification(const QString &classifierId, int classCount);
  // Local or cluster runs. On the cluster, changes are not submitted as the
  // analyst types (each would queue a job): only Run submits.
  RunLocationBox *runLocation() const { return m_location; }

public slots:
  // Emits requestChanged() now (the Run button, Enter in the ingredient box).
  void submit();

signals:
  void requestChanged(const epidesk::TrendRequest &request);
  void classificationChanged(const QString &classifierId, int classCount);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  void scheduleSubmit();

  QComboBox *m_ingredient;
  QComboBox *m_level;
  QComboBox *m_measure;
  QCheckBox *m_per1000;
  QComboBox *m_period;
  QSpinBox *m_from;
  QSpinBox *m_to;
  QComboBox *m_classifier;
  QSpinBox *m_classes;
  RunLocationBox *m_location;
  QPushButton *m_run;
  QList<QLabel *> m_labels;
  QTimer *m_debounce;
  bool m_blockSubmit = false;
};

} // namespace epidesk
