#include "RelocationModelBuilder.h"
#include "TravelTimes.h"
#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class RelocationModelBuilderText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::RelocationModelBuilder)
};

constexpr double kInf = 1e30; // COIN's infinity

template <typename T> QHash<QString, int> indexBy(const std::vector<T> &items, QString T::*key) {
  QHash<QString, int> index;
  for (int i = 0; i < int(items.size()); ++i)
    index.insert(items[size_t(i)].*key, i);
  return index;
}

int lookup(const QHash<QString, int> &index, const QString &key, const char *what) {
  const int i = index.value(key, -1);
  if (i < 0)
    throw std::invalid_argument(std::string("unknown ") + what + " '" + key.toStdString() + "'");
  return i;
}

// Dense [a][b][month] array.
class Cube {
public:
  Cube(int a, int b, int months) : m_b(b), m_t(months), m_v(size_t(a) * size_t(b) * size_t(months), 0.0) {}
  double &at(int i, int j, int s) {
    return m_v[(size_t(i) * size_t(m_b) + size_t(j)) * size_t(m_t) + size_t(s)];
  }
  double at(int i, int j, int s) const {
    return m_v[(size_t(i) * size_t(m_b) + size_t(j)) * size_t(m_t) + size_t(s)];
  }

private:
  int m_b, m_t;
  std::vector<double> m_v;
};

// Appends columns in CSC order.
class ColumnWriter {
public:
  explicit ColumnWriter(RelocationModel &m) : m_m(m) { m_m.columnStarts.push_back(0); }
  int add(const RelocationColumn &c, double lower, double upper, double cost, double hours = 0) {
    m_m.columns.push_back(c);
    m_m.colLower.push_back(lower);
    m_m.colUpper.push_back(upper);
    m_m.objective.push_back(cost);
    m_m.flowHours.push_back(hours);
    m_m.columnStarts.push_back(int(m_m.elements.size()));
    return int(m_m.columns.size()) - 1;
  }
  // Entries belong to the column added last.
  void entry(int row, double value) {
    m_m.rowIndices.push_back(row);
    m_m.elements.push_back(value);
    m_m.columnStarts.back() = int(m_m.elements.size());
  }

private:
  RelocationModel &m_m;
};

} // namespace

RelocationModel RelocationModelBuilder::build(const RelocationScenario &sc, const RelocationWeights &w,
                                              const SolverSettings &settings) {
  const int T = sc.months;
  if (T < 1)
    throw std::invalid_argument(RelocationModelBuilderText::tr("months must be >= 1").toStdString());
  const int nD = int(sc.districts.size()), nG = int(sc.groups.size()), nF = int(sc.facilities.size());
  const QHash<QString, int> dIndex = indexBy(sc.districts, &RelocationDistrict::code);
  const QHash<QString, int> gIndex = indexBy(sc.groups, &ProcedureGroup::id);
  const QHash<QString, int> fIndex = indexBy(sc.facilities, &RelocationFacility::id);

  Cube demand(nD, nG, T), cap(nF, nG, T), surge(nF, nG, T);
  for (const DemandEntry &e : sc.demand) {
    if (e.month < 0 || e.month > T)
      throw std::invalid_argument(RelocationModelBuilderText::tr("demand month out of range").toStdString());
    demand.at(lookup(dIndex, e.district, "district"), lookup(gIndex, e.group, "group"),
              std::max(0, e.month - 1)) += e.patients;
  }
  for (const CapacityEntry &e : sc.capacity) {
    if (e.month < 1 || e.month > T)
      throw std::invalid_argument(
          RelocationModelBuilderText::tr("capacity month out of range").toStdString());
    const int f = lookup(fIndex, e.facility, "facility"), g = lookup(gIndex, e.group, "group");
    cap.at(f, g, e.month - 1) += e.capacity;
    surge.at(f, g, e.month - 1) += e.surge;
  }
  std::vector<int> facilityDistrict(static_cast<size_t>(nF), -1);
  for (int f = 0; f < nF; ++f)
    facilityDistrict[size_t(f)] = lookup(dIndex, sc.facilities[size_t(f)].district, "district");
  const TravelTimes travel(sc);

  RelocationModel m;
  ColumnWriter out(m);
  auto addRow = [&m](double lower, double upper) {
    m.rowLower.push_back(lower);
    m.rowUpper.push_back(upper);
    return int(m.rowLower.size()) - 1;
  };
  // Capacity rows are created when the first flow enters them.
  std::vector<int> capRow(size_t(nF) * size_t(nG) * size_t(T), -1);
  auto capacityRow = [&](int f, int g, int s) {
    int &row = capRow[(size_t(f) * size_t(nG) + size_t(g)) * size_t(T) + size_t(s)];
    if (row < 0) {
      row = addRow(-kInf, cap.at(f, g, s));
      m.capacityRows.push_back({f, g, s, row, cap.at(f, g, s), surge.at(f, g, s), -1});
    }
    return row;
  };

  std::vector<int> candidates;
  for (int d = 0; d < nD; ++d) {
    for (int g = 0; g < nG; ++g) {
      double total = 0;
      for (int s = 0; s < T; ++s)
        total += demand.at(d, g, s);
      if (total <= 0)
        continue;
      const ProcedureGroup &group = sc.groups[size_t(g)];
      // Candidates: facilities within the travel limit with any capacity for the group, nearest first.
      candidates.clear();
      for (int f = 0; f < nF; ++f) {
        const double h = travel.hours(d, facilityDistrict[size_t(f)]);
        if (!(h <= group.maxTravelHours + 1e-9))
          continue;
        double any = 0;
        for (int s = 0; s < T; ++s)
          any += cap.at(f, g, s) + surge.at(f, g, s);
        if (any > 0)
          candidates.push_back(f);
      }
      std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        return travel.hours(d, facilityDistrict[size_t(a)]) < travel.hours(d, facilityDistrict[size_t(b)]);
      });
      if (settings.maxCandidates > 0 && int(candidates.size()) > settings.maxCandidates)
        candidates.resize(size_t(settings.maxCandidates));

      const int firstRow = m.rowCount();
      for (int s = 0; s < T; ++s) {
        addRow(demand.at(d, g, s), demand.at(d, g, s));
        ++m.balanceRows;
      }
      double arrived = 0;
      for (int s = 0; s < T; ++s) {
        const int balance = firstRow + s;
        arrived += demand.at(d, g, s);
        if (arrived > 0) {
          for (int f : candidates) {
            if (cap.at(f, g, s) + surge.at(f, g, s) <= 0)
              continue;
            const double h = travel.hours(d, facilityDistrict[size_t(f)]);
            const double cost = w.travel * h + w.cost * sc.facilities[size_t(f)].costPerPatient;
            out.add({RelocationColumn::Flow, d, f, g, s}, 0, kInf, cost, h);
            out.entry(balance, 1);
            out.entry(capacityRow(f, g, s), 1);
          }
        }
        // Only patients still within their deadline may wait past month s.
        double window = 0;
        for (int a = std::max(0, s + 1 - group.deadlineMonths); a <= s; ++a)
          window += demand.at(d, g, a);
        if (window > 0) {
          const double months = 1 + (s == T - 1 ? sc.backlogPenaltyMonths : 0);
          out.add({RelocationColumn::Backlog, d, -1, g, s}, 0, window, w.risk * group.urgency * months);
          out.entry(balance, 1);
          if (s + 1 < T)
            out.entry(balance + 1, -1);
        }
        if (arrived > 0) {
          out.add({RelocationColumn::Unmet, d, -1, g, s}, 0, kInf, settings.unmetPenalty);
          out.entry(balance, 1);
        }
      }
    }
  }

  // Surge opening, one binary per facility and month over all its groups' rows.
  for (int f = 0; f < nF; ++f) {
    for (int s = 0; s < T; ++s) {
      int column = -1;
      for (RelocationCapacityRow &r : m.capacityRows) {
        if (r.facility != f || r.month != s || r.surge <= 0)
          continue;
        if (column < 0) {
          column = out.add({RelocationColumn::Surge, -1, f, -1, s}, 0, 1,
                           w.cost * sc.facilities[size_t(f)].surgeCost);
          m.integers.push_back(column);
        }
        out.entry(r.row, -r.surge);
        r.surgeColumn = column;
      }
    }
  }
  return m;
}

} // namespace epidesk
