#pragma once
#include <QFrame>

class QLabel;

namespace epidesk {

struct DataChanges;

// A dismissible banner above a dashboard opened on data that changed since
// it was saved: says what changed (files added, replaced, removed); the
// panels recompute on the new data meanwhile.
class DataChangeBanner : public QFrame {
  Q_OBJECT
public:
  explicit DataChangeBanner(QWidget *parent = nullptr);
  // Shows the banner when changes.any(), hides it otherwise.
  void showChanges(const DataChanges &changes);
  QString text() const;

private:
  QLabel *m_text;
};

} // namespace epidesk
