# Sourced by scripts/test and scripts/test-each-class: one test run at a time on a local neo4j-local instance. Both empty
# the instance's graph when they start, so a second run (another checkout, another CI job on a shared machine) would
# empty it under the first one's tests; the second waits for the first to end instead.
#
#   one_run_per_instance INSTANCE SCRIPT ARGS...   re-runs SCRIPT ARGS... holding the instance's run lock (returns at
#                                                  once when this process already holds it)
# flock -o: the lock is held by flock itself, not inherited by what the run leaves running (the build server, Neo4j).
one_run_per_instance() {
  local instance="$1" script="$2"; shift 2
  local lock
  lock="$(tools/neo4j-local/neo4j-local run-lock --instance "$instance")" || return
  [[ "${TIMELINE_TEST_RUN_LOCK:-}" == "$lock" ]] && return 0
  mkdir -p "$(dirname "$lock")"
  flock -n "$lock" true \
    || printf '\n==> Waiting for another test run on this machine to finish (it uses the instance %s; lock %s)\n' "'$instance'" "$lock" >&2
  exec env TIMELINE_TEST_RUN_LOCK="$lock" flock -o "$lock" "$script" "$@"
}
