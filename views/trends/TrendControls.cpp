#include "trends/TrendControls.h"
#include "ClassifierRegistry.h"
#include "DataSource.h"
#include "cluster/RunLocationBox.h"
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace epidesk {

namespace {
constexpr int kDebounceMs = 400;

template <typename E> void selectData(QComboBox *combo, E value) {
  const int i = combo->findData(static_cast<int>(value));
  if (i >= 0)
    combo->setCurrentIndex(i);
}
template <typename E> E currentData(const QComboBox *combo, E fallback) {
  const QVariant v = combo->currentData();
  return v.isValid() ? static_cast<E>(v.toInt()) : fallback;
}
} // namespace

TrendControls::TrendControls(QWidget *parent)
    : QWidget(parent), m_ingredient(new QComboBox(this)), m_level(new QComboBox(this)),
      m_measure(new QComboBox(this)), m_per1000(new QCheckBox(this)), m_period(new QComboBox(this)),
      m_from(new QSpinBox(this)), m_to(new QSpinBox(this)), m_classifier(new QComboBox(this)),
      m_classes(new QSpinBox(this)), m_location(new RunLocationBox(this)), m_run(new QPushButton(this)),
      m_debounce(new QTimer(this)) {
  m_ingredient->setEditable(true);
  m_ingredient->setInsertPolicy(QComboBox::NoInsert);
  m_ingredient->setMinimumContentsLength(18);
  m_ingredient->completer()->setCompletionMode(QCompleter::PopupCompletion);
  m_ingredient->completer()->setFilterMode(Qt::MatchContains);
  m_ingredient->completer()->setCaseSensitivity(Qt::CaseInsensitive);
  m_ingredient->setObjectName(QStringLiteral("ingredient"));

  for (GeoLevel l : {GeoLevel::Uf, GeoLevel::Region, GeoLevel::Country, GeoLevel::Municipality})
    m_level->addItem(QString(), static_cast<int>(l));
  for (Measure m : {Measure::Prescriptions, Measure::Units})
    m_measure->addItem(QString(), static_cast<int>(m));
  for (PeriodKind p : {PeriodKind::Year, PeriodKind::Month})
    m_period->addItem(QString(), static_cast<int>(p));
  for (QSpinBox *year : {m_from, m_to})
    year->setRange(0, 2100); // the minimum means "open end"
  for (const QString &id : ClassifierRegistry::ids())
    m_classifier->addItem(QString(), id);
  m_classifier->setCurrentIndex(qMax(0, m_classifier->findData(ClassifierRegistry::defaultId())));
  m_classes->setRange(2, 9);
  m_classes->setValue(5);

  auto *years = new QHBoxLayout;
  years->addWidget(m_from);
  years->addWidget(m_to);
  auto *classification = new QHBoxLayout;
  classification->addWidget(m_classifier, 1);
  classification->addWidget(m_classes);

  auto *form = new QFormLayout(this);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  auto addRow = [&](QWidget *field) {
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels << label;
    form->addRow(label, field);
  };
  auto addLayoutRow = [&](QLayout *fields) {
    auto *label = new QLabel(this);
    m_labels << label;
    form->addRow(label, fields);
  };
  addRow(m_ingredient);
  addRow(m_level);
  addRow(m_measure);
  form->addRow(QString(), m_per1000);
  addRow(m_period);
  addLayoutRow(years);
  addLayoutRow(classification);
  form->addRow(m_location);
  form->addRow(m_run);

  m_debounce->setSingleShot(true);
  m_debounce->setInterval(kDebounceMs);
  connect(m_debounce, &QTimer::timeout, this, &TrendControls::submit);
  connect(m_run, &QPushButton::clicked, this, &TrendControls::submit);
  connect(m_ingredient->lineEdit(), &QLineEdit::returnPressed, this, &TrendControls::submit);
  connect(m_ingredient, &QComboBox::currentTextChanged, this, &TrendControls::scheduleSubmit);
  for (QComboBox *c : {m_level, m_measure, m_period})
    connect(c, &QComboBox::currentIndexChanged, this, &TrendControls::scheduleSubmit);
  connect(m_per1000, &QCheckBox::toggled, this, &TrendControls::scheduleSubmit);
  for (QSpinBox *s : {m_from, m_to})
    connect(s, &QSpinBox::valueChanged, this, &TrendControls::scheduleSubmit);
  auto emitClassification = [this] {
    if (!m_blockSubmit)
      emit classificationChanged(classifierId(), classCount());
  };
  connect(m_classifier, &QComboBox::currentIndexChanged, this, emitClassification);
  connect(m_classes, &QSpinBox::valueChanged, this, emitClassification);

  retranslate();
}

void TrendControls::setDataSource(const DataSource *source) {
  m_blockSubmit = true;
  const QString text = m_ingredient->currentText();
  m_ingredient->clear();
  if (source) {
    m_ingredient->addItems(source->ingredients());
    const auto [first, last] = source->yearRange();
    // The minimum, one below the first year, is the "open end" value.
    if (first > 0)
      for (QSpinBox *year : {m_from, m_to}) {
        year->setRange(first - 1, last);
        year->setValue(year->minimum());
      }
  }
  m_ingredient->setCurrentText(text);
  m_blockSubmit = false;
}

TrendRequest TrendControls::request() const {
  TrendRequest r;
  r.ingredientContains = m_ingredient->currentText().trimmed();
  r.level = currentData(m_level, GeoLevel::Uf);
  r.measure = currentData(m_measure, Measure::Prescriptions);
  r.period = currentData(m_period, PeriodKind::Year);
  r.per1000 = m_per1000->isChecked();
  // The spin boxes' minimum is the "open" value (special text).
  r.fromYear = m_from->value() == m_from->minimum() ? 0 : m_from->value();
  r.toYear = m_to->value() == m_to->minimum() ? 0 : m_to->value();
  return r;
}

void TrendControls::setRequest(const TrendRequest &r) {
  m_blockSubmit = true;
  m_ingredient->setCurrentText(r.ingredientContains);
  selectData(m_level, r.level);
  selectData(m_measure, r.measure);
  selectData(m_period, r.period);
  m_per1000->setChecked(r.per1000);
  m_from->setValue(r.fromYear > 0 ? r.fromYear : m_from->minimum());
  m_to->setValue(r.toYear > 0 ? r.toYear : m_to->minimum());
  m_blockSubmit = false;
}

QString TrendControls::classifierId() const {
  return m_classifier->currentData().toString();
}
int TrendControls::classCount() const {
  return m_classes->value();
}

void TrendControls::setClassification(const QString &id, int classes) {
  m_blockSubmit = true;
  const int i = m_classifier->findData(id);
  if (i >= 0)
    m_classifier->setCurrentIndex(i);
  m_classes->setValue(classes);
  m_blockSubmit = false;
  emit classificationChanged(classifierId(), classCount());
}

void TrendControls::submit() {
  m_debounce->stop();
  emit requestChanged(request());
}

void TrendControls::scheduleSubmit() {
  if (!m_blockSubmit && !m_location->runsOnCluster())
    m_debounce->start();
}

void TrendControls::retranslate() {
  const char *labels[] = {QT_TR_NOOP("&Ingredient:"), QT_TR_NOOP("&Level:"), QT_TR_NOOP("&Measure:"),
                          QT_TR_NOOP("&Period:"),     QT_TR_NOOP("Years:"),  QT_TR_NOOP("Map classes:")};
  for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i)
    m_labels[i]->setText(tr(labels[i]));
  m_ingredient->lineEdit()->setPlaceholderText(tr("all ingredients"));
  m_ingredient->setToolTip(
      tr("Part of the active ingredient's name, accents and case ignored; several separated by '|', "
         "'=NAME' for exactly NAME"));
  m_level->setItemText(0, tr("State (UF)"));
  m_level->setItemText(1, tr("Region"));
  m_level->setItemText(2, tr("Country"));
  m_level->setItemText(3, tr("Municipality"));
  m_measure->setItemText(0, tr("Prescriptions"));
  m_measure->setItemText(1, tr("Units sold"));
  m_per1000->setText(tr("Per 1,000 inhabitants"));
  m_period->setItemText(0, tr("Year"));
  m_period->setItemText(1, tr("Month"));
  m_from->setSpecialValueText(tr("first"));
  m_to->setSpecialValueText(tr("last"));
  m_from->setToolTip(tr("First year"));
  m_to->setToolTip(tr("Last year"));
  for (int i = 0; i < m_classifier->count(); ++i)
    m_classifier->setItemText(i, ClassifierRegistry::displayName(m_classifier->itemData(i).toString()));
  m_classes->setToolTip(tr("Number of classes"));
  m_run->setText(tr("&Run"));
}

void TrendControls::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
