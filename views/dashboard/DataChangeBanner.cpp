#include "dashboard/DataChangeBanner.h"
#include "DataChanges.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace epidesk {

DataChangeBanner::DataChangeBanner(QWidget *parent) : QFrame(parent), m_text(new QLabel(this)) {
  setObjectName(QStringLiteral("dataChangeBanner"));
  setFrameShape(QFrame::StyledPanel);
  setStyleSheet(QStringLiteral("#dataChangeBanner { background: #fff4ce; border: 1px solid #e0c060; }"));
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  auto *icon = new QLabel(this);
  icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(18, 18));
  layout->addWidget(icon);
  m_text->setWordWrap(true);
  m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_text, 1);
  auto *close = new QToolButton(this);
  close->setObjectName(QStringLiteral("dismissBanner"));
  close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  close->setAutoRaise(true);
  close->setToolTip(tr("Dismiss"));
  connect(close, &QToolButton::clicked, this, &QWidget::hide);
  layout->addWidget(close);
  hide();
}

void DataChangeBanner::showChanges(const DataChanges &changes) {
  if (!changes.any()) {
    hide();
    return;
  }
  m_text->setText(tr("The data changed since this dashboard was saved: %1. The panels show the current data.")
                      .arg(changes.describe()));
  show();
}

QString DataChangeBanner::text() const {
  return m_text->text();
}

} // namespace epidesk
