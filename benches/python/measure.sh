#!/usr/bin/env bash
# measure.sh CMD ARGS...: runs CMD and prints, on stderr, one line
#   measure: wall=S cpu=S peak_mib=M
# cpu is the CPU time of CMD and every process it started (a Spark job's
# JVM and Python workers too), peak_mib the peak memory (RSS + page cache)
# of all of them together, both from a cgroup (v1 cpuacct and memory) made
# for the run and removed after it. On a machine shared with other jobs,
# cpu is the figure that does not depend on the others' load. Without
# cgroup v1 (or root), falls back to GNU time for this process tree's
# waited children (a JVM that is not waited for is then missed).
set -uo pipefail
name=gistr-measure-$$
cpu=/sys/fs/cgroup/cpuacct/$name mem=/sys/fs/cgroup/memory/$name
if mkdir "$cpu" 2>/dev/null && mkdir "$mem" 2>/dev/null; then
  start=$(date +%s.%N)
  bash -c 'echo $$ > '"$cpu"'/tasks; echo $$ > '"$mem"'/tasks; exec "$@"' _ "$@"
  rc=$?
  end=$(date +%s.%N)
  python3 - "$start" "$end" "$(cat "$cpu/cpuacct.usage")" "$(cat "$mem/memory.max_usage_in_bytes")" <<'PY' >&2
import sys
s, e, ns, peak = map(float, sys.argv[1:])
# On a line of its own, whatever the command left unfinished on stderr
# (Spark's progress bar ends in a carriage return).
print(f"\nmeasure: wall={e - s:.1f} cpu={ns / 1e9:.1f} peak_mib={peak / 2**20:.0f}")
PY
  # Processes still ending (a Spark JVM) go back to the root groups first.
  for _ in 1 2 3 4 5; do
    for p in $(cat "$cpu/cgroup.procs"); do echo "$p" > /sys/fs/cgroup/cpuacct/cgroup.procs 2>/dev/null; done
    for p in $(cat "$mem/cgroup.procs"); do echo "$p" > /sys/fs/cgroup/memory/cgroup.procs 2>/dev/null; done
    rmdir "$cpu" "$mem" 2>/dev/null && break
    sleep 1
  done
  exit $rc
else
  rmdir "$cpu" 2>/dev/null
  exec /usr/bin/time -f "\nmeasure: wall=%e cpu=%U+%S peak_mib=%M(KiB, largest process)" "$@"
fi
