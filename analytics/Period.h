#pragma once

namespace epidesk {

// Calendar-month arithmetic, in one place for readers, stores, analyses and
// views. A month index counts months from January of year 0, so consecutive
// months differ by one across year ends; differences of indices are month steps.
constexpr int monthIndex(int year, int month) {
  return year * 12 + month - 1;
}

// A month as the integer key yyyymm (202403 = March 2024): the period of
// sales cells, store rows and warehouse partitions.
struct MonthKey {
  static constexpr int of(int year, int month) { return year * 100 + month; }
  static constexpr int year(int key) { return key / 100; }
  static constexpr int month(int key) { return key % 100; }
  static constexpr bool isValid(int key) { return key > 0 && month(key) >= 1 && month(key) <= 12; }
  static constexpr int index(int key) { return monthIndex(year(key), month(key)); }
  // Inverse of index() (index >= 0).
  static constexpr int fromIndex(int index) { return of(index / 12, index % 12 + 1); }
  // The following month: 202412 -> 202501.
  static constexpr int next(int key) { return month(key) == 12 ? of(year(key) + 1, 1) : key + 1; }
};

// A day as the integer key yyyymmdd (20200304 = 4 March 2020): the day of
// daily district series rows and of the covid-pl files' date column.
struct DayKey {
  static constexpr long long of(int year, int month, int day) { return year * 10000LL + month * 100 + day; }
  static constexpr int year(long long key) { return int(key / 10000); }
  static constexpr int month(long long key) { return int(key / 100 % 100); }
  static constexpr int day(long long key) { return int(key % 100); }
};

} // namespace epidesk
