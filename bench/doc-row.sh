#!/usr/bin/env bash
# Sourced by the bench scripts: doc_add_row DOC HEADING_PREFIX ROW inserts ROW
# after the last table row of the section whose heading starts with
# HEADING_PREFIX (appending would put it under whichever section is last).
doc_add_row() {
  local doc=$1 heading=$2 row=$3 tmp
  tmp=$(mktemp)
  awk -v h="$heading" -v row="$row" '
    { lines[NR] = $0 }
    END {
      start = 0
      for (i = 1; i <= NR; i++) if (index(lines[i], h) == 1) { start = i; break }
      end = NR
      if (start) for (i = start + 1; i <= NR; i++) if (lines[i] ~ /^## /) { end = i - 1; break }
      last = NR
      if (start) { last = end; for (i = start; i <= end; i++) if (lines[i] ~ /^\|/) at = i; if (at) last = at }
      for (i = 1; i <= NR; i++) { print lines[i]; if (i == last) print row }
      if (NR == 0) print row
    }' "$doc" >"$tmp" && cat "$tmp" >"$doc" && rm -f "$tmp"
}

# doc_add_section DOC HEADING_PREFIX BLOCK inserts BLOCK (several lines) at the
# end of the section whose heading starts with HEADING_PREFIX (before the next
# "## " heading), or at the end of DOC when there is no such section.
doc_add_section() {
  local doc=$1 heading=$2 block=$3 tmp blockfile
  tmp=$(mktemp)
  blockfile=$(mktemp)
  printf '%s\n' "$block" >"$blockfile"
  awk -v h="$heading" -v bf="$blockfile" '
    { lines[NR] = $0 }
    END {
      start = 0
      for (i = 1; i <= NR; i++) if (index(lines[i], h) == 1) { start = i; break }
      end = NR
      if (start) for (i = start + 1; i <= NR; i++) if (lines[i] ~ /^## /) { end = i - 1; break }
      while (start && end > start && lines[end] == "") end--
      for (i = 1; i <= NR; i++) {
        print lines[i]
        if (i == end) { print ""; while ((getline l < bf) > 0) print l }
      }
    }' "$doc" >"$tmp" && cat "$tmp" >"$doc" && rm -f "$tmp" "$blockfile"
}
